/**
 * electron.vite.config.ts: the three builds land where main.ts looks for
 * them, the preload is CommonJS with its dependencies bundled (sandbox), and
 * the renderer build is the shared renderer/vite.config.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { UserConfig } from 'electron-vite';
import { describe, expect, it } from 'vitest';
import config from '../../../electron.vite.config';
import { builtPaths, PRELOAD_FILE_NAME } from '../../../electron/paths';
import { rendererConfig } from '../../../renderer/vite.config';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const { main, preload, renderer } = config as UserConfig;
type Output = { format?: string; entryFileNames?: string };
const outputOf = (build: { rolldownOptions?: { output?: unknown } } | undefined) => build?.rolldownOptions?.output as Output;

describe('electron.vite.config.ts', () => {
  it('bundles main to out/main/index.js as ESM (package.json "main", "type": "module"), the import worker beside it', () => {
    expect(main?.build?.outDir).toBe(join(root, 'out/main'));
    // db/importing/parseInWorker.ts starts ./importWorker.js next to the bundled main.
    expect(main?.build?.rolldownOptions?.input).toEqual({ index: join(root, 'electron/main.ts'), importWorker: join(root, 'db/importing/importWorker.ts') });
    expect(outputOf(main?.build)).toMatchObject({ format: 'es', entryFileNames: '[name].js' });
    expect(main?.build?.externalizeDeps).toBe(true); // better-sqlite3 stays a native dependency
  });

  it('bundles the preload as self-contained CommonJS where main.ts points the window', () => {
    expect(preload?.build?.rolldownOptions?.input).toEqual({ index: join(root, 'electron/preload.ts') });
    expect(outputOf(preload?.build)).toMatchObject({ format: 'cjs', entryFileNames: '[name].cjs' });
    expect(preload?.build?.externalizeDeps).toBe(false);
    // input "index" + "[name].cjs" → out/preload/index.cjs
    expect(PRELOAD_FILE_NAME).toBe('index.cjs');
    expect(join(preload!.build!.outDir!, PRELOAD_FILE_NAME)).toBe(builtPaths(join(root, 'out/main')).preloadPath);
  });

  it('is the one renderer build: the e2e tests run the bundle the app ships, and npm test builds main and preload too', () => {
    const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts['build:renderer']).toBe('electron-vite build');
    expect(scripts.test).toContain('electron-vite build');
    expect(Object.values(scripts).join('\n')).not.toMatch(/(^|&&\s*|npx\s+)vite build/m);
  });

  it('reuses the shared renderer config', () => {
    expect(renderer?.root).toBe(rendererConfig.root);
    expect(renderer?.base).toBe('./');
    expect(renderer?.plugins).toBe(rendererConfig.plugins);
    expect(renderer?.build?.outDir).toBe(builtPaths(join(root, 'out/main')).rendererDir);
    expect(renderer?.build?.rolldownOptions?.input).toBe(join(root, 'renderer/index.html'));
  });
});
