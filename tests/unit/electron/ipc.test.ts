import { describe, expect, it } from 'vitest';
import { API_METHODS, ipcChannel, type ApiResponse, type OpenPlan } from '../../../core/api/contract';
import type { ApiHandlers } from '../../../core/api/dispatch';
import { FORBIDDEN_RESPONSE, isTrustedSender, registerApiHandlers, type InvokeRegistrar, type SenderEvent } from '../../../electron/ipc';

const WINDOW_CONTENTS_ID = 1;

/** An IpcMainInvokeEvent as Electron builds it for a call from a frame of a WebContents. */
function invokeEvent(overrides: { contentsId?: number; url?: string; subframe?: boolean; frameGone?: boolean; otherProcess?: boolean } = {}): SenderEvent {
  const mainFrame = { processId: 4, routingId: 1, parent: null, url: overrides.url ?? 'app://tiendo/index.html' };
  const frame = overrides.subframe ? { processId: 4, routingId: 2, parent: mainFrame, url: mainFrame.url } : mainFrame;
  return {
    sender: { id: overrides.contentsId ?? WINDOW_CONTENTS_ID, mainFrame },
    senderFrame: overrides.frameGone ? null : overrides.otherProcess ? { ...frame, processId: 9 } : frame,
  };
}

function openPlanValue(path: string): OpenPlan {
  return { path, fileName: path.split('/').pop() ?? path, readOnly: false, plan: {} as OpenPlan['plan'], revision: '1.0.0' };
}

/**
 * A real handlers object, one recording function per contract method (the
 * shell is under test, not the session). openPlan echoes its path.
 */
function recordingHandlers() {
  const calls: Array<[string, unknown[]]> = [];
  const handlers = Object.fromEntries(
    API_METHODS.map((method) => [
      method,
      (...args: unknown[]) => {
        calls.push([method, args]);
        return openPlanValue(typeof args[0] === 'string' ? args[0] : '/docs/Ke-hoach-1049.tiendo');
      },
    ]),
  ) as unknown as ApiHandlers;
  return { handlers, calls };
}

function fakeIpcMain() {
  const registered = new Map<string, (event: SenderEvent, args: unknown) => Promise<ApiResponse>>();
  const ipcMain: InvokeRegistrar = {
    handle: (channel, listener) => {
      if (registered.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`); // as Electron does
      registered.set(channel, listener);
    },
  };
  return { ipcMain, registered };
}

function setup() {
  const { handlers, calls } = recordingHandlers();
  const { ipcMain, registered } = fakeIpcMain();
  registerApiHandlers(ipcMain, { handlers: () => handlers, trustedContentsIds: () => [WINDOW_CONTENTS_ID] });
  const call = (method: string, event: SenderEvent, args: unknown) => registered.get(ipcChannel(method as never))!(event, args);
  return { registered, calls, call };
}

describe('IPC registration', () => {
  it('registers exactly one handler per contract method on its channel', () => {
    const { registered } = setup();
    expect([...registered.keys()].sort()).toEqual(API_METHODS.map(ipcChannel).sort());
    expect(registered.size).toBe(API_METHODS.length);
  });

  it('lets our window reach dispatch', async () => {
    const { call, calls } = setup();
    const response = await call('openPlan', invokeEvent(), ['/tmp/a.tiendo']);
    expect(response).toEqual({ ok: true, value: openPlanValue('/tmp/a.tiendo') });
    expect(calls).toEqual([['openPlan', ['/tmp/a.tiendo']]]);
  });

  it('validates arguments through dispatch', async () => {
    const { call, calls } = setup();
    const response = await call('openPlan', invokeEvent(), [42]);
    expect(response.ok).toBe(false);
    expect(!response.ok && response.error.code).toBe('invalid-arguments');
    expect(calls).toEqual([]);
  });

  it.each([
    ['another WebContents', { contentsId: 2 }],
    ['a subframe', { subframe: true }],
    ['a page that left app://', { url: 'https://evil.example/' }],
    ['a look-alike origin', { url: 'app://tiendo.evil/index.html' }],
    ['a file:// page', { url: 'file:///tmp/index.html' }],
    ['a destroyed frame', { frameGone: true }],
    ['a frame in another process', { otherProcess: true }],
  ])('refuses %s without calling the handler', async (_name, overrides) => {
    const { call, calls } = setup();
    expect(await call('getPlan', invokeEvent(overrides), [])).toEqual(FORBIDDEN_RESPONSE);
    expect(await call('openPlan', invokeEvent(overrides), ['/etc/passwd.tiendo'])).toEqual(FORBIDDEN_RESPONSE);
    expect(calls).toEqual([]);
  });

  it('refuses everything while there is no window', async () => {
    const { handlers, calls } = recordingHandlers();
    const { ipcMain, registered } = fakeIpcMain();
    registerApiHandlers(ipcMain, { handlers: () => handlers, trustedContentsIds: () => [undefined] });
    expect(await registered.get(ipcChannel('getPlan'))!(invokeEvent(), [])).toEqual(FORBIDDEN_RESPONSE);
    expect(calls).toEqual([]);
  });

  it('uses the current handlers at call time', async () => {
    const first = recordingHandlers();
    const second = recordingHandlers();
    let current = first.handlers;
    const { ipcMain, registered } = fakeIpcMain();
    registerApiHandlers(ipcMain, { handlers: () => current, trustedContentsIds: () => [WINDOW_CONTENTS_ID] });
    current = second.handlers;
    await registered.get(ipcChannel('getPlan'))!(invokeEvent(), []);
    expect(first.calls).toEqual([]);
    expect(second.calls).toEqual([['getPlan', []]]);
  });
});

describe('several trusted windows (the main window and a print window)', () => {
  it('accepts each trusted window and still refuses the others', async () => {
    const { handlers, calls } = recordingHandlers();
    const { ipcMain, registered } = fakeIpcMain();
    const trusted = new Set([WINDOW_CONTENTS_ID]);
    registerApiHandlers(ipcMain, { handlers: () => handlers, trustedContentsIds: () => trusted });
    const getPlan = registered.get(ipcChannel('getPlan'))!;
    expect(await getPlan(invokeEvent({ contentsId: 7 }), [])).toEqual(FORBIDDEN_RESPONSE);
    trusted.add(7); // a print window while it prints
    expect((await getPlan(invokeEvent({ contentsId: 7 }), [])).ok).toBe(true);
    expect((await getPlan(invokeEvent(), [])).ok).toBe(true);
    trusted.delete(7);
    expect(await getPlan(invokeEvent({ contentsId: 7 }), [])).toEqual(FORBIDDEN_RESPONSE);
    expect(await getPlan(invokeEvent({ contentsId: 7, subframe: true }), [])).toEqual(FORBIDDEN_RESPONSE);
    expect(calls).toEqual([
      ['getPlan', []],
      ['getPlan', []],
    ]);
  });
});

describe('sender check', () => {
  it('accepts only the top frame of the trusted contents on app://tiendo', () => {
    expect(isTrustedSender(invokeEvent(), WINDOW_CONTENTS_ID)).toBe(true);
    expect(isTrustedSender(invokeEvent({ url: 'app://tiendo/index.html#x' }), WINDOW_CONTENTS_ID)).toBe(true);
    expect(isTrustedSender(invokeEvent(), undefined)).toBe(false);
    expect(isTrustedSender(invokeEvent({ subframe: true }), WINDOW_CONTENTS_ID)).toBe(false);
  });
});
