/**
 * Where electron-vite puts the built pieces, relative to the main bundle
 * (out/main/index.js). electron.vite.config.ts emits these names; a test
 * keeps the two in step.
 */
import { join } from 'node:path';

export const PRELOAD_FILE_NAME = 'index.cjs';

export function builtPaths(mainDir: string): { rendererDir: string; preloadPath: string } {
  return {
    rendererDir: join(mainDir, '..', 'renderer'),
    preloadPath: join(mainDir, '..', 'preload', PRELOAD_FILE_NAME),
  };
}
