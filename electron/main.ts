/**
 * Main process entry (bundled to out/main/index.js). Thin on purpose: it
 * only connects Electron's objects to the small tested modules next to it.
 * One window, one open plan: a second file (double-click, Open, Open
 * Recent) replaces the plan in the same window after the unsaved-changes
 * question (documentActions.ts).
 */
import os from 'node:os';
import { dirname, join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, type MessageBoxOptions } from 'electron';
import type { ApiResponse } from '../core/api/contract';
import { dispatch, type ApiHandlers } from '../core/api/dispatch';
import type { DocumentState, RecentFile } from '../core/api/features/sharing';
import type { UiLanguage } from '../core/api/features/shell';
import { PLAN_FILE_FILTER } from '../core/api/host';
import { createDefaultPlan } from '../core/defaultPlan';
import { PlanError } from '../core/errors';
import { ensureDefaultPlanFile } from '../db/defaultPlanFile';
import { createApiHandlers } from '../db/handlers';
import { PlanSession } from '../db/session';
import { APP_ID, documentTitle, PRODUCT_NAME, windowTitle } from './appInfo';
import { APP_INDEX_URL, APP_SCHEME } from './appUrl';
import { findPlanFileArg } from './args';
import { DIALOG_TITLES } from '../core/api/hostTexts';
import { aboutBoxOptions, openFailedBoxOptions, shortcutsBoxOptions } from './dialogs';
import { createDocumentActions, type DocumentActions } from './documentActions';
import { createHostServices } from './host';
import { registerApiHandlers } from './ipc';
import { createMainWindow } from './mainWindow';
import { createPageFlush } from './pageFlush';
import { buildMenuTemplate, type MenuActions } from './menu';
import { sendMenuCommand } from './menuCommands';
import { MENU_LABELS } from './menuLabels';
import { builtPaths, devUserDataOverride, planDataDir } from './paths';
import { afterEachCall, openStartupSession } from './planSession';
import { printInHiddenWindow } from './printToPdf';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { createSecureWindow, denyAllPermissions, guardAllWebContents } from './security';
import { createShellRefresher } from './shellRefresh';
import { readShellState, SHELL_STATE_FILE_NAME, writeShellState } from './shellState';
import { claimSingleInstance, revealWindow } from './singleInstance';

const { rendererDir: RENDERER_DIR, preloadPath: PRELOAD_PATH } = builtPaths(import.meta.dirname); // out/main
const isDev = !app.isPackaged;
const defaultApp = Boolean(process.defaultApp);
const userDataOverride = devUserDataOverride(process.env, app.isPackaged);
if (userDataOverride !== null) app.setPath('userData', userDataOverride);
const SHELL_STATE_FILE = join(app.getPath('userData'), SHELL_STATE_FILE_NAME);

let shellState = readShellState(SHELL_STATE_FILE);
let language: UiLanguage = shellState.language ?? 'vi';
let mainWindow: BrowserWindow | null = null;
let planSession: PlanSession | null = null;
/** The handlers as created, for the shell's own reads (they do not schedule a refresh). */
let rawHandlers: ApiHandlers | null = null;
let documents: DocumentActions | null = null;
let currentPlanPath: string | null = null;
let currentTitle = windowTitle(null);
let recentFiles: RecentFile[] = [];
/** The title (file, unsaved marker, read-only) and Open Recent follow the document after every call. */
const shell = createShellRefresher(
  {
    readState: async () => (rawHandlers ? unwrap<DocumentState>(await dispatch(rawHandlers, 'getDocumentState', [])) : null),
    readRecent: async () => (rawHandlers ? (unwrap<RecentFile[]>(await dispatch(rawHandlers, 'listRecent', [])) ?? []) : []),
    showDocument: (state) => {
      currentPlanPath = state?.path ?? null;
      currentTitle = documentTitle(state, language);
      if (!mainWindow || mainWindow.isDestroyed()) return;
      mainWindow.setTitle(currentTitle);
      if (process.platform === 'darwin') {
        mainWindow.setDocumentEdited(state?.dirty ?? false);
        mainWindow.setRepresentedFilename(state?.path ?? '');
      }
    },
    showRecent: (files) => {
      recentFiles = files;
      installMenu();
    },
  },
  (error) => console.error('[tiendo]', error),
);
let started = false;
let quitting = false;
/** WebContents of hidden print windows, trusted while they make a PDF. */
const printContents = new Set<number>();
/** A file asked for before start-up finished (macOS open-file, early second launch, a locked launch file). */
let pendingFile: string | null = findPlanFileArg(process.argv, { defaultApp, cwd: process.cwd() });

// Must precede `ready`: the scheme's privileges are fixed at start-up.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

if (claimSingleInstance(app, pendingFile, defaultApp, (file) => logFailure(onSecondLaunch(file)))) {
  guardAllWebContents(app);
  // macOS delivers double-clicked files as an event, possibly before `ready`.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (started && documents) logFailure(documents.openFile(file));
    else pendingFile = file;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (started && mainWindow === null) logFailure(openMainWindow());
  });
  app.on('before-quit', () => (quitting = true));
  app.on('will-quit', () => planSession?.close());
  app.whenReady().then(start, (error: unknown) => fatal(error));
}

async function start(): Promise<void> {
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  denyAllPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: RENDERER_DIR }));
  const host = createHostServices({
    dialog,
    window: () => mainWindow,
    defaultDir: () => (currentPlanPath ? dirname(currentPlanPath) : null),
    os,
    language: () => language,
    onLanguage: setLanguage,
    printToPdf: (request) => printInHiddenWindow(createPrintWindow, printContents, APP_INDEX_URL, request),
  });
  const plans = new PlanSession({ dataDir: planDataDir(app.getPath('userData')), identity: host });
  planSession = plans;
  const launchFile = pendingFile;
  pendingFile = null;
  try {
    await openStartupSession(launchFile, {
      open: (file) => plans.open(file),
      lastPath: lastExistingRecent,
      defaultPath: defaultPlanPath,
      reportError: async (file, error) => {
        // Someone else has it open: asked in the window (read-only, a copy, or anyway).
        if (error instanceof PlanError && error.code === 'locked') pendingFile = file;
        else await dialog.showMessageBox(openFailedBoxOptions(file, messageOf(error), language));
      },
    });
  } catch (error) {
    fatal(error);
    return;
  }
  rawHandlers = createApiHandlers(plans, host);
  const observed = afterEachCall(rawHandlers, shell.schedule);
  const flushPage = createPageFlush(ipcMain);
  documents = createDocumentActions({
    call: (method, args) => dispatch(observed, method, args),
    flushPage: () => flushPage(mainWindow?.webContents ?? null),
    ask,
    chooseOpenPath: () => host.chooseOpenPath({ title: DIALOG_TITLES.openPlan, filters: [PLAN_FILE_FILTER] }),
    reloadPage: () => mainWindow?.webContents.reload(),
    isOpen: () => plans.isOpen,
    fallbackPath: () => lastExistingRecent() ?? defaultPlanPath(),
    language: () => language,
  });
  registerApiHandlers(ipcMain, {
    handlers: () => observed,
    trustedContentsIds: () => [mainWindow?.webContents.id, ...printContents],
  });
  started = true;
  await shell.refresh();
  await openMainWindow();
  // A file that arrived while the start-up plan was opening (second launch, macOS open-file, locked).
  if (pendingFile !== null) logFailure(documents.openFile(pendingFile));
  pendingFile = null;
}

async function openMainWindow(): Promise<void> {
  await documents?.ensureOpen(); // after closing with "Không lưu", macOS keeps running with no plan
  const window = createMainWindow({
    BrowserWindow,
    screen,
    preloadPath: PRELOAD_PATH,
    devTools: isDev,
    title: currentTitle,
    saved: shellState.window,
    close: {
      confirmClose: () => documents?.confirmClose() ?? Promise.resolve(true),
      afterApproved: () => {
        if (quitting) app.quit(); // macOS: closing the last window does not quit by itself
      },
      onCancelled: () => (quitting = false),
      onError: (error) => console.error('[tiendo]', error),
    },
    onPlace: (placement) => {
      shellState = { ...shellState, window: placement };
      persistShellState();
    },
    onClosed: () => {
      if (mainWindow === window) mainWindow = null;
    },
  });
  mainWindow = window;
  await shell.refresh();
  logFailure(window.loadURL(APP_INDEX_URL));
}

function createPrintWindow(): BrowserWindow {
  return createSecureWindow(BrowserWindow, { preloadPath: PRELOAD_PATH, devTools: false, title: PRODUCT_NAME, options: { show: false } });
}

function installMenu(): void {
  const template = buildMenuTemplate(MENU_LABELS[language], menuActions(), { isDev, platform: process.platform, recent: recentFiles });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function setLanguage(next: UiLanguage): void {
  if (next === language) return;
  language = next;
  shellState = { ...shellState, language: next };
  persistShellState();
  installMenu();
  logFailure(shell.refresh()); // the read-only note follows the language
}

function menuActions(): MenuActions {
  const run = (action: (documents: DocumentActions) => Promise<void>) => {
    if (documents) logFailure(action(documents));
  };
  return {
    command: (id) => {
      const focused = BrowserWindow.getFocusedWindow();
      sendMenuCommand(id, [focused === mainWindow ? focused : null, mainWindow]);
    },
    newPlan: (from) => run((d) => d.newPlan(from)),
    open: () => run((d) => d.open()),
    openRecent: (file) => run((d) => d.openFile(file)),
    close: () => mainWindow?.close(),
    shortcuts: () => logFailure(ask(shortcutsBoxOptions(language, process.platform))),
    about: () => logFailure(ask(aboutBoxOptions(app.getVersion(), language))),
    reload: () => mainWindow?.webContents.reload(),
    toggleDevTools: () => mainWindow?.webContents.toggleDevTools(),
  };
}

async function onSecondLaunch(file: string | null): Promise<void> {
  if (!started) {
    if (file !== null) pendingFile = file;
    return;
  }
  if (mainWindow === null) await openMainWindow();
  if (mainWindow) revealWindow(mainWindow);
  if (file !== null && documents) await documents.openFile(file);
}

async function ask(options: MessageBoxOptions): Promise<number> {
  const result = await (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
  return result.response;
}

function lastExistingRecent(): string | null {
  return planSession?.recent().find((file) => file.exists)?.path ?? null;
}

function defaultPlanPath(): string {
  return ensureDefaultPlanFile(app.getPath('documents'), createDefaultPlan);
}

function persistShellState(): void {
  try {
    writeShellState(SHELL_STATE_FILE, shellState);
  } catch (error) {
    console.error('[tiendo]', error);
  }
}

/** Shell actions run detached from their trigger (menu click, OS event): log, don't crash. */
function logFailure(promise: Promise<unknown>): void {
  promise.catch((error: unknown) => console.error('[tiendo]', error));
}

function unwrap<T>(response: ApiResponse): T | null {
  return response.ok ? (response.value as T) : null;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function fatal(error: unknown): void {
  dialog.showErrorBox('Tiến Độ không khởi động được', messageOf(error));
  app.exit(1);
}
