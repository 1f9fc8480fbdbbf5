/**
 * Where electron-vite puts the built pieces, relative to the main bundle
 * (out/main/index.js). electron.vite.config.ts emits these names; a test
 * keeps the two in step.
 */
import { isAbsolute, join } from 'node:path';

export const PRELOAD_FILE_NAME = 'index.cjs';

export function builtPaths(mainDir: string): { rendererDir: string; preloadPath: string } {
  return {
    rendererDir: join(mainDir, '..', 'renderer'),
    preloadPath: join(mainDir, '..', 'preload', PRELOAD_FILE_NAME),
  };
}

/** The plans' private data folder (working copies, recovery, recent files), inside Electron's userData. */
export function planDataDir(userDataDir: string): string {
  return join(userDataDir, 'data');
}

/**
 * Development and tests only (the smoke suite runs the app with a throw-away
 * profile): TIENDO_USER_DATA_DIR replaces userData. A packaged app ignores it,
 * so nobody can point an installed copy at another profile by environment.
 */
export function devUserDataOverride(env: Record<string, string | undefined>, isPackaged: boolean): string | null {
  const dir = env.TIENDO_USER_DATA_DIR;
  return !isPackaged && dir && isAbsolute(dir) ? dir : null;
}
