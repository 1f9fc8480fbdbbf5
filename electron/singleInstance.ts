/**
 * One running app. A second launch (double-clicking another .tiendo file)
 * hands its file to the first instance and exits. The file travels in
 * `additionalData`, already resolved against the second instance's working
 * directory, because Electron warns that the argv it forwards may be
 * reordered or extended; argv is the fallback.
 */
import { isAbsolute } from 'node:path';
import type { App, BrowserWindow, Event } from 'electron';
import { findPlanFileArg, isPlanFileName } from './args';

export interface SecondInstanceData {
  file: string | null;
}

export interface SingleInstanceApp {
  requestSingleInstanceLock: App['requestSingleInstanceLock'];
  quit: App['quit'];
  on(
    event: 'second-instance',
    listener: (event: Event, argv: string[], workingDirectory: string, additionalData: unknown) => void,
  ): unknown;
}

/** What the primary instance should open for a second launch. */
export function fileFromSecondInstance(argv: readonly string[], workingDirectory: string, additionalData: unknown, defaultApp: boolean): string | null {
  if (typeof additionalData === 'object' && additionalData !== null && 'file' in additionalData) {
    const file: unknown = additionalData.file;
    return typeof file === 'string' && isAbsolute(file) && isPlanFileName(file) ? file : null;
  }
  return findPlanFileArg(argv, { defaultApp, cwd: workingDirectory });
}

/**
 * Returns false (and quits) if another instance already runs; otherwise
 * calls onSecondInstance(file) for each later launch.
 */
export function claimSingleInstance(
  app: SingleInstanceApp,
  launchFile: string | null,
  defaultApp: boolean,
  onSecondInstance: (file: string | null) => void,
): boolean {
  const data: SecondInstanceData = { file: launchFile };
  if (!app.requestSingleInstanceLock(data)) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    onSecondInstance(fileFromSecondInstance(argv, workingDirectory, additionalData, defaultApp));
  });
  return true;
}

/** Brings our window to the front for a second launch. */
export function revealWindow(window: Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
