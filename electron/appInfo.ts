/** Names shared by the shell and the packaging config (electron-builder.yml is tested against these). */
export const PRODUCT_NAME = 'Tiến Độ';
export const APP_ID = 'vn.gov.haiphong.skhcn.tiendo';

/** "Tiến Độ — Ke-hoach-1049.tiendo" */
export function windowTitle(fileName: string | null): string {
  return fileName ? `${PRODUCT_NAME} — ${fileName}` : PRODUCT_NAME;
}
