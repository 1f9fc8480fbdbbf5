/**
 * Electron security checklist, in one place: the only way this app creates a
 * window, the guards every WebContents gets, and the permission policy.
 * Electron objects are parameters (typed by Electron's own API), so the
 * policy is unit-tested with fakes.
 */
import type {
  BrowserWindowConstructorOptions,
  Event,
  HandlerDetails,
  Session,
  WebContents,
  WebContentsWillNavigateEventParams,
  WebContentsWillRedirectEventParams,
  WebPreferences,
  WindowOpenHandlerResponse,
} from 'electron';
import { isAppUrl } from './appUrl';

/** Fixed, whatever the caller asks for: the renderer gets no Node and no privileges. */
export function secureWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    devTools,
  };
}

export interface WindowRequest {
  preloadPath: string;
  devTools: boolean;
  title: string;
  /** Size, position, icon… — webPreferences here are ignored. */
  options?: Omit<BrowserWindowConstructorOptions, 'webPreferences'>;
}

export function secureWindowOptions(request: WindowRequest): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 500,
    show: false, // shown on ready-to-show, no white flash
    ...request.options,
    title: request.title,
    webPreferences: secureWebPreferences(request.preloadPath, request.devTools),
  };
}

export type BrowserWindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

/** The app's only window factory. */
export function createSecureWindow<W>(BrowserWindowCtor: BrowserWindowConstructor<W>, request: WindowRequest): W {
  return new BrowserWindowCtor(secureWindowOptions(request));
}

/** Navigation is allowed only within our origin (reloads, in-app links). */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

export const denyWindowOpen = (_details: HandlerDetails): WindowOpenHandlerResponse => ({ action: 'deny' });

/** The part of WebContents the guards use (a real WebContents satisfies it). */
export interface GuardedContents {
  setWindowOpenHandler: WebContents['setWindowOpenHandler'];
  on(event: 'will-navigate', listener: (event: Event<WebContentsWillNavigateEventParams>) => void): unknown;
  on(event: 'will-redirect', listener: (event: Event<WebContentsWillRedirectEventParams>) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Event) => void): unknown;
}

/**
 * Applied to every WebContents the app ever creates (via web-contents-created):
 * no popups, no navigation away from app://tiendo, no <webview>.
 * Links to the web are not opened externally: plan data must never reach
 * shell.openExternal.
 */
export function guardWebContents(contents: GuardedContents): void {
  contents.setWindowOpenHandler(denyWindowOpen);
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export interface ContentsCreatedSource {
  on(event: 'web-contents-created', listener: (event: Event, contents: WebContents) => void): unknown;
}

export function guardAllWebContents(app: ContentsCreatedSource, guard: (contents: WebContents) => void = guardWebContents): void {
  app.on('web-contents-created', (_event, contents) => guard(contents));
}

/** The app needs no web permission (camera, notifications, clipboard-read…): refuse them all. */
export function denyAllPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
