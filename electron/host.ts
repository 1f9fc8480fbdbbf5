/**
 * HostServices (core/api/host.ts) for the Electron main process: native
 * dialogs parented to our window, the user and computer names recorded in
 * locks and history, PDF printing, and the UI language the menus follow.
 * Electron's dialog and Node's os are parameters so tests see exactly what
 * the dialogs receive.
 */
import { join } from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type { UiLanguage } from '../core/api/features/shell';
import type { FileFilter, HostServices, PrintToPdfRequest } from '../core/api/host';

/** The part of Electron's dialog module used here (Dialog satisfies it with W = BrowserWindow). */
export interface DialogHost<W> {
  showOpenDialog(window: W, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showSaveDialog(window: W, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
}

export interface HostDeps<W> {
  dialog: DialogHost<W>;
  /** Our window; dialogs are modal to it. Without one there is nobody to ask. */
  window: () => W | null;
  /** Where dialogs start: the open plan's folder. */
  defaultDir: () => string | null;
  os: { userInfo(): { username: string }; hostname(): string };
  now?: () => Date;
  /** The UI language (dialog buttons follow it); Vietnamese when absent. */
  language?: () => UiLanguage;
  /** The renderer switched language (setUiLanguage): main rebuilds the menu. */
  onLanguage?: (language: UiLanguage) => void;
  printToPdf?: (request: PrintToPdfRequest) => Promise<Uint8Array>;
}

const BUTTONS = { vi: { open: 'Mở', save: 'Lưu' }, en: { open: 'Open', save: 'Save' } } as const;

export function createHostServices<W>(deps: HostDeps<W>): HostServices {
  const startIn = (name?: string): { defaultPath?: string } => {
    const dir = deps.defaultDir();
    if (dir === null) return name === undefined ? {} : { defaultPath: name };
    return { defaultPath: name === undefined ? dir : join(dir, name) };
  };
  const language = () => deps.language?.() ?? 'vi';
  const buttons = () => BUTTONS[language()];
  const inLanguage = (filters: FileFilter[]) => filters.map((f) => ({ name: f.name[language()], extensions: f.extensions }));
  const host: HostServices = {
    async chooseOpenPath({ title, filters }) {
      const window = deps.window();
      if (window === null) return null;
      const result = await deps.dialog.showOpenDialog(window, { title: title[language()], buttonLabel: buttons().open, filters: inLanguage(filters), properties: ['openFile'], ...startIn() });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSavePath({ title, defaultName, filters }) {
      const window = deps.window();
      if (window === null) return null;
      const result = await deps.dialog.showSaveDialog(window, {
        title: title[language()],
        buttonLabel: buttons().save,
        filters: inLanguage(filters),
        properties: ['showOverwriteConfirmation', 'createDirectory'],
        ...startIn(defaultName),
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    userName() {
      try {
        return deps.os.userInfo().username;
      } catch {
        // userInfo() throws when the account has no passwd entry (some domain/container setups)
        return process.env.USERNAME ?? process.env.USER ?? '';
      }
    },
    computerName: () => deps.os.hostname(),
    now: deps.now ?? (() => new Date()),
  };
  if (deps.onLanguage) host.setMenuLanguage = deps.onLanguage;
  if (deps.printToPdf) host.printToPdf = deps.printToPdf;
  return host;
}
