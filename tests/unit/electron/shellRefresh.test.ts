/** Title and Open Recent follow the document: coalesced refreshes, the menu rebuilt only when the list changes. */
import { describe, expect, it, vi } from 'vitest';
import type { DocumentState, RecentFile } from '../../../core/api/features/sharing';
import { createShellRefresher } from '../../../electron/shellRefresh';

const state = (fileName: string, dirty = false) => ({ fileName, dirty }) as DocumentState;
const recent = (...names: string[]): RecentFile[] => names.map((n) => ({ path: `/p/${n}`, fileName: n, openedAt: '2026-11-28T09:30:00.000Z', exists: true }));

function setup() {
  let current: DocumentState | null = state('a.tiendo');
  let files = recent('a.tiendo');
  const shown: string[] = [];
  const refresher = createShellRefresher(
    {
      readState: async () => current,
      readRecent: async () => files,
      showDocument: (s) => void shown.push(`title ${s ? s.fileName + (s.dirty ? ' •' : '') : '-'}`),
      showRecent: (f) => void shown.push(`menu ${f.map((x) => x.fileName).join(',')}`),
    },
    (error) => void shown.push(`error ${String(error)}`),
    50,
  );
  return {
    refresher,
    shown,
    set: (s: DocumentState | null, r = files) => {
      current = s;
      files = r;
    },
  };
}

describe('shell refresh', () => {
  it('shows the title every time, the recent menu only when it changed', async () => {
    const { refresher, shown, set } = setup();
    await refresher.refresh();
    set(state('a.tiendo', true));
    await refresher.refresh();
    set(state('b.tiendo'), recent('b.tiendo', 'a.tiendo'));
    await refresher.refresh();
    set(null);
    await refresher.refresh();
    expect(shown).toEqual(['title a.tiendo', 'menu a.tiendo', 'title a.tiendo •', 'title b.tiendo', 'menu b.tiendo,a.tiendo', 'title -']);
  });

  it('one refresh after a burst of calls; the shell’s own reads schedule nothing', async () => {
    vi.useFakeTimers();
    try {
      const { refresher, shown } = setup();
      refresher.schedule('getDocumentState');
      refresher.schedule('listRecent');
      await vi.advanceTimersByTimeAsync(100);
      expect(shown).toEqual([]);
      refresher.schedule('applyEdit');
      refresher.schedule('getPlan');
      refresher.schedule('getHistory');
      await vi.advanceTimersByTimeAsync(100);
      expect(shown).toEqual(['title a.tiendo', 'menu a.tiendo']);
    } finally {
      vi.useRealTimers();
    }
  });
});
