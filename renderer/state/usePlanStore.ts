/**
 * UI state: the plan snapshot last read from the main process, the
 * selection, the view mode and the language. The plan itself lives in the
 * plan file; this store only holds what the main process returned.
 */
import { create } from 'zustand';
import type { OpenPlan } from '../../core/api/contract';
import { api, errorMessage } from '../api';
import type { Language } from '../i18n/messages';
import type { GanttViewMode } from '../gantt/GanttChart';
import { buildPlanView, type PlanView } from '../planView';

const LANGUAGE_KEY = 'tiendo.language';

function initialLanguage(): Language {
  try {
    return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export interface PlanStore {
  openPlan: OpenPlan | null;
  view: PlanView | null;
  /** A failure to show the user (Vietnamese message from the main process). */
  error: string | null;
  selectedId: string | null;
  viewMode: GanttViewMode;
  language: Language;
  load(): Promise<void>;
  openFile(path: string): Promise<void>;
  select(id: string | null): void;
  setViewMode(mode: GanttViewMode): void;
  setLanguage(language: Language): void;
  dismissError(): void;
}

export const usePlanStore = create<PlanStore>((set) => {
  const show = (openPlan: OpenPlan) => set({ openPlan, view: buildPlanView(openPlan.plan), error: null });
  const fail = (error: unknown) => set({ error: errorMessage(error) });
  return {
    openPlan: null,
    view: null,
    error: null,
    selectedId: null,
    viewMode: 'Week',
    language: initialLanguage(),
    async load() {
      try {
        show(await api().getPlan());
      } catch (error) {
        fail(error);
      }
    },
    async openFile(path) {
      try {
        show(await api().openPlan(path));
        set({ selectedId: null });
      } catch (error) {
        // The previous plan stays open: only the message changes.
        fail(error);
      }
    },
    select: (selectedId) => set({ selectedId }),
    setViewMode: (viewMode) => set({ viewMode }),
    setLanguage(language) {
      try {
        localStorage.setItem(LANGUAGE_KEY, language);
      } catch {
        // Storage may be unavailable; the switch still applies to this session.
      }
      document.documentElement.lang = language;
      set({ language });
    },
    dismissError: () => set({ error: null }),
  };
});
