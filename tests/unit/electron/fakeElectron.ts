/**
 * A stand-in for the 'electron' module, for running electron/main.ts under
 * vitest (vi.mock('electron') — the real module is never loaded: its binary
 * is not installed here). It implements just the calls main.ts makes, with
 * Electron's signatures, and records what Electron would have received.
 */
import type {
  BrowserWindowConstructorOptions,
  CustomScheme,
  MenuItemConstructorOptions,
  MessageBoxOptions,
  OpenDialogOptions,
  OpenDialogReturnValue,
  Rectangle,
  SaveDialogReturnValue,
} from 'electron';
import { fakeEvent, FakeEmitter, type Listener } from './fakes';

type ProtocolHandler = (request: Request) => Response | Promise<Response>;
type InvokeListener = (event: unknown, ...args: unknown[]) => unknown;

let nextContentsId = 1;

export class FakeWebContents extends FakeEmitter {
  readonly id = nextContentsId++;
  readonly mainFrame = { processId: 10, routingId: this.id, parent: null, url: '' };
  windowOpenHandler: ((details: unknown) => unknown) | null = null;
  reloads = 0;
  /** What webContents.send delivered: [channel, ...args]. */
  readonly sent: unknown[][] = [];
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  setWindowOpenHandler(handler: (details: unknown) => unknown): void {
    this.windowOpenHandler = handler;
  }
  reload(): void {
    this.reloads += 1;
  }
  isDestroyed(): boolean {
    return false;
  }
  toggleDevTools(): void {}
}

export class FakeBrowserWindow extends FakeEmitter {
  static all: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focused;
  }
  readonly webContents = new FakeWebContents();
  readonly titles: string[] = [];
  readonly loaded: string[] = [];
  readonly calls: string[] = [];
  destroyed = false;
  maximized = false;
  normalBounds: Rectangle;
  documentEdited: boolean[] = [];
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    this.normalBounds = { x: options.x ?? 100, y: options.y ?? 100, width: options.width ?? 800, height: options.height ?? 600 };
    FakeBrowserWindow.all.push(this);
    electron.app.emit('web-contents-created', { preventDefault() {} }, this.webContents);
  }
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    this.webContents.mainFrame.url = url;
  }
  setTitle(title: string): void {
    this.titles.push(title);
  }
  isMinimized(): boolean {
    return true;
  }
  restore(): void {
    this.calls.push('restore');
  }
  show(): void {
    this.calls.push('show');
  }
  focus(): void {
    this.calls.push('focus');
  }
  /** As Electron: 'close' first (preventable), then 'closed' and the window is gone. */
  close(): void {
    this.calls.push('close');
    const event = fakeEvent();
    this.emit('close', event);
    if (event.prevented()) return;
    this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  maximize(): void {
    this.maximized = true;
    this.calls.push('maximize');
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds(): Rectangle {
    return this.normalBounds;
  }
  setDocumentEdited(edited: boolean): void {
    this.documentEdited.push(edited);
  }
}

class FakeApp extends FakeEmitter {
  isPackaged = false;
  documentsDir = '';
  userDataDir = '';
  lockRequests: unknown[] = [];
  sandboxEnabled = false;
  quits = 0;
  exitCodes: number[] = [];
  #ready!: () => void;
  readonly #readyPromise = new Promise<void>((resolve) => (this.#ready = resolve));
  whenReady(): Promise<void> {
    return this.#readyPromise;
  }
  becomeReady(): void {
    this.#ready();
  }
  enableSandbox(): void {
    this.sandboxEnabled = true;
  }
  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
    this.lockRequests.push(additionalData);
    return true;
  }
  getPath(name: string): string {
    if (name === 'documents') return this.documentsDir;
    if (name === 'userData') return this.userDataDir;
    throw new Error(`unexpected getPath(${name})`);
  }
  setPath(name: string, value: string): void {
    if (name !== 'userData') throw new Error(`unexpected setPath(${name})`);
    this.userDataDir = value;
  }
  getVersion(): string {
    return '0.1.0';
  }
  setAppUserModelId(): void {}
  quit(): void {
    this.quits += 1;
  }
  exit(code: number): void {
    this.exitCodes.push(code);
  }
}

const permissionHandlers: { request: Listener | null; check: Listener | null } = { request: null, check: null };

export const electron = {
  app: new FakeApp(),
  BrowserWindow: FakeBrowserWindow,
  protocol: {
    privileged: [] as CustomScheme[],
    handlers: new Map<string, ProtocolHandler>(),
    registerSchemesAsPrivileged(schemes: CustomScheme[]) {
      this.privileged.push(...schemes);
    },
    handle(scheme: string, handler: ProtocolHandler) {
      this.handlers.set(scheme, handler);
    },
  },
  session: {
    defaultSession: {
      permissionHandlers,
      setPermissionRequestHandler: (handler: Listener) => void (permissionHandlers.request = handler),
      setPermissionCheckHandler: (handler: Listener) => void (permissionHandlers.check = handler),
    },
  },
  ipcMain: {
    handlers: new Map<string, InvokeListener>(),
    /** ipcMain.on listeners (the page's flush answers, electron/pageFlush.ts). */
    listeners: new Map<string, InvokeListener[]>(),
    on(channel: string, listener: InvokeListener) {
      this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
    },
    handle(channel: string, listener: InvokeListener) {
      if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      this.handlers.set(channel, listener);
    },
  },
  screen: {
    workAreas: [{ x: 0, y: 0, width: 1920, height: 1040 }] as Rectangle[],
    getAllDisplays() {
      return this.workAreas.map((workArea) => ({ workArea }));
    },
    getPrimaryDisplay() {
      return { workArea: this.workAreas[0]! };
    },
  },
  Menu: {
    current: null as MenuItemConstructorOptions[] | null,
    /** Every template installed, in order (the menu is rebuilt on language and recent-file changes). */
    installed: [] as MenuItemConstructorOptions[][],
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => template,
    setApplicationMenu(menu: MenuItemConstructorOptions[] | null) {
      this.current = menu;
      if (menu) this.installed.push(menu);
    },
    getApplicationMenu() {
      return this.current;
    },
  },
  dialog: {
    messageBoxes: [] as MessageBoxOptions[],
    /** Button indexes the next message boxes answer with (0 when empty). */
    responses: [] as number[],
    errorBoxes: [] as Array<[string, string]>,
    openDialogs: [] as OpenDialogOptions[],
    nextOpenResult: { canceled: true, filePaths: [] } as OpenDialogReturnValue,
    nextSaveResult: { canceled: true, filePath: '' } as SaveDialogReturnValue,
    async showMessageBox(...args: unknown[]) {
      this.messageBoxes.push(args.at(-1) as MessageBoxOptions);
      return { response: this.responses.shift() ?? 0, checkboxChecked: false };
    },
    async showOpenDialog(_window: unknown, options: OpenDialogOptions) {
      this.openDialogs.push(options);
      return this.nextOpenResult;
    },
    async showSaveDialog() {
      return this.nextSaveResult;
    },
    showErrorBox(title: string, content: string) {
      this.errorBoxes.push([title, content]);
    },
  },
};
