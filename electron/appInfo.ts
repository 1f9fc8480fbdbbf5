/** Names shared by the shell and the packaging config (electron-builder.yml is tested against these). */
import path from 'node:path';
import type { DocumentState } from '../core/api/features/sharing';
import type { UiLanguage } from '../core/api/features/shell';

export const PRODUCT_NAME = 'Tiến Độ';
export const APP_ID = 'vn.gov.haiphong.skhcn.tiendo';

export interface TitleMarks {
  /** Unsaved changes: "•" before the name. */
  dirty?: boolean;
  /** e.g. "chỉ đọc", shown in parentheses after the name. */
  note?: string | null;
  /** The folder the file really lives in (links resolved), so a colleague's shared plan is told from one's own copy. */
  folder?: string | null;
}

/** "Tiến Độ — Ke-hoach-1049.tiendo", "Tiến Độ — • Ke-hoach-1049.tiendo (chỉ đọc) — D:\\Chung" */
export function windowTitle(fileName: string | null, marks: TitleMarks = {}): string {
  if (!fileName) return PRODUCT_NAME;
  const folder = marks.folder ? ` — ${marks.folder}` : '';
  return `${PRODUCT_NAME} — ${marks.dirty ? '• ' : ''}${fileName}${marks.note ? ` (${marks.note})` : ''}${folder}`;
}

const READ_ONLY_NOTE: Record<UiLanguage, string> = { vi: 'chỉ đọc', en: 'read-only' };

/** The window title for the open document (null: no plan open). */
export function documentTitle(state: Pick<DocumentState, 'path' | 'fileName' | 'dirty' | 'readOnly'> | null, language: UiLanguage): string {
  if (state === null) return windowTitle(null);
  const folder = state.path ? path.dirname(state.path) : null;
  return windowTitle(state.fileName, { dirty: state.dirty, note: state.readOnly ? READ_ONLY_NOTE[language] : null, folder });
}
