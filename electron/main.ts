/**
 * Main process entry (bundled to out/main/index.js). Thin on purpose: it
 * only connects Electron's objects to the small tested modules next to it.
 */
import os from 'node:os';
import { basename, dirname } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import type { ApiMethod, ApiResponse } from '../core/api/contract';
import { dispatch, type ApiHandlers } from '../core/api/dispatch';
import { createDefaultPlan } from '../core/defaultPlan';
import { ensureDefaultPlanFile } from '../db/defaultPlanFile';
import { createApiHandlers } from '../db/handlers';
import { openPlanSession, type PlanSession } from '../db/session';
import { APP_ID, windowTitle } from './appInfo';
import { APP_INDEX_URL, APP_SCHEME } from './appUrl';
import { findPlanFileArg } from './args';
import { aboutBoxOptions, openFailedBoxOptions } from './dialogs';
import { createHostServices } from './host';
import { registerApiHandlers } from './ipc';
import { buildMenuTemplate, MENU_LABELS_VI } from './menu';
import { builtPaths } from './paths';
import { observeOpenedPlans, openStartupSession } from './planSession';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { createSecureWindow, denyAllPermissions, guardAllWebContents } from './security';
import { claimSingleInstance, revealWindow } from './singleInstance';

const { rendererDir: RENDERER_DIR, preloadPath: PRELOAD_PATH } = builtPaths(import.meta.dirname); // out/main
const isDev = !app.isPackaged;
const defaultApp = Boolean(process.defaultApp);

let mainWindow: BrowserWindow | null = null;
let planSession: PlanSession | null = null;
let handlers: ApiHandlers | null = null;
/** The open plan's file, from the last OpenPlan the handlers returned (title, dialog folder). */
let currentPlanPath: string | null = null;
let started = false;
/** A file asked for before start-up finished (macOS open-file, early second launch). */
let pendingFile: string | null = findPlanFileArg(process.argv, { defaultApp, cwd: process.cwd() });

// Must precede `ready`: the scheme's privileges are fixed at start-up.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

if (claimSingleInstance(app, pendingFile, defaultApp, (file) => logFailure(onSecondLaunch(file)))) {
  guardAllWebContents(app);
  // macOS delivers double-clicked files as an event, possibly before `ready`.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (started) logFailure(openFileInWindow(file));
    else pendingFile = file;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (started && mainWindow === null) createMainWindow();
  });
  app.on('will-quit', () => planSession?.close());
  app.whenReady().then(start, (error: unknown) => fatal(error));
}

async function start(): Promise<void> {
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  denyAllPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: RENDERER_DIR }));

  const launchFile = pendingFile;
  pendingFile = null;
  try {
    planSession = await openStartupSession(launchFile, {
      open: openPlanSession,
      defaultPath: () => ensureDefaultPlanFile(app.getPath('documents'), createDefaultPlan),
      reportError: async (file, error) => {
        await dialog.showMessageBox(openFailedBoxOptions(file, messageOf(error)));
      },
    });
  } catch (error) {
    fatal(error);
    return;
  }
  const host = createHostServices({
    dialog,
    window: () => mainWindow,
    defaultDir: () => (currentPlanPath === null ? null : dirname(currentPlanPath)),
    os,
  });
  handlers = observeOpenedPlans(createApiHandlers(planSession, host), (opened) => {
    currentPlanPath = opened.path;
    mainWindow?.setTitle(windowTitle(opened.fileName));
  });

  registerApiHandlers(ipcMain, {
    handlers: () => {
      if (handlers === null) throw new Error('Chưa mở kế hoạch.');
      return handlers;
    },
    trustedContentsId: () => mainWindow?.webContents.id,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(MENU_LABELS_VI, menuActions(), { isDev, platform: process.platform })));
  started = true;
  createMainWindow();
  // A file that arrived while the start-up plan was opening (second launch, macOS open-file).
  if (pendingFile !== null) logFailure(openFileInWindow(pendingFile));
  pendingFile = null;
}

function createMainWindow(): void {
  const window = createSecureWindow(BrowserWindow, { preloadPath: PRELOAD_PATH, devTools: isDev, title: windowTitle(null) });
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  // The page title must not replace ours ("Tiến Độ — <file>").
  window.on('page-title-updated', (event) => event.preventDefault());
  logFailure(refreshTitle());
  logFailure(window.loadURL(APP_INDEX_URL));
}

/** The observed getPlan sets the title; a plan that cannot be read is the renderer's to report. */
async function refreshTitle(): Promise<void> {
  if (handlers !== null) await dispatch(handlers, 'getPlan', []);
}

/** Opens a plan from the shell (menu, second launch, macOS open-file) through the same handlers as the renderer. */
async function openFromShell(method: ApiMethod, args: unknown[], shownName: string): Promise<void> {
  if (handlers === null) return;
  const response: ApiResponse = await dispatch(handlers, method, args);
  if (!response.ok) {
    const options = openFailedBoxOptions(shownName, response.error.message);
    await (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
    return;
  }
  if (response.value === null) return; // dialog cancelled
  // The contract has no "plan changed" event yet: the renderer reloads and asks getPlan again.
  mainWindow?.webContents.reload();
}

function openFileInWindow(file: string): Promise<void> {
  return openFromShell('openPlan', [file], basename(file));
}

async function onSecondLaunch(file: string | null): Promise<void> {
  if (!started) {
    if (file !== null) pendingFile = file;
    return;
  }
  if (mainWindow === null) createMainWindow();
  if (mainWindow) revealWindow(mainWindow);
  if (file !== null) await openFileInWindow(file);
}

function menuActions() {
  return {
    open: () => logFailure(openFromShell('openPlanWithDialog', [], '')),
    close: () => mainWindow?.close(),
    reload: () => mainWindow?.webContents.reload(),
    toggleDevTools: () => mainWindow?.webContents.toggleDevTools(),
    about: () => {
      const options = aboutBoxOptions(app.getVersion());
      logFailure(mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
    },
  };
}

/** Shell actions run detached from their trigger (menu click, OS event): log, don't crash. */
function logFailure(promise: Promise<unknown>): void {
  promise.catch((error: unknown) => console.error('[tiendo]', error));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function fatal(error: unknown): void {
  dialog.showErrorBox('Tiến Độ không khởi động được', messageOf(error));
  app.exit(1);
}
