/**
 * The layer walls of the README's Structure section, checked on every import
 * (type-only ones too) of every module in the four source folders:
 * - core/: pure — no Electron, Node, SQLite or DOM, and nothing from the other folders;
 * - db/: no renderer/ or electron/ (nor Electron);
 * - renderer/: no db/ or electron/, no Node, no SQLite (its build config runs in Node and is exempt);
 * - only electron/ imports Electron.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
type Folder = 'core' | 'db' | 'renderer' | 'electron';
const FOLDERS: Folder[] = ['core', 'db', 'renderer', 'electron'];

const IMPORT = /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module specifier a source text imports, comments removed first. */
export function importsOf(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return [...code.matchAll(IMPORT)].map((m) => (m[1] ?? m[2] ?? m[3] ?? m[4])!);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const isNode = (spec: string) => spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]!);
const isElectron = (spec: string) => spec === 'electron' || spec.startsWith('electron/');
const isSqlite = (spec: string) => spec === 'better-sqlite3';

/** The top folder a relative import lands in ('core', 'db', …), or null for packages. */
function folderOf(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  return relative(root, resolve(root, dirname(file), spec)).split(/[\\/]/)[0]!;
}

const DOM_NAMES = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'requestAnimationFrame', 'Document', 'Element', 'HTMLElement', 'Node'];

/** DOM globals and types a module's code names (not in comments or strings, not its own variables, not properties). */
export function domUses(text: string): string[] {
  const code = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/`(?:\\[\s\S]|[^`\\])*`|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"/g, "''")
    .replace(/\/\/.*$/gm, '');
  return DOM_NAMES.filter(
    (name) =>
      new RegExp(`(?<![.\\w$])${name}\\b(?!\\s*:)`).test(code) &&
      !new RegExp(`\\b(const|let|var|function)\\s+${name}\\b|\\bimport\\s[^;]*\\b${name}\\b[^;]*\\bfrom\\b`).test(code),
  );
}

function breaches(folder: Folder): string[] {
  const forbiddenFolders: Record<Folder, string[]> = {
    core: ['db', 'renderer', 'electron', 'tests'],
    db: ['renderer', 'electron', 'tests'],
    renderer: ['db', 'electron', 'tests'],
    electron: ['tests'],
  };
  const found: string[] = [];
  for (const file of sourceFiles(folder)) {
    // The renderer's build configuration runs in Node, not in the page.
    if (folder === 'renderer' && /\.config\.ts$/.test(file)) continue;
    const text = readFileSync(join(root, file), 'utf8');
    for (const spec of importsOf(text)) {
      const target = folderOf(file, spec);
      const wrong =
        (target !== null && forbiddenFolders[folder].includes(target)) ||
        (folder !== 'electron' && isElectron(spec)) ||
        ((folder === 'core' || folder === 'renderer') && (isNode(spec) || isSqlite(spec)));
      if (wrong) found.push(`${file} imports ${spec}`);
    }
    if (folder === 'core') found.push(...domUses(text).map((name) => `${file} uses the DOM (${name})`));
  }
  return found;
}

describe('layer walls', () => {
  it('reads every kind of import, type-only ones too, and ignores comments', () => {
    const text = [
      "import type { Db } from '../db/sqlite';",
      "import { a,\n  b } from './x';",
      "export { c } from \"node:fs\";",
      "import './side-effect.css';",
      "const m = await import('electron');",
      "const d = require('better-sqlite3');",
      "// import { no } from 'commented';",
      "/* import { no } from 'blocked'; */",
    ].join('\n');
    expect(importsOf(text)).toEqual(['../db/sqlite', './x', 'node:fs', './side-effect.css', 'electron', 'better-sqlite3']);
  });

  it('finds DOM globals and types, not properties, strings or local variables of the same name', () => {
    expect(domUses('export const f = (doc: Document) => document.title;')).toEqual(['document', 'Document']);
    expect(domUses("const s = `document.body`; row.window.start; const x = { window: 1 }; // window.open\nconst window = 2;")).toEqual([]);
    expect(domUses("import { Document } from 'docx';\nnew Document({});")).toEqual([]);
  });

  it('sees the imports that are allowed (the check looks at real files)', () => {
    expect(importsOf(readFileSync(join(root, 'db/sqlite.ts'), 'utf8'))).toContain('better-sqlite3');
    expect(sourceFiles('core').length).toBeGreaterThan(20);
  });

  for (const folder of FOLDERS) {
    it(`${folder}/ keeps to its wall`, () => {
      expect(breaches(folder)).toEqual([]);
    });
  }
});
