/**
 * The preload bridge with a fake ipcRenderer shaped like Electron's: what
 * window.tiendo holds, what each call invokes, and the menu-command
 * subscription (checked ids only, never Electron's event object).
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../core/api/client';
import { MENU_COMMAND_CHANNEL, type CommandId } from '../../../core/api/commands';
import { API_METHODS, ipcChannel, type ApiResponse, type TiendoApi } from '../../../core/api/contract';
import { BRIDGE_KEY, exposeApi } from '../../../electron/bridge';

/** ipcRenderer: invoke records, on/removeListener are a real EventEmitter (as Electron's is). */
class FakeIpcRenderer extends EventEmitter {
  readonly invoked: Array<[string, unknown[]]> = [];
  constructor(private readonly response: ApiResponse) {
    super();
  }
  /** What ipcRenderer.send sent to main: [channel, ...args]. */
  readonly sent: unknown[][] = [];
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  async invoke(channel: string, ...args: any[]): Promise<ApiResponse> {
    this.invoked.push([channel, args]);
    return this.response;
  }
  /** What main's webContents.send(channel, ...args) delivers: (event, ...args). */
  deliver(channel: string, ...args: unknown[]): void {
    this.emit(channel, { sender: this, senderId: 0, ports: [] }, ...args);
  }
}

function fakeBridge(response: ApiResponse = { ok: true, value: null }) {
  const exposed: Array<[string, unknown]> = [];
  const contextBridge = {
    exposeInMainWorld: (apiKey: string, api: any) => void exposed.push([apiKey, api]),
  };
  const ipcRenderer = new FakeIpcRenderer(response);
  exposeApi(contextBridge, ipcRenderer as never);
  return { exposed, ipcRenderer, api: exposed[0]![1] as TiendoApi };
}

describe('preload bridge', () => {
  it('exposes exactly one object, window.tiendo: one function per contract method, plus onMenuCommand and onFlushRequest', () => {
    const { exposed, api } = fakeBridge();
    expect(exposed.map(([key]) => key)).toEqual([BRIDGE_KEY]);
    expect(BRIDGE_KEY).toBe('tiendo');
    expect(Object.keys(api).sort()).toEqual([...API_METHODS, 'onMenuCommand', 'onFlushRequest'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    const methods = Object.keys(api).filter((key) => key !== 'onMenuCommand' && key !== 'onFlushRequest');
    expect(JSON.stringify(methods)).not.toMatch(/ipc|invoke|send|^on/i);
  });

  it('invokes the method’s channel with the argument list', async () => {
    const { api, ipcRenderer } = fakeBridge({ ok: true, value: 'plan' });
    expect(await api.openPlan('/a.tiendo')).toBe('plan');
    await api.getPlan();
    expect(ipcRenderer.invoked).toEqual([
      [ipcChannel('openPlan'), [['/a.tiendo']]],
      [ipcChannel('getPlan'), [[]]],
    ]);
  });

  it('turns failures into errors with the Vietnamese message', async () => {
    const { api } = fakeBridge({ ok: false, error: { code: 'forbidden', message: 'Yêu cầu bị từ chối' } });
    await expect(api.getPlan()).rejects.toThrow(new ApiError('forbidden', 'Yêu cầu bị từ chối'));
  });
});

describe('onMenuCommand', () => {
  it('hands the page each known command id, and only the id', () => {
    const { api, ipcRenderer } = fakeBridge();
    const received: unknown[][] = [];
    api.onMenuCommand!((...args: unknown[]) => void received.push(args));
    ipcRenderer.deliver(MENU_COMMAND_CHANNEL, 'edit.undo');
    ipcRenderer.deliver(MENU_COMMAND_CHANNEL, 'file.save', 'extra');
    expect(received).toEqual([['edit.undo'], ['file.save']]);
  });

  it('drops ids that are not commands (and anything on other channels)', () => {
    const { api, ipcRenderer } = fakeBridge();
    const received: CommandId[] = [];
    api.onMenuCommand!((id) => void received.push(id));
    for (const bad of ['edit.undo ', 'EDIT.UNDO', 'toString', '__proto__', 42, null, { id: 'edit.undo' }, ['edit.undo']]) {
      ipcRenderer.deliver(MENU_COMMAND_CHANNEL, bad);
    }
    ipcRenderer.deliver('tiendo:getPlan', 'edit.undo');
    expect(received).toEqual([]);
  });

  it('unsubscribes (once) and leaves other subscribers alone', () => {
    const { api, ipcRenderer } = fakeBridge();
    const first: CommandId[] = [];
    const second: CommandId[] = [];
    const stopFirst = api.onMenuCommand!((id) => void first.push(id));
    api.onMenuCommand!((id) => void second.push(id));
    ipcRenderer.deliver(MENU_COMMAND_CHANNEL, 'view.day');
    stopFirst();
    stopFirst();
    ipcRenderer.deliver(MENU_COMMAND_CHANNEL, 'view.week');
    expect(first).toEqual(['view.day']);
    expect(second).toEqual(['view.day', 'view.week']);
    expect(ipcRenderer.listenerCount(MENU_COMMAND_CHANNEL)).toBe(1);
  });

  it('refuses a listener that is not a function', () => {
    const { api, ipcRenderer } = fakeBridge();
    expect(() => api.onMenuCommand!('alert(1)' as never)).toThrow(TypeError);
    expect(ipcRenderer.listenerCount(MENU_COMMAND_CHANNEL)).toBe(0);
  });
});
