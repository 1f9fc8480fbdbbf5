/**
 * The one origin the app trusts. The renderer is served from app://tiendo/
 * (never file://, which would give the page the whole disk as its origin),
 * and every trust decision — IPC senders, navigation — compares against it.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tiendo';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** True for URLs on our origin only (not app://other-host, not app:evil). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Compare scheme and host rather than a string prefix: "app://tiendo.evil/" must not pass.
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host.toLowerCase() === APP_HOST && parsed.username === '' && parsed.password === '';
}
