/**
 * How the outline is shown: which sections are collapsed, and whether the
 * number column shows the automatic outline number ("1.2") or the plan's own
 * numbering ("I", "1.1", "a") — remembered between sessions, as the language is.
 */
import { create } from 'zustand';

export type Numbering = 'outline' | 'plan';
const NUMBERING_KEY = 'tiendo.numbering';

function initialNumbering(): Numbering {
  try {
    return localStorage.getItem(NUMBERING_KEY) === 'plan' ? 'plan' : 'outline';
  } catch {
    return 'outline';
  }
}

interface OutlineState {
  collapsed: ReadonlySet<string>;
  numbering: Numbering;
  toggleCollapsed(id: string): void;
  /** Collapse every given summary, or expand all (empty list). */
  setCollapsed(ids: readonly string[]): void;
  setNumbering(numbering: Numbering): void;
}

export const useOutlineStore = create<OutlineState>((set) => ({
  collapsed: new Set(),
  numbering: initialNumbering(),
  toggleCollapsed: (id) =>
    set((s) => {
      const collapsed = new Set(s.collapsed);
      if (!collapsed.delete(id)) collapsed.add(id);
      return { collapsed };
    }),
  setCollapsed: (ids) => set({ collapsed: new Set(ids) }),
  setNumbering(numbering) {
    try {
      localStorage.setItem(NUMBERING_KEY, numbering);
    } catch {
      // Private mode: the choice lasts for this session only.
    }
    set({ numbering });
  },
}));
