/** Names shared by the shell and the packaging config (electron-builder.yml is tested against these). */
import type { DocumentState } from '../core/api/features/sharing';
import type { UiLanguage } from '../core/api/features/shell';

export const PRODUCT_NAME = 'Tiến Độ';
export const APP_ID = 'vn.gov.haiphong.skhcn.tiendo';

export interface TitleMarks {
  /** Unsaved changes: "•" before the name. */
  dirty?: boolean;
  /** e.g. "chỉ đọc", shown in parentheses after the name. */
  note?: string | null;
}

/** "Tiến Độ — Ke-hoach-1049.tiendo", "Tiến Độ — • Ke-hoach-1049.tiendo", "Tiến Độ — Ke-hoach-1049.tiendo (chỉ đọc)" */
export function windowTitle(fileName: string | null, marks: TitleMarks = {}): string {
  if (!fileName) return PRODUCT_NAME;
  return `${PRODUCT_NAME} — ${marks.dirty ? '• ' : ''}${fileName}${marks.note ? ` (${marks.note})` : ''}`;
}

const READ_ONLY_NOTE: Record<UiLanguage, string> = { vi: 'chỉ đọc', en: 'read-only' };

/** The window title for the open document (null: no plan open). */
export function documentTitle(state: Pick<DocumentState, 'fileName' | 'dirty' | 'readOnly'> | null, language: UiLanguage): string {
  if (state === null) return windowTitle(null);
  return windowTitle(state.fileName, { dirty: state.dirty, note: state.readOnly ? READ_ONLY_NOTE[language] : null });
}
