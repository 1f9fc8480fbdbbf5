/**
 * UI state: the plan snapshot last returned by the main process, selection,
 * filters, view mode, language, and undo availability. The plan itself lives
 * in the plan file: every change goes through `applyEdit` and the store shows
 * what the main process says the file now holds. A drag previews its edit
 * locally with the same pure `applyEdit` the main process uses.
 */
import { create } from 'zustand';
import type { OpenPlan } from '../../core/api/contract';
import type { EditResult } from '../../core/api/features/editing';
import type { DocumentState } from '../../core/api/features/sharing';
import { applyEdit, type PlanEdit } from '../../core/edits';
import { applyPlanDelta } from '../../core/planDelta';
import { api, errorMessage } from '../api';
import type { Language } from '../i18n/messages';
import { setUiLanguage, uiLanguage } from '../i18n/uiLanguage';
import type { GanttViewMode } from '../gantt/GanttChart';
import { buildPlanView, type PlanView } from '../planView';
import { emptyFilter, type TaskFilter } from './taskFilter';

const LAYOUT_KEY = 'tiendo.layout';

/** Where the user put the splitter, the table's columns and whether the details panel is open: remembered on this computer. */
export interface ScreenLayout {
  /** Task table width in px; null: the default (a share of the window). */
  tableWidth: number | null;
  detailsOpen: boolean;
  /** Widths (px) the user gave table columns, by column key; the others keep their default. */
  columnWidths: Record<string, number>;
  /** Keys of the table columns the user hid. */
  hiddenColumns: string[];
  /** Keys of the optional table columns (hidden by default) the user showed. */
  shownColumns: string[];
  /** Week view: ISO week numbers ("Tuần 15") in the chart header. */
  weekNumbers: boolean;
}

function initialLayout(): ScreenLayout {
  try {
    const saved = JSON.parse(localStorage.getItem(LAYOUT_KEY) ?? '{}') as Partial<ScreenLayout>;
    const widths = saved.columnWidths && typeof saved.columnWidths === 'object' ? Object.entries(saved.columnWidths) : [];
    return {
      tableWidth: typeof saved.tableWidth === 'number' && saved.tableWidth > 0 ? saved.tableWidth : null,
      detailsOpen: saved.detailsOpen !== false,
      columnWidths: Object.fromEntries(widths.filter(([, w]) => typeof w === 'number' && Number.isFinite(w) && w > 0)),
      hiddenColumns: stringList(saved.hiddenColumns),
      shownColumns: stringList(saved.shownColumns),
      weekNumbers: saved.weekNumbers === true,
    };
  } catch {
    return { tableWidth: null, detailsOpen: true, columnWidths: {}, hiddenColumns: [], shownColumns: [], weekNumbers: false };
  }
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : [];
}

/** A request to the chart from outside it ("Hôm nay", "Vừa khung"); `n` makes each click new. */
export interface ChartRequest {
  kind: 'today' | 'fit';
  n: number;
}


export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

export interface PlanStore {
  openPlan: OpenPlan | null;
  view: PlanView | null;
  /** A failure to show the user (Vietnamese message from the main process). */
  error: string | null;
  /** Information after an edit, e.g. why a dropped task starts later than asked. */
  notice: string | null;
  undo: UndoState;
  /** Selected task ids; the last one is the focus shown in the details panel. */
  selectedIds: string[];
  filter: TaskFilter;
  viewMode: GanttViewMode;
  language: Language;
  /** True while a drag previews an edit that is not yet saved. */
  previewing: boolean;
  /** The plan file's state (unsaved changes, read-only), refreshed whenever a plan is shown. */
  document: DocumentState | null;
  layout: ScreenLayout;
  chartRequest: ChartRequest | null;
  setLayout(layout: Partial<ScreenLayout>): void;
  requestChart(kind: ChartRequest['kind']): void;
  load(): Promise<void>;
  openFile(path: string): Promise<void>;
  /** Show a plan returned by the main process (after open, import, merge…). */
  showPlan(openPlan: OpenPlan): void;
  /** Saves one edit to the plan file; resolves to the created id, or throws with the Vietnamese message. */
  edit(edit: PlanEdit): Promise<string | null>;
  undoLast(): Promise<void>;
  redoLast(): Promise<void>;
  previewEdit(edit: PlanEdit | null): void;
  select(id: string | null, mode?: 'replace' | 'toggle' | 'range'): void;
  setFilter(filter: Partial<TaskFilter>): void;
  setViewMode(mode: GanttViewMode): void;
  setLanguage(language: Language): void;
  /** Shows a failure (e.g. an edit the main process refused) in the banner. */
  reportError(error: unknown): void;
  dismissError(): void;
  dismissNotice(): void;
}

const NO_UNDO: UndoState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

export const usePlanStore = create<PlanStore>((set, get) => {
  const show = (openPlan: OpenPlan) => {
    const ids = new Set(openPlan.plan.tasks.map((t) => t.id));
    set((s) => ({
      openPlan,
      view: buildPlanView(openPlan.plan),
      error: null,
      previewing: false,
      selectedIds: s.selectedIds.filter((id) => ids.has(id)),
    }));
    // After every load, edit, undo/redo and save: the header's "Chưa lưu" marker follows the file.
    Promise.resolve()
      .then(() => api().getDocumentState())
      .then((document) => set((s) => ({ document, ...(isNewNotice(document, s.document) ? { notice: document.notice } : {}) })), () => undefined);
  };
  const fail = (error: unknown) => set({ error: errorMessage(error) });
  const afterEdit = async (result: EditResult) => {
    const current = get().openPlan;
    const { baseRevision, revision, delta } = result.planChange;
    // Patch the plan this window holds when the change is to exactly that plan; otherwise (another
    // window's answer came in between, a plan was opened meanwhile) take the whole plan again.
    show(current?.revision === baseRevision ? { ...current, plan: applyPlanDelta(current.plan, delta), revision } : await api().getPlan());
    const { canUndo, canRedo, undoLabel, redoLabel } = result;
    set({ undo: { canUndo, canRedo, undoLabel, redoLabel }, notice: result.notice });
  };
  return {
    openPlan: null,
    view: null,
    error: null,
    notice: null,
    undo: NO_UNDO,
    selectedIds: [],
    filter: emptyFilter(),
    viewMode: 'Week',
    language: uiLanguage(),
    previewing: false,
    document: null,
    layout: initialLayout(),
    chartRequest: null,
    setLayout(change) {
      const layout = { ...get().layout, ...change };
      set({ layout });
      try {
        localStorage.setItem(LAYOUT_KEY, JSON.stringify(layout));
      } catch {
        // Storage unavailable: the layout still applies to this session.
      }
    },
    requestChart: (kind) => set((s) => ({ chartRequest: { kind, n: (s.chartRequest?.n ?? 0) + 1 } })),
    async load() {
      try {
        show(await api().getPlan());
        const history = await api().getHistory();
        const last = [...history].reverse().find((h) => !h.undone);
        const next = history.find((h) => h.undone);
        set({ undo: { canUndo: !!last, canRedo: !!next, undoLabel: last?.label ?? null, redoLabel: next?.label ?? null } });
      } catch (error) {
        fail(error);
      }
    },
    async openFile(path) {
      try {
        show(await api().openPlan(path));
        set({ selectedIds: [], undo: NO_UNDO });
      } catch (error) {
        // The previous plan stays open: only the message changes.
        fail(error);
      }
    },
    showPlan(openPlan) {
      show(openPlan);
    },
    async edit(edit) {
      try {
        const result = await api().applyEdit(edit);
        await afterEdit(result);
        return result.createdId;
      } catch (error) {
        // The file is unchanged: drop any preview and show the saved state again.
        const { openPlan } = get();
        if (openPlan) show(openPlan);
        throw error;
      }
    },
    async undoLast() {
      try {
        await afterEdit(await api().undo());
      } catch (error) {
        fail(error);
      }
    },
    async redoLast() {
      try {
        await afterEdit(await api().redo());
      } catch (error) {
        fail(error);
      }
    },
    previewEdit(edit) {
      const { openPlan } = get();
      if (!openPlan) return;
      if (edit === null) {
        set({ view: buildPlanView(openPlan.plan), previewing: false });
        return;
      }
      try {
        const plan = applyEdit(openPlan.plan, edit, { newId: () => crypto.randomUUID() });
        set({ view: buildPlanView(plan), previewing: true });
      } catch {
        // An invalid intermediate position: keep showing the last good preview.
      }
    },
    select(id, mode = 'replace') {
      if (id === null) return set({ selectedIds: [] });
      const { selectedIds, view } = get();
      if (mode === 'toggle') {
        return set({ selectedIds: selectedIds.includes(id) ? selectedIds.filter((s) => s !== id) : [...selectedIds, id] });
      }
      if (mode === 'range' && view && selectedIds.length > 0) {
        const order = view.tasks.map((t) => t.task.id);
        const from = order.indexOf(selectedIds[selectedIds.length - 1]!);
        const to = order.indexOf(id);
        const [a, b] = from < to ? [from, to] : [to, from];
        const range = order.slice(a, b + 1).filter((r) => r !== id);
        return set({ selectedIds: [...range, id] });
      }
      set({ selectedIds: [id] });
    },
    setFilter: (filter) => set((s) => ({ filter: { ...s.filter, ...filter } })),
    setViewMode: (viewMode) => set({ viewMode }),
    setLanguage(language) {
      setUiLanguage(language);
      set({ language });
    },
    reportError: fail,
    dismissError: () => set({ error: null }),
    dismissNotice: () => set({ notice: null }),
  };
});

/** The focused task id (last selected), for the details panel. */
export function focusedId(state: Pick<PlanStore, 'selectedIds'>): string | null {
  return state.selectedIds[state.selectedIds.length - 1] ?? null;
}

/** The document's own notice (e.g. bad text found on open) is shown once per opened file, not again after it is dismissed. */
function isNewNotice(next: DocumentState, previous: DocumentState | null): boolean {
  return next.notice !== null && (next.notice !== previous?.notice || next.path !== previous?.path);
}
