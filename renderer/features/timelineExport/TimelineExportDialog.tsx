/**
 * "Xuất biểu đồ tiến độ": the timeline as PNG (1×/2×/3×), SVG or PDF, on
 * slides (1920×1080) or A4/A3 paper, for a date range and a filter, with a
 * preview of every page (one at a time, with page buttons), the page count
 * and progress. The lead wires a
 * toolbar button "Xuất…" to render it; `currentFilter` is the screen's filter
 * when there is one.
 */
import { useBaselineView } from '../baselines/useBaselineView';
import { useMemo, useState } from 'react';
import { isoFromLocalDate } from '../../../core/dates';
import type { TimelineExportOptions, TimelineFilter } from '../../../core/export/options';
import { defaultExportRange, type TimelineLayout } from '../../../core/export/timelineLayout';
import { renderTimelineSvg } from '../../../core/export/timelineSvg';
import { schedulePlan } from '../../../core/schedule';
import { errorMessage } from '../../api';
import { translate } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import { usePlanStore } from '../../state/usePlanStore';
import { EMBEDDED_FONT_CSS } from './exportFont';
import { formToOptions, initialForm, updateForm, type ExportForm } from './exportForm';
import { layoutForExport, type PixelScale } from './exportImages';
import { ExportFields } from './ExportFields';
import { textToBase64 } from './svgToPng';
import { useExportRun } from './useExportRun';
import './timelineExport.css';
import { Dialog } from '../../components/Dialog';

export interface TimelineExportDialogProps {
  onClose(): void;
  currentFilter?: TimelineFilter | null;
}

type Preview = { kind: 'ok'; options: TimelineExportOptions; layout: TimelineLayout } | { kind: 'error'; error: string };

export function TimelineExportDialog({ onClose, currentFilter = null }: TimelineExportDialogProps) {
  const t = useT();
  const openPlan = usePlanStore((s) => s.openPlan);
  const language = usePlanStore((s) => s.language);
  const plan = openPlan?.plan ?? null;
  // The user's choices; until the first change, the defaults of the plan (which may still be loading).
  const [edited, setEdited] = useState<ExportForm | null>(null);
  const showBaseline = useBaselineView((s) => s.show);
  const defaults = useMemo(
    () => (plan ? initialForm(plan.info, defaultExportRange(plan, schedulePlan(plan)), showBaseline && (plan.baselines?.length ?? 0) > 0) : null),
    [plan, showBaseline],
  );
  const form = edited ?? defaults;
  const { state, busy, run, stop } = useExportRun();
  const today = useMemo(() => isoFromLocalDate(new Date()), []);

  // Options, page count and layout follow every change of the form.
  const preview = useMemo((): Preview | null => {
    if (!plan || !form) return null;
    const result = formToOptions(form, { today, language, currentFilter });
    if (!result.ok) return { kind: 'error', error: translate(language, 'txBadDate', { text: result.badDate }) };
    try {
      return { kind: 'ok', options: result.options, layout: layoutForExport(plan, result.options) };
    } catch (error) {
      return { kind: 'error', error: errorMessage(error) };
    }
    // Not `t`: useT returns a new function each render, and progress re-renders must not redo the layout.
  }, [plan, form, today, language, currentFilter]);
  // The page shown in the preview (kept within the layout's pages as the form changes).
  const [pageWanted, setPage] = useState(0);
  const pageCount = preview?.kind === 'ok' ? preview.layout.pages.length : 0;
  const page = Math.min(pageWanted, Math.max(0, pageCount - 1));
  const image = useMemo(() => {
    if (preview?.kind !== 'ok') return null;
    const svg = renderTimelineSvg(preview.layout, page, { fontCss: EMBEDDED_FONT_CSS, idPrefix: 'preview' });
    return `data:image/svg+xml;base64,${textToBase64(svg)}`;
  }, [preview, page]);

  // Only units that lead a task can be chosen (the plan also lists the 30 recipients).
  const leadUnits = useMemo(() => {
    const leads = new Set(plan?.tasks.map((t) => t.leadUnitId));
    return plan?.units.filter((u) => leads.has(u.id)) ?? [];
  }, [plan]);

  if (!plan || !form || !openPlan) return null;
  const change = (c: Partial<ExportForm>) => setEdited(updateForm(form, c));
  const canExport = !busy && preview?.kind === 'ok';

  return (
    <Dialog title={t('txTitle')} onClose={onClose} busy={busy} className="tx-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (preview?.kind === 'ok') void run(plan, openPlan.fileName, preview.options, form.format, form.scale as PixelScale);
        }}
      >
        <div className="tx-body">
          <ExportFields form={form} onChange={change} units={leadUnits} hasCurrentFilter={currentFilter !== null} disabled={busy} />
          <div className="tx-side">
            {preview?.kind === 'ok' && image && (
              <>
                <img className="tx-preview" src={image} alt={t('txPreview')} />
                <div className="tx-pager">
                  <button type="button" onClick={() => setPage(page - 1)} disabled={page === 0} aria-label={t('txPrevPage')}>
                    ‹
                  </button>
                  <span>{t('txPreviewPage', { n: page + 1, of: pageCount })}</span>
                  <button type="button" onClick={() => setPage(page + 1)} disabled={page >= pageCount - 1} aria-label={t('txNextPage')}>
                    ›
                  </button>
                </div>
                <p className="tx-summary">{t('txSummary', { tasks: preview.layout.shownTasks, pages: pageCount })}</p>
              </>
            )}
            {preview?.kind === 'error' && (
              <p className="tx-error" role="alert">
                {preview.error}
              </p>
            )}
          </div>
        </div>
        <RunStatus state={state} />
        <div className="tx-actions">
          {busy && state.kind === 'rendering' && (
            <button type="button" onClick={stop}>
              {t('txStop')}
            </button>
          )}
          <button type="button" onClick={onClose} disabled={busy}>
            {t('dismiss')}
          </button>
          <button type="submit" className="tx-primary" disabled={!canExport}>
            {t('txExport')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function RunStatus({ state }: { state: ReturnType<typeof useExportRun>['state'] }) {
  const t = useT();
  switch (state.kind) {
    case 'idle':
    case 'choosing':
      return null;
    case 'rendering': {
      const { done, total } = state.progress;
      return (
        <div className="tx-status" aria-live="polite">
          <progress value={done} max={total} />
          <span>{done < total ? t('txProgress', { done: done + 1, total }) : t('txSaving')}</span>
        </div>
      );
    }
    case 'printing':
      return (
        <div className="tx-status" aria-live="polite">
          <progress />
          <span>{t('txPrinting')}</span>
        </div>
      );
    case 'saved':
      return (
        <p className="tx-status tx-saved" role="status">
          {state.saved.paths.length > 1 ? t('txSavedMany', { n: state.saved.paths.length, path: state.saved.path }) : t('txSaved', { path: state.saved.path })}
        </p>
      );
    case 'notSaved':
      return <p className="tx-status" role="status">{t('txNotSaved')}</p>;
    case 'failed':
      return <p className="tx-status tx-error" role="alert">{state.message}</p>;
  }
}
