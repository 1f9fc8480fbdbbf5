import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/csp';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, mimeTypeFor, resolveAppPath } from '../../../electron/protocol';

// A real directory tree: <tmp>/renderer is served; <tmp>/secret.txt and
// <tmp>/renderer-evil/x.js sit next to it and must never be reachable.
let base: string;
let root: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'tiendo-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  mkdirSync(join(base, 'renderer-evil'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Tiến Độ</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'noto sans.woff2'), 'font');
  writeFileSync(join(base, 'secret.txt'), 'secret');
  writeFileSync(join(base, 'renderer-evil', 'x.js'), 'evil');
  handler = createAppProtocolHandler({ rootDir: root });
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('scheme registration', () => {
  it('is a standard, secure scheme without CSP bypass', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).toBeFalsy();
    expect(APP_SCHEME_PRIVILEGES.privileges?.allowServiceWorkers).toBeFalsy();
    expect(APP_SCHEME_PRIVILEGES.privileges?.corsEnabled).toBeFalsy();
  });
});

describe('path containment', () => {
  it('maps app://tiendo/ paths under the root', () => {
    expect(resolveAppPath(root, 'app://tiendo/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://tiendo')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://tiendo/index.html?x=1#y')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://tiendo/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppPath(root, 'app://tiendo/assets/noto%20sans.woff2')).toBe(join(root, 'assets', 'noto sans.woff2'));
  });

  it.each([
    'app://tiendo/..%2f..%2fetc%2fpasswd',
    'app://tiendo/assets/..%2F..%2Fsecret.txt',
    'app://tiendo/%2e%2e%2fsecret.txt',
    'app://tiendo/..%5csecret.txt',
    'app://tiendo/assets\\..\\..\\secret.txt',
    'app://tiendo/%2Fetc%2Fpasswd',
    'app://tiendo//etc/passwd',
    'app://tiendo/C:/Windows/win.ini',
    'app://tiendo/C%3A%5CWindows%5Cwin.ini',
    'app://tiendo/index.html%00.png',
    'app://tiendo/%E0%A4%A',
    'app://other/index.html',
    'app://tiendo.evil/index.html',
    'file:///etc/passwd',
    'https://tiendo/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('folds dot segments inside the root, never above it', () => {
    // the URL parser resolves these before we see them; the result stays under root
    for (const url of ['app://tiendo/../../etc/passwd', 'app://tiendo/%2e%2e/%2E%2E/etc/passwd', 'app://tiendo/assets/../../../secret.txt']) {
      const file = resolveAppPath(root, url);
      expect(file === null || file.startsWith(root + (process.platform === 'win32' ? '\\' : '/'))).toBe(true);
    }
  });
});

describe('app:// handler', () => {
  const get = (url: string, init?: RequestInit) => handler(new Request(url, init));

  it('serves index.html with the CSP header and the HTML MIME type', async () => {
    const response = await get('app://tiendo/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('Tiến Độ');
  });

  it('serves assets with their MIME types', async () => {
    expect((await get('app://tiendo/assets/index-abc.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://tiendo/assets/index-abc.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get('app://tiendo/assets/noto%20sans.woff2')).headers.get('content-type')).toBe('font/woff2');
  });

  it.each([
    'app://tiendo/../../etc/passwd',
    'app://tiendo/%2e%2e/secret.txt',
    'app://tiendo/..%2fsecret.txt',
    'app://tiendo/../renderer-evil/x.js',
    'app://tiendo/assets/..%5C..%5Csecret.txt',
    'app://tiendo/missing.js',
    'app://tiendo/assets',
    'app://other/index.html',
  ])('answers 404 for %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(/secret|evil/);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await get('app://tiendo/index.html', { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
  });

  it('reads only the resolved file', async () => {
    const read: string[] = [];
    const spying = createAppProtocolHandler({
      rootDir: root,
      readFile: async (path) => {
        read.push(path);
        return new TextEncoder().encode('ok');
      },
    });
    await spying(new Request('app://tiendo/..%2f..%2fsecret.txt'));
    await spying(new Request('app://tiendo/assets/index-abc.js'));
    expect(read).toEqual([join(root, 'assets', 'index-abc.js')]);
  });

  it('falls back to a binary MIME type for unknown extensions', () => {
    expect(mimeTypeFor('x.unknown')).toBe('application/octet-stream');
    expect(mimeTypeFor('X.SVG')).toBe('image/svg+xml');
  });
});
