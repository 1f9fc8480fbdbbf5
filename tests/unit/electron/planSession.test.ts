import { describe, expect, it } from 'vitest';
import type { OpenPlan } from '../../../core/api/contract';
import type { ApiHandlers } from '../../../core/api/dispatch';
import { windowTitle } from '../../../electron/appInfo';
import { isOpenPlan, observeOpenedPlans, openStartupSession } from '../../../electron/planSession';

const opened = (path: string): OpenPlan => ({ path, fileName: path.split('/').pop()!, readOnly: false, plan: {} as OpenPlan['plan'] });

describe('start-up plan', () => {
  function deps(failing: string[] = []) {
    const log: string[] = [];
    return {
      log,
      deps: {
        open: async (path: string) => {
          log.push(`open ${path}`);
          if (failing.includes(path)) throw new Error(`hỏng: ${path}`);
          return { path };
        },
        defaultPath: () => {
          log.push('ensure default');
          return '/Documents/Tiến Độ/Ke-hoach-1049.tiendo';
        },
        reportError: (file: string, error: unknown) => void log.push(`report ${file}: ${(error as Error).message}`),
      },
    };
  }

  it('opens the command-line file without touching the default plan', async () => {
    const { deps: d, log } = deps();
    expect(await openStartupSession('/x/a.tiendo', d)).toEqual({ path: '/x/a.tiendo' });
    expect(log).toEqual(['open /x/a.tiendo']);
  });

  it('opens (and creates) the default plan without a file', async () => {
    const { deps: d, log } = deps();
    expect(await openStartupSession(null, d)).toEqual({ path: '/Documents/Tiến Độ/Ke-hoach-1049.tiendo' });
    expect(log).toEqual(['ensure default', 'open /Documents/Tiến Độ/Ke-hoach-1049.tiendo']);
  });

  it('reports a bad command-line file and falls back to the default plan', async () => {
    const { deps: d, log } = deps(['/x/bad.tiendo']);
    expect(await openStartupSession('/x/bad.tiendo', d)).toEqual({ path: '/Documents/Tiến Độ/Ke-hoach-1049.tiendo' });
    expect(log).toEqual(['open /x/bad.tiendo', 'report /x/bad.tiendo: hỏng: /x/bad.tiendo', 'ensure default', 'open /Documents/Tiến Độ/Ke-hoach-1049.tiendo']);
  });

  it('fails when even the default plan cannot open', async () => {
    const { deps: d } = deps(['/Documents/Tiến Độ/Ke-hoach-1049.tiendo']);
    await expect(openStartupSession(null, d)).rejects.toThrow('hỏng');
  });
});

describe('isOpenPlan', () => {
  it('recognises OpenPlan results only', () => {
    expect(isOpenPlan(opened('/a.tiendo'))).toBe(true);
    expect(isOpenPlan(null)).toBe(false);
    expect(isOpenPlan({ path: '/a', fileName: 'a' })).toBe(false);
    expect(isOpenPlan({ ...opened('/a.tiendo'), plan: null })).toBe(false);
  });
});

describe('window title', () => {
  it('names the open file', () => {
    expect(windowTitle('Ke-hoach-1049.tiendo')).toBe('Tiến Độ — Ke-hoach-1049.tiendo');
    expect(windowTitle(null)).toBe('Tiến Độ');
  });

  it('follows every successful openPlan, keeping class-based handlers’ this', async () => {
    // Only the methods this test calls; the point is that `this` survives the wrapping.
    class Handlers implements Pick<ApiHandlers, 'getPlan' | 'openPlan'> {
      current = opened('/a.tiendo');
      getPlan() {
        return this.current;
      }
      openPlan(path: string) {
        if (!path.endsWith('.tiendo')) throw new Error('không phải kế hoạch');
        this.current = opened(path);
        return this.current;
      }
    }
    const titles: string[] = [];
    const handlers = observeOpenedPlans(new Handlers() as unknown as ApiHandlers, (plan) => titles.push(windowTitle(plan.fileName)));
    expect((await handlers.getPlan()).fileName).toBe('a.tiendo');
    await handlers.openPlan('/b.tiendo');
    await expect(handlers.openPlan('/c.txt')).rejects.toThrow('không phải kế hoạch');
    expect(titles).toEqual(['Tiến Độ — a.tiendo', 'Tiến Độ — b.tiendo']);
    expect((await handlers.getPlan()).fileName).toBe('b.tiendo');
  });
});
