import { describe, expect, it } from 'vitest';
import type { OpenPlan } from '../../../core/api/contract';
import type { ApiHandlers } from '../../../core/api/dispatch';
import { documentTitle, windowTitle } from '../../../electron/appInfo';
import { afterEachCall, openStartupSession } from '../../../electron/planSession';

const opened = (path: string): OpenPlan => ({ path, fileName: path.split('/').pop()!, readOnly: false, plan: {} as OpenPlan['plan'], revision: '1.0.0' });

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

describe('start-up plan: the last plan', () => {
  function deps(last: string | null, failing: string[] = []) {
    const log: string[] = [];
    return {
      log,
      deps: {
        open: async (path: string) => {
          log.push(`open ${path}`);
          if (failing.includes(path)) throw new Error(`hỏng: ${path}`);
          return { path };
        },
        lastPath: () => last,
        defaultPath: () => {
          log.push('ensure default');
          return '/Documents/Tiến Độ/Ke-hoach-1049.tiendo';
        },
        reportError: (file: string, error: unknown) => void log.push(`report ${file}: ${(error as Error).message}`),
      },
    };
  }

  it('reopens the last plan when started without a file', async () => {
    const { deps: d, log } = deps('/x/last.tiendo');
    expect(await openStartupSession(null, d)).toEqual({ path: '/x/last.tiendo' });
    expect(log).toEqual(['open /x/last.tiendo']);
  });

  it('a file on the command line wins over the last plan', async () => {
    const { deps: d, log } = deps('/x/last.tiendo');
    expect(await openStartupSession('/x/a.tiendo', d)).toEqual({ path: '/x/a.tiendo' });
    expect(log).toEqual(['open /x/a.tiendo']);
  });

  it('a bad command-line file falls back to the last plan, then the default', async () => {
    const one = deps('/x/last.tiendo', ['/x/bad.tiendo']);
    expect(await openStartupSession('/x/bad.tiendo', one.deps)).toEqual({ path: '/x/last.tiendo' });
    expect(one.log).toEqual(['open /x/bad.tiendo', 'report /x/bad.tiendo: hỏng: /x/bad.tiendo', 'open /x/last.tiendo']);
    const both = deps('/x/last.tiendo', ['/x/last.tiendo']);
    expect(await openStartupSession(null, both.deps)).toEqual({ path: '/Documents/Tiến Độ/Ke-hoach-1049.tiendo' });
    expect(both.log).toEqual(['open /x/last.tiendo', 'report /x/last.tiendo: hỏng: /x/last.tiendo', 'ensure default', 'open /Documents/Tiến Độ/Ke-hoach-1049.tiendo']);
  });

  it('does not try the same file twice', async () => {
    const { deps: d, log } = deps('/x/bad.tiendo', ['/x/bad.tiendo']);
    await openStartupSession('/x/bad.tiendo', d);
    expect(log.filter((line) => line === 'open /x/bad.tiendo')).toHaveLength(1);
  });
});

describe('window title', () => {
  it('names the open file, marks unsaved changes and read-only plans', () => {
    expect(windowTitle('Ke-hoach-1049.tiendo')).toBe('Tiến Độ — Ke-hoach-1049.tiendo');
    expect(windowTitle(null)).toBe('Tiến Độ');
    expect(windowTitle('a.tiendo', { dirty: true })).toBe('Tiến Độ — • a.tiendo');
    expect(documentTitle({ path: null, fileName: 'a.tiendo', dirty: false, readOnly: true }, 'vi')).toBe('Tiến Độ — a.tiendo (chỉ đọc)');
    expect(documentTitle({ path: null, fileName: 'a.tiendo', dirty: false, readOnly: true }, 'en')).toBe('Tiến Độ — a.tiendo (read-only)');
    // The real folder (links resolved on open) tells the shared plan from a copy of the same name.
    expect(documentTitle({ path: '/srv/chung/a.tiendo', fileName: 'a.tiendo', dirty: true, readOnly: false }, 'vi')).toBe('Tiến Độ — • a.tiendo — /srv/chung');
    expect(documentTitle(null, 'vi')).toBe('Tiến Độ');
  });
});

describe('afterEachCall', () => {
  it('reports every call, failed ones too, keeping class-based handlers’ this', async () => {
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
    const seen: string[] = [];
    const handlers = afterEachCall(new Handlers() as unknown as ApiHandlers, (method) => void seen.push(method));
    expect((await handlers.getPlan()).fileName).toBe('a.tiendo');
    await handlers.openPlan('/b.tiendo');
    await expect(handlers.openPlan('/c.txt')).rejects.toThrow('không phải kế hoạch');
    expect(seen).toEqual(['getPlan', 'openPlan', 'openPlan']);
    expect((await handlers.getPlan()).fileName).toBe('b.tiendo');
  });
});
