import type { BrowserWindowConstructorOptions, HandlerDetails, Session, WebContents } from 'electron';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/csp';
import {
  createSecureWindow,
  denyAllPermissions,
  guardAllWebContents,
  guardWebContents,
  secureWindowOptions,
  type GuardedContents,
} from '../../../electron/security';
import { FakeEmitter, fakeEvent } from './fakes';

const SECURE = {
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
};

class FakeBrowserWindow {
  static created: BrowserWindowConstructorOptions[] = [];
  constructor(readonly options: BrowserWindowConstructorOptions) {
    FakeBrowserWindow.created.push(options);
  }
}

describe('window factory', () => {
  it('gives every window the secure webPreferences and the preload', () => {
    const window = createSecureWindow(FakeBrowserWindow, { preloadPath: '/app/out/preload/index.cjs', devTools: false, title: 'Tiến Độ' });
    expect(window.options.webPreferences).toMatchObject({ ...SECURE, preload: '/app/out/preload/index.cjs', devTools: false });
    expect(window.options.title).toBe('Tiến Độ');
    expect(window.options.show).toBe(false);
  });

  it('cannot be weakened by caller options', () => {
    const options = secureWindowOptions({
      preloadPath: '/p.cjs',
      devTools: true,
      title: 't',
      // a caller sneaking preferences in past the type
      options: { width: 900, webPreferences: { nodeIntegration: true, sandbox: false, contextIsolation: false } } as never,
    });
    expect(options.width).toBe(900);
    expect(options.webPreferences).toMatchObject(SECURE);
  });
});

function fakeContents() {
  const emitter = new FakeEmitter();
  let openHandler: ((details: HandlerDetails) => unknown) | null = null;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: (details: HandlerDetails) => unknown) => {
      openHandler = handler;
    },
  });
  const typed: GuardedContents = contents; // the fake satisfies the typed surface a real WebContents does
  return { contents, typed, openHandler: () => openHandler };
}

function navigate(contents: FakeEmitter, event: 'will-navigate' | 'will-redirect', url: string): boolean {
  const e = fakeEvent({ url, isSameDocument: false, isMainFrame: true, frame: null });
  contents.emit(event, e, url, false, true, 1, 1);
  return e.prevented();
}

describe('web contents guards', () => {
  it('denies every window.open', () => {
    const { typed, openHandler } = fakeContents();
    guardWebContents(typed);
    const details = { url: 'https://example.com', frameName: '', features: '', disposition: 'new-window', referrer: { url: '', policy: 'default' }, postBody: undefined } as unknown as HandlerDetails;
    expect(openHandler()?.(details)).toEqual({ action: 'deny' });
    expect(openHandler()?.({ ...details, url: 'app://tiendo/index.html' })).toEqual({ action: 'deny' });
  });

  it('blocks navigation away from app://tiendo', () => {
    const { contents, typed } = fakeContents();
    guardWebContents(typed);
    expect(navigate(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'app://tiendo.evil/index.html')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'app://other/index.html')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'javascript:alert(1)')).toBe(true);
    expect(navigate(contents, 'will-redirect', 'http://localhost:5173/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'app://tiendo/index.html')).toBe(false);
    expect(navigate(contents, 'will-navigate', 'app://tiendo/index.html#task-3')).toBe(false);
  });

  it('refuses <webview>', () => {
    const { contents, typed } = fakeContents();
    guardWebContents(typed);
    const e = fakeEvent();
    contents.emit('will-attach-webview', e, {}, {});
    expect(e.prevented()).toBe(true);
  });

  it('guards every web contents the app creates', () => {
    const app = new FakeEmitter();
    const guarded: unknown[] = [];
    guardAllWebContents(app, (contents) => guarded.push(contents));
    const contents = { id: 7 } as WebContents;
    app.emit('web-contents-created', fakeEvent(), contents);
    expect(guarded).toEqual([contents]);
  });

  it('guards with the real guard by default', () => {
    const app = new FakeEmitter();
    guardAllWebContents(app);
    const { contents } = fakeContents();
    app.emit('web-contents-created', fakeEvent(), contents);
    expect(contents.count('will-navigate')).toBe(1);
    expect(contents.count('will-attach-webview')).toBe(1);
  });
});

describe('permissions', () => {
  it('denies every permission request and check', () => {
    let request: Parameters<Session['setPermissionRequestHandler']>[0] = null;
    let check: Parameters<Session['setPermissionCheckHandler']>[0] = null;
    denyAllPermissions({
      setPermissionRequestHandler: (handler) => {
        request = handler;
      },
      setPermissionCheckHandler: (handler) => {
        check = handler;
      },
    });
    const contents = { id: 1 } as WebContents;
    const permissions = ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen'] as const;
    for (const permission of permissions) {
      const answers: boolean[] = [];
      request!(contents, permission, (granted) => answers.push(granted), { requestingUrl: 'app://tiendo/index.html', isMainFrame: true } as never);
      expect(answers).toEqual([false]);
      expect(check!(null, permission, 'app://tiendo', { isMainFrame: true, embeddingOrigin: '', requestingUrl: '' } as never)).toBe(false);
    }
  });
});

describe('content security policy', () => {
  const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));

  it('is strict for scripts and network', () => {
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('connect-src')).toBe("'none'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(directives.get('frame-src')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*|http:|https:/);
  });

  it('allows at least what the renderer’s own <meta> policy allows (both apply)', () => {
    const html = readFileSync(fileURLToPath(new URL('../../../renderer/index.html', import.meta.url)), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    if (meta === undefined) return; // no <meta> policy: the header alone applies
    for (const directive of meta.split(';').map((d) => d.trim()).filter(Boolean)) {
      const [name, ...sources] = directive.split(/\s+/);
      const ours = (directives.get(name!) ?? directives.get('default-src')!).split(' ');
      for (const source of sources) if (source !== "'none'") expect(ours, `${name} ${source}`).toContain(source);
    }
  });

  it('allows only what React and frappe-gantt need', () => {
    expect(directives.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(directives.get('img-src')).toBe("'self' data:");
    expect(directives.get('font-src')).toBe("'self' data:");
    expect(directives.get('script-src')).not.toContain('unsafe-inline');
  });
});
