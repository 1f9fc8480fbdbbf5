/**
 * Main process entry (bundled to out/main/index.js). Thin on purpose: it
 * only connects Electron's objects to the small tested modules next to it.
 */
import { basename, join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import type { ApiHandlers } from '../core/api/dispatch';
import { dispatch } from '../core/api/dispatch';
import { createDefaultPlan } from '../core/defaultPlan';
import { ensureDefaultPlanFile } from '../db/defaultPlanFile';
import { createApiHandlers, openPlanSession, type PlanSession } from '../db/session';
import { APP_ID, windowTitle } from './appInfo';
import { APP_INDEX_URL, APP_SCHEME } from './appUrl';
import { findPlanFileArg } from './args';
import { aboutBoxOptions, openFailedBoxOptions, pickPlanFile } from './dialogs';
import { registerApiHandlers } from './ipc';
import { buildMenuTemplate, MENU_LABELS_VI } from './menu';
import { observeOpenedPlans, openStartupSession } from './planSession';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { createSecureWindow, denyAllPermissions, guardAllWebContents } from './security';
import { claimSingleInstance, revealWindow } from './singleInstance';

const here = import.meta.dirname; // out/main
const RENDERER_DIR = join(here, '../renderer');
const PRELOAD_PATH = join(here, '../preload/index.cjs');
const isDev = !app.isPackaged;
const defaultApp = Boolean(process.defaultApp);

let mainWindow: BrowserWindow | null = null;
let planSession: PlanSession | null = null;
let handlers: ApiHandlers | null = null;
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

  try {
    planSession = await openStartupSession(pendingFile, {
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
  pendingFile = null;
  handlers = observeOpenedPlans(createApiHandlers(planSession), (opened) => mainWindow?.setTitle(windowTitle(opened.fileName)));

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

async function refreshTitle(): Promise<void> {
  if (handlers === null) return;
  try {
    mainWindow?.setTitle(windowTitle((await handlers.getPlan()).fileName));
  } catch {
    // the renderer reports a plan that cannot be read; the title stays "Tiến Độ"
  }
}

/** Opens a file chosen in the shell (menu, second launch, macOS open-file) and shows it. */
async function openFileInWindow(file: string): Promise<void> {
  if (handlers === null) return;
  const response = await dispatch(handlers, 'openPlan', [file]);
  if (!response.ok) {
    const options = openFailedBoxOptions(basename(file), response.error.message);
    if (mainWindow) await dialog.showMessageBox(mainWindow, options);
    else await dialog.showMessageBox(options);
    return;
  }
  // The contract has no "plan changed" event yet: the renderer reloads and asks getPlan again.
  mainWindow?.webContents.reload();
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
    open: () => {
      if (mainWindow === null) return;
      logFailure(
        pickPlanFile(dialog, mainWindow).then((file) => {
          if (file !== null) return openFileInWindow(file);
        }),
      );
    },
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
