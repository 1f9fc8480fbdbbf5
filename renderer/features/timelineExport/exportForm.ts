/**
 * The export dialog's fields and how they become TimelineExportOptions:
 * pure, so the rules (dd/mm/yyyy dates, PDF needs paper, which filter) are
 * tested without a browser.
 */
import { formatViDate, parseViDate } from '../../../core/dates';
import type { TimelineExportOptions, TimelineFilter, TimelinePreset } from '../../../core/export/options';
import type { PlanInfo } from '../../../core/model';
import type { ImageFormat, PixelScale } from './exportImages';

export type ExportFormat = ImageFormat | 'pdf';

export interface ExportForm {
  format: ExportFormat;
  scale: PixelScale;
  preset: TimelinePreset;
  orientation: 'landscape' | 'portrait';
  /** As typed: dd/mm/yyyy. */
  from: string;
  to: string;
  timeScale: 'week' | 'month';
  showDaysOff: boolean;
  smallText: boolean;
  /** Bắt đầu / Kết thúc columns; dates and % beside the bars. */
  dateColumns: boolean;
  barLabels: boolean;
  /** The approved baseline's grey bars (on by default when the chart shows them). */
  baseline: boolean;
  useCurrentFilter: boolean;
  criticalOnly: boolean;
  /** '' = every unit. */
  leadUnitId: string;
}

/** `range`: the default export range (plan start to deadline, widened to the schedule); the plan's dates without it. */
export function initialForm(info: PlanInfo, range?: { start: string; finish: string }, baseline = false): ExportForm {
  return {
    format: 'png',
    scale: 2,
    preset: 'slide',
    orientation: 'landscape',
    from: formatViDate(range?.start ?? info.startDate),
    to: formatViDate(range?.finish ?? info.endDate),
    timeScale: 'week',
    showDaysOff: true,
    smallText: false,
    dateColumns: false,
    barLabels: false,
    baseline,
    useCurrentFilter: false,
    criticalOnly: false,
    leadUnitId: '',
  };
}

/** A change to one field, keeping the form consistent (a PDF is printed on paper, never on a slide). */
export function updateForm(form: ExportForm, change: Partial<ExportForm>): ExportForm {
  const next = { ...form, ...change };
  if (next.format === 'pdf' && next.preset === 'slide') next.preset = 'A4';
  return next;
}

export type FormResult = { ok: true; options: TimelineExportOptions } | { ok: false; badDate: string };

export function formToOptions(
  form: ExportForm,
  context: { today: string; language: 'vi' | 'en'; currentFilter: TimelineFilter | null },
): FormResult {
  const rangeStart = parseViDate(form.from);
  if (!rangeStart) return { ok: false, badDate: form.from };
  const rangeEnd = parseViDate(form.to);
  if (!rangeEnd) return { ok: false, badDate: form.to };
  const filter: TimelineFilter = {};
  if (form.useCurrentFilter && context.currentFilter) Object.assign(filter, context.currentFilter);
  if (form.criticalOnly) filter.criticalOnly = true;
  // Both the screen's filter and the dialog's unit must hold.
  if (form.leadUnitId !== '') filter.leadUnitIds = (filter.leadUnitIds ?? [form.leadUnitId]).filter((id) => id === form.leadUnitId);
  return {
    ok: true,
    options: {
      rangeStart,
      rangeEnd,
      filter: Object.keys(filter).length > 0 ? filter : null,
      preset: form.preset,
      orientation: form.orientation,
      timeScale: form.timeScale,
      showNonWorkingDays: form.showDaysOff,
      fontScale: form.smallText ? 0.8 : 1,
      language: context.language,
      today: context.today,
      // Only when chosen: options without them keep their earlier shape (and print route).
      ...(form.dateColumns ? { showDateColumns: true } : {}),
      ...(form.barLabels ? { showBarLabels: true } : {}),
      ...(form.baseline ? { showBaseline: true } : {}),
    },
  };
}
