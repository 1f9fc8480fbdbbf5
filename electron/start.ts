/**
 * `npm start`: runs the built app in Electron, as `electron .` would, but
 * where the Electron binary is missing and cannot be downloaded (no
 * internet: Electron 45 fetches it on first start) it ends with one clear
 * line of ours instead of Electron's generic "failed to install correctly".
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { electronVersion, findElectronBinary } from './electronBinary';

const ROOT = path.resolve(import.meta.dirname, '..');

function missingMessage(): string {
  const version = electronVersion(ROOT);
  return (
    `Tiến Độ: thiếu chương trình Electron ${version} (node_modules/electron/dist) và không tải được (cần internet). ` +
    `Khi có mạng chạy \`npx install-electron\`, hoặc chép sẵn một bản Electron ${version} rồi đặt ELECTRON_OVERRIDE_DIST_PATH=<thư mục của nó>.\n` +
    `Tiến Độ: the Electron ${version} binary is missing (node_modules/electron/dist) and could not be downloaded (no internet). ` +
    `Run \`npx install-electron\` where the internet is reachable, or set ELECTRON_OVERRIDE_DIST_PATH=<folder> to an offline copy of Electron ${version}.`
  );
}

function electronExecutable(): string | null {
  const first = findElectronBinary(ROOT);
  if (first.found) return first.executable;
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return null; // the user pointed at a copy: do not download over it
  // What Electron itself would do on first start: download it (quietly; we say what went wrong).
  const install = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'electron', 'install.js')], { cwd: ROOT, stdio: ['ignore', 'inherit', 'pipe'] });
  const second = install.status === 0 ? findElectronBinary(ROOT) : first;
  return second.found ? second.executable : null;
}

const executable = electronExecutable();
if (executable === null) {
  console.error(missingMessage());
  process.exit(1);
}
const child = spawn(executable, [ROOT, ...process.argv.slice(2)], { stdio: 'inherit', windowsHide: false });
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
