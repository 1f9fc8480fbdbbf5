/**
 * electron-vite: three builds into out/.
 * - main:     electron/main.ts → out/main/index.js (ESM, package.json "type": "module"),
 *             and the import worker → out/main/importWorker.js.
 *             Dependencies stay external (better-sqlite3 is native and is
 *             loaded from node_modules, unpacked from the asar).
 * - preload:  electron/preload.ts → out/preload/index.cjs. Sandboxed preloads
 *             cannot be ES modules and may require only 'electron', so it is
 *             CommonJS with every dependency (zod, the API client) bundled in.
 * - renderer: the shared renderer/vite.config.ts (also used by the e2e tests).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './renderer/vite.config';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: fromRoot('out/main'),
      externalizeDeps: true,
      rolldownOptions: {
        // The import reader runs in a worker thread (db/importing/parseInWorker.ts looks for ./importWorker.js next to main).
        input: { index: fromRoot('electron/main.ts'), importWorker: fromRoot('db/importing/importWorker.ts') },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: fromRoot('out/preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: fromRoot('electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      ...rendererConfig.build,
      // electron-vite looks for src/renderer/index.html by default; ours is renderer/index.html.
      rolldownOptions: { ...rendererConfig.build?.rolldownOptions, input: fromRoot('renderer/index.html') },
    },
  },
});
