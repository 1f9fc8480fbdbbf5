/**
 * The plan window: created by the secure factory where it was last (clamped
 * to today's displays), shown when ready (maximized if it was), closed only
 * after the unsaved-changes question, and its place handed back on close.
 * Electron's BrowserWindow and screen are parameters (type imports only).
 */
import type { BrowserWindow, Screen } from 'electron';
import { guardClose, type CloseGuardDeps } from './closeGuard';
import { createSecureWindow, type BrowserWindowConstructor } from './security';
import { captureWindowState, placeWindow, type WindowState } from './windowState';

export interface MainWindowDeps {
  BrowserWindow: BrowserWindowConstructor<BrowserWindow>;
  screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>;
  preloadPath: string;
  devTools: boolean;
  title: string;
  /** Where the window was when it last closed. */
  saved: WindowState | null;
  close: Omit<CloseGuardDeps, 'onClosing'>;
  /** The window is closing: its place to remember. */
  onPlace(state: WindowState): void;
  onClosed(): void;
}

export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const workAreas = deps.screen.getAllDisplays().map((display) => display.workArea);
  const { maximized, ...bounds } = placeWindow(deps.saved, workAreas, deps.screen.getPrimaryDisplay().workArea);
  const window = createSecureWindow(deps.BrowserWindow, { preloadPath: deps.preloadPath, devTools: deps.devTools, title: deps.title, options: bounds });
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show(); // shown when painted: no white flash
  });
  guardClose(window, {
    ...deps.close,
    onClosing: () => deps.onPlace(captureWindowState(window.getNormalBounds(), window.isMaximized())),
  });
  window.on('closed', () => deps.onClosed());
  // The page title must not replace ours ("Tiến Độ — <file>").
  window.on('page-title-updated', (event) => event.preventDefault());
  return window;
}
