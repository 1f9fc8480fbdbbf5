/**
 * `npm start` (electron/start.ts): with the Electron binary missing and not
 * downloadable it ends with our one line in both languages (exit 1); with a
 * binary present it runs it on the app folder with the user's arguments and
 * passes its exit code on. ELECTRON_OVERRIDE_DIST_PATH makes both
 * deterministic on any machine (no download is tried when it is set).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-start-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function start(distPath: string, ...args: string[]) {
  return spawnSync(process.execPath, [TSX, path.join(ROOT, 'electron', 'start.ts'), ...args], {
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: distPath },
    encoding: 'utf8',
  });
}

describe('npm start', () => {
  it('without an Electron binary: one clear line in Vietnamese and in English, exit 1', () => {
    const result = start(path.join(dir, 'no-such-electron'));
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Tiến Độ: thiếu chương trình Electron 45\.\d+\.\d+ .*npx install-electron.*ELECTRON_OVERRIDE_DIST_PATH/);
    expect(lines[1]).toMatch(/^Tiến Độ: the Electron 45\.\d+\.\d+ binary is missing .*npx install-electron.*ELECTRON_OVERRIDE_DIST_PATH/);
  });

  it('with a binary: runs it on the app folder with the arguments and passes its exit code on', () => {
    const dist = path.join(dir, 'fake-electron');
    fs.mkdirSync(dist, { recursive: true });
    const pathTxt = path.join(ROOT, 'node_modules', 'electron', 'path.txt');
    const name = fs.existsSync(pathTxt) ? fs.readFileSync(pathTxt, 'utf8').trim() : 'electron';
    const seen = path.join(dir, 'args.txt');
    fs.writeFileSync(path.join(dist, name), `#!/bin/sh\nprintf '%s\\n' "$@" > '${seen}'\nexit 3\n`, { mode: 0o755 });
    const result = start(dist, '/srv/chung/Ke-hoach.tiendo');
    expect(result.status).toBe(3);
    expect(fs.readFileSync(seen, 'utf8').trim().split('\n')).toEqual([ROOT, '/srv/chung/Ke-hoach.tiendo']);
  });
});
