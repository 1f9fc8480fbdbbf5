/**
 * Whether the chart (and the timeline export, by default) shows the approved
 * baseline as thin grey bars. A view choice, not plan data: kept on this
 * computer (localStorage), like the table's columns.
 */
import { create } from 'zustand';

const KEY = 'tiendo.showBaseline';

function initial(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

interface BaselineView {
  show: boolean;
  setShow(show: boolean): void;
}

export const useBaselineView = create<BaselineView>((set) => ({
  show: initial(),
  setShow(show) {
    set({ show });
    try {
      localStorage.setItem(KEY, show ? '1' : '0');
    } catch {
      // Storage unavailable: the choice still applies to this session.
    }
  },
}));
