import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPlanFileArg, isPlanFileName, positionalArgs } from '../../../electron/args';

const cwd = resolve('/home/user/work');
const packaged = { defaultApp: false, cwd };
const dev = { defaultApp: true, cwd };

describe('command-line plan file', () => {
  it('finds `tiendo plan.tiendo` relative to the working directory', () => {
    expect(findPlanFileArg(['/opt/tiendo/tiendo', 'plan.tiendo'], packaged)).toBe(resolve(cwd, 'plan.tiendo'));
    expect(findPlanFileArg(['/opt/tiendo/tiendo', 'sub/dir/Kế hoạch.tiendo'], packaged)).toBe(resolve(cwd, 'sub/dir/Kế hoạch.tiendo'));
  });

  it('keeps absolute paths', () => {
    const file = resolve('/data/plans/a.TIENDO');
    expect(findPlanFileArg(['tiendo.exe', file], packaged)).toBe(file);
  });

  it('skips Electron and Chromium flags wherever they are', () => {
    expect(findPlanFileArg(['tiendo', '--inspect', 'plan.tiendo'], packaged)).toBe(resolve(cwd, 'plan.tiendo'));
    expect(findPlanFileArg(['tiendo', '--inspect=9229', 'plan.tiendo', '--original-process-start-time=1234'], packaged)).toBe(resolve(cwd, 'plan.tiendo'));
    expect(findPlanFileArg(['tiendo', '--remote-debugging-port=9222', '--enable-logging', 'plan.tiendo'], packaged)).toBe(resolve(cwd, 'plan.tiendo'));
  });

  it('skips the app path in development (`electron . plan.tiendo`)', () => {
    expect(findPlanFileArg(['/x/electron', '.', 'plan.tiendo'], dev)).toBe(resolve(cwd, 'plan.tiendo'));
    expect(findPlanFileArg(['/x/electron', '--inspect', '.', 'plan.tiendo'], dev)).toBe(resolve(cwd, 'plan.tiendo'));
    expect(findPlanFileArg(['/x/electron', '.'], dev)).toBeNull();
    // an app path that happens to end in .tiendo is still the app path
    expect(findPlanFileArg(['/x/electron', 'app.tiendo'], dev)).toBeNull();
  });

  it('returns null without a plan file', () => {
    expect(findPlanFileArg(['tiendo'], packaged)).toBeNull();
    expect(findPlanFileArg(['tiendo', 'notes.txt', '--flag'], packaged)).toBeNull();
    expect(findPlanFileArg(['tiendo', '.tiendo'], packaged)).toBeNull();
  });

  it('treats everything after -- as positional', () => {
    expect(findPlanFileArg(['tiendo', '--', '-weird-name.tiendo'], packaged)).toBe(resolve(cwd, '-weird-name.tiendo'));
    expect(positionalArgs(['tiendo', '-a', '--', '-b', 'c'], packaged)).toEqual(['-b', 'c']);
  });

  it('recognises plan file names case-insensitively', () => {
    expect(isPlanFileName('a.tiendo')).toBe(true);
    expect(isPlanFileName('A.TienDo')).toBe(true);
    expect(isPlanFileName('a.tiendo.bak')).toBe(false);
  });
});
