/**
 * The app:// protocol: serves the built renderer (out/renderer) and nothing
 * else. Pure apart from the injected file reader, so containment is tested
 * with real paths and no Electron.
 */
import { readFile as fsReadFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_SCHEME } from './appUrl';
import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * Registered before `ready`. standard: real origin (app://tiendo) so 'self',
 * relative URLs and module scripts work; secure: treated like https.
 * No bypassCSP, no service workers, no CORS.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an app:// URL to a file under rootDir, or null if it names anything
 * else. The URL parser already folds "..", "%2e%2e" and "./"; we re-check
 * after percent-decoding because "%2f" and "%5c" decode to separators that
 * the parser never saw, and backslashes are separators on Windows.
 */
export function resolveAppPath(rootDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host.toLowerCase() !== APP_HOST) return null;

  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null; // malformed escape such as "%E0%A4%A"
  }
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  if (/[\\\0:]/.test(pathname)) return null; // Windows separators, NUL, drive letters / streams

  const segments = pathname.split('/').slice(1);
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return null;

  const root = resolve(rootDir);
  const file = join(root, ...segments);
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return file;
}

export type ReadFile = (path: string) => Promise<Uint8Array>;

function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}

function notFound(): Response {
  return new Response('Không tìm thấy', { status: 404, headers: securityHeaders('text/plain; charset=utf-8') });
}

/** The handler given to `protocol.handle('app', …)`. */
export function createAppProtocolHandler(options: { rootDir: string; readFile?: ReadFile }) {
  const readFile = options.readFile ?? fsReadFile;
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Không được phép', { status: 405, headers: { ...securityHeaders('text/plain; charset=utf-8'), Allow: 'GET, HEAD' } });
    }
    const file = resolveAppPath(options.rootDir, request.url);
    if (file === null) return notFound();
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch {
      return notFound(); // missing file or a directory
    }
    const headers = securityHeaders(mimeTypeFor(file));
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), { status: 200, headers });
  };
}
