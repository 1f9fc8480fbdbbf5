import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../core/api/client';
import { API_METHODS, ipcChannel, type ApiResponse } from '../../../core/api/contract';
import { BRIDGE_KEY, exposeApi } from '../../../electron/bridge';

function fakeBridge(response: ApiResponse) {
  const exposed: Array<[string, unknown]> = [];
  const invoked: Array<[string, unknown[]]> = [];
  const contextBridge = {
    exposeInMainWorld: (apiKey: string, api: any) => void exposed.push([apiKey, api]),
  };
  const ipcRenderer = {
    invoke: async (channel: string, ...args: any[]) => {
      invoked.push([channel, args]);
      return response;
    },
  };
  exposeApi(contextBridge, ipcRenderer);
  return { exposed, invoked };
}

describe('preload bridge', () => {
  it('exposes exactly one object, window.tiendo, with one function per contract method', () => {
    const { exposed } = fakeBridge({ ok: true, value: null });
    expect(exposed.map(([key]) => key)).toEqual([BRIDGE_KEY]);
    expect(BRIDGE_KEY).toBe('tiendo');
    const api = exposed[0]![1] as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipc|invoke|send|on/i);
  });

  it('invokes the method’s channel with the argument list', async () => {
    const { exposed, invoked } = fakeBridge({ ok: true, value: 'plan' });
    const api = exposed[0]![1] as { openPlan(path: string): Promise<unknown>; getPlan(): Promise<unknown> };
    expect(await api.openPlan('/a.tiendo')).toBe('plan');
    await api.getPlan();
    expect(invoked).toEqual([
      [ipcChannel('openPlan'), [['/a.tiendo']]],
      [ipcChannel('getPlan'), [[]]],
    ]);
  });

  it('turns failures into errors with the Vietnamese message', async () => {
    const { exposed } = fakeBridge({ ok: false, error: { code: 'forbidden', message: 'Yêu cầu bị từ chối' } });
    const api = exposed[0]![1] as { getPlan(): Promise<unknown> };
    await expect(api.getPlan()).rejects.toThrow(new ApiError('forbidden', 'Yêu cầu bị từ chối'));
  });
});
