/**
 * Where node_modules/electron's binary is, found the way electron/index.js
 * finds it (path.txt + dist/, or ELECTRON_OVERRIDE_DIST_PATH) but without
 * loading the electron module, which would start a download when it is missing.
 * Used by `npm start` (electron/start.ts) and the Electron smoke test.
 */
import fs from 'node:fs';
import path from 'node:path';

export type BinaryLookup = { found: true; executable: string } | { found: false; reason: string };

export function findElectronBinary(root: string, env: NodeJS.ProcessEnv = process.env): BinaryLookup {
  const packageDir = path.join(root, 'node_modules', 'electron');
  if (!fs.existsSync(path.join(packageDir, 'package.json'))) return { found: false, reason: `${packageDir} is not installed (npm install)` };
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : null;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const executable = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? 'electron');
    return fs.existsSync(executable) ? { found: true, executable } : { found: false, reason: `${executable} (ELECTRON_OVERRIDE_DIST_PATH) does not exist` };
  }
  if (relative === null) {
    return { found: false, reason: `${pathFile} is missing: Electron 45 downloads its binary the first time it is started (\`npx install-electron\`), which needs the internet` };
  }
  const executable = path.join(packageDir, 'dist', relative);
  return fs.existsSync(executable) ? { found: true, executable } : { found: false, reason: `${executable} does not exist (download incomplete)` };
}

/** The Electron version the project pins (node_modules/electron/package.json), for messages. */
export function electronVersion(root: string): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}
