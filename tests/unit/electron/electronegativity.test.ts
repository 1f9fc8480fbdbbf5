/**
 * Runs Doyensec's Electronegativity (offline) on the shell and the renderer's
 * HTML. Every finding must be one of the accepted ones listed in the README,
 * with its reason; anything new fails the test.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

/** Finding id → why it is accepted (keep in step with the README). */
const ACCEPTED: Record<string, string> = {
  CSP_GLOBAL_CHECK: "style-src 'unsafe-inline': frappe-gantt positions bars with inline style attributes",
  ELECTRON_VERSION_JSON_CHECK: 'informational: reports the Electron version from package.json',
};

it('the README lists every accepted finding', () => {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const listed = readme.slice(readme.indexOf('## Security'));
  for (const id of Object.keys(ACCEPTED)) expect(listed, id).toContain(`\`${id}\``);
});

it('finds nothing but the accepted findings', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-eneg-'));
  try {
    fs.cpSync(path.join(root, 'electron'), path.join(dir, 'electron'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'renderer'));
    fs.copyFileSync(path.join(root, 'renderer/index.html'), path.join(dir, 'renderer/index.html'));
    fs.copyFileSync(path.join(root, 'package.json'), path.join(dir, 'package.json'));
    const report = path.join(dir, 'report.csv');
    const cli = path.join(root, 'node_modules/@doyensec/electronegativity/dist/index.js');
    // The "available security fixes" check downloads Electron's release list: no network here.
    execFileSync(process.execPath, [cli, '-i', dir, '-x', 'availablesecurityfixesglobalcheck', '-e', '45.5.0', '-r', '-v', 'false', '-o', report], {
      stdio: 'pipe',
      timeout: 120_000,
    });
    const csv = fs.readFileSync(report, 'utf8');
    const ids = [...csv.matchAll(/^([A-Z_]+_CHECK),"(INFORMATIONAL|LOW|MEDIUM|HIGH)"/gm)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(0); // the scan ran and reported the version at least
    expect(ids.filter((id) => !(id in ACCEPTED))).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
