/**
 * The Electron binary is not installed where tests run, and the shell's
 * logic must stay testable: only main.ts and preload.ts may load 'electron'
 * at runtime; every other module (and every test) uses `import type`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const ENTRY_POINTS = new Set(['main.ts', 'preload.ts']);
const runtimeElectronImport = /^\s*(import(?!\s+type\b)[^;]*from\s+['"]electron['"]|.*require\(\s*['"]electron['"]\s*\)|.*import\(\s*['"]electron['"]\s*\))/m;

const sources = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((name) => /\.(ts|tsx|mts)$/.test(name))
    .map((name) => ({ name, text: readFileSync(join(root, dir, name), 'utf8') }));

describe('electron imports', () => {
  it('only the entry points import electron at runtime', () => {
    const offenders = sources('electron').filter((file) => !ENTRY_POINTS.has(file.name) && runtimeElectronImport.test(file.text));
    expect(offenders.map((f) => f.name)).toEqual([]);
  });

  it('no test imports electron at runtime', () => {
    const offenders = sources('tests/unit/electron').filter((file) => runtimeElectronImport.test(file.text.replace(/const runtimeElectronImport.*$/m, '')));
    expect(offenders.map((f) => f.name)).toEqual([]);
  });

  it('the preload exposes only through the bridge module', () => {
    const preload = readFileSync(join(root, 'electron/preload.ts'), 'utf8');
    expect(preload.match(/exposeInMainWorld/g) ?? []).toEqual([]);
    expect(preload).toContain('exposeApi(contextBridge, ipcRenderer)');
  });

  it('the shell never calls shell.openExternal', () => {
    for (const file of sources('electron')) expect(file.text, file.name).not.toMatch(/openExternal\(/);
  });
});
