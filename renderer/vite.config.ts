import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The renderer build, used only through electron.vite.config.ts: the app and
 * the end-to-end tests (which serve out/renderer to Chromium) run the same
 * bundle (`npm run build`, alias `npm run build:renderer`). Relative base: the
 * app loads it from the app:// protocol, the tests from a local static server.
 */
export const rendererConfig: UserConfig = {
  root: here,
  base: './',
  plugins: [react()],
  resolve: {
    alias: {
      // frappe-gantt's exports map hides its stylesheet.
      'frappe-gantt-css': fileURLToPath(new URL('../node_modules/frappe-gantt/dist/frappe-gantt.css', import.meta.url)),
    },
  },
  build: {
    outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
};

