/**
 * "Báo cáo tiến độ…": the progress report as of the plan's status date (else
 * today) as one A4 page (PDF), a Word document or a 16:9 slide (PNG), in
 * Vietnamese or English, optionally grouped by lead unit, compared with a
 * chosen baseline; with a preview of what will be saved. A changed choice
 * clears the last result line (it was about the previous file).
 */
import { useMemo, useState } from 'react';
import { isoFromLocalDate, formatViDate } from '../../../core/dates';
import type { Language } from '../../../core/language';
import { buildProgressReport, type ProgressReport } from '../../../core/report/progressReport';
import { progressReportOptions, type ReportFormat, type ReportOptions } from '../../../core/report/reportOptions';
import { reportPageSvg } from '../../../core/report/reportPage';
import { REPORT_SLIDE, reportSlideSvg } from '../../../core/report/reportSlide';
import { api, errorMessage } from '../../api';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n/useT';
import { usePlanStore } from '../../state/usePlanStore';
import { EMBEDDED_FONT_CSS } from '../timelineExport/exportFont';
import { svgToPngBase64, textToBase64 } from '../timelineExport/svgToPng';
import './progressReport.css';

type Outcome = { kind: 'working' } | { kind: 'saved'; path: string } | { kind: 'error'; message: string } | null;

export function ProgressReportDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const openPlan = usePlanStore((s) => s.openPlan);
  const uiLanguage = usePlanStore((s) => s.language);
  const plan = openPlan?.plan ?? null;
  const [format, setFormat] = useState<ReportFormat>('pdf');
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [groupByUnit, setGroupByUnit] = useState(false);
  const baselines = useMemo(() => [...(plan?.baselines ?? [])].sort((a, b) => a.index - b.index), [plan]);
  const [baselineIndex, setBaselineIndex] = useState<number | undefined>(undefined);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const today = useMemo(() => isoFromLocalDate(new Date()), []);

  const options = useMemo((): ReportOptions => ({ language, groupByUnit, today, ...(baselineIndex !== undefined ? { baselineIndex } : {}) }), [language, groupByUnit, baselineIndex, today]);
  const built = useMemo((): { report: ProgressReport } | { error: string } | null => {
    if (!plan) return null;
    try {
      return { report: buildProgressReport(plan, progressReportOptions(options)) };
    } catch (error) {
      return { error: errorMessage(error) };
    }
  }, [plan, options]);
  const preview = useMemo(() => {
    if (!built || 'error' in built) return null;
    const svg = format === 'png' ? reportSlideSvg(built.report, { language, fontCss: EMBEDDED_FONT_CSS }) : reportPageSvg(built.report, { language, fontCss: EMBEDDED_FONT_CSS });
    return { svg, src: `data:image/svg+xml;base64,${textToBase64(svg)}` };
  }, [built, format, language]);

  if (!plan || !openPlan) return null;
  const busy = outcome?.kind === 'working';

  async function run() {
    if (!built || 'error' in built || !preview || !openPlan) return;
    setOutcome({ kind: 'working' });
    try {
      const saved =
        format === 'png'
          ? await api().saveProgressReportSlide({
              dataBase64: await svgToPngBase64(preview.svg, REPORT_SLIDE.width, REPORT_SLIDE.height, 2),
              suggestedName: `${openPlan.fileName.replace(/\.tiendo$/i, '')} - Báo cáo tiến độ (trình chiếu)`,
            })
          : await api().exportProgressReport({ format, options });
      setOutcome(saved ? { kind: 'saved', path: saved.path } : null);
    } catch (error) {
      setOutcome({ kind: 'error', message: errorMessage(error) });
    }
  }

  const report = built && 'report' in built ? built.report : null;
  return (
    <Dialog
      title={t('prTitle')}
      onClose={onClose}
      busy={busy}
      className="pr-dialog"
      footer={
        <>
          <button type="button" onClick={onClose} disabled={busy}>
            {t('prClose')}
          </button>
          <button type="button" className="dlg-primary" onClick={() => void run()} disabled={busy || !report}>
            {t('prExport')}
          </button>
        </>
      }
    >
      <div className="pr-body">
        <div className="pr-fields">
          <fieldset>
            <legend>{t('prFormat')}</legend>
            {(['pdf', 'docx', 'png'] as const).map((f) => (
              <label key={f} className="pr-choice">
                <input type="radio" name="pr-format" value={f} checked={format === f} onChange={() => (setFormat(f), setOutcome(null))} disabled={busy} />
                {t(f === 'pdf' ? 'prPdf' : f === 'docx' ? 'prDocx' : 'prSlide')}
              </label>
            ))}
          </fieldset>
          <label className="pr-field">
            {t('prLanguage')}
            <select value={language} onChange={(e) => (setLanguage(e.target.value as Language), setOutcome(null))} disabled={busy}>
              <option value="vi">Tiếng Việt</option>
              <option value="en">English</option>
            </select>
          </label>
          <label className="pr-choice">
            <input type="checkbox" checked={groupByUnit} onChange={(e) => (setGroupByUnit(e.target.checked), setOutcome(null))} disabled={busy} />
            {t('prByUnit')}
          </label>
          <label className="pr-field">
            {t('prBaseline')}
            <select
              value={baselineIndex ?? ''}
              onChange={(e) => (setBaselineIndex(e.target.value === '' ? undefined : Number(e.target.value)), setOutcome(null))}
              disabled={busy || baselines.length === 0}
            >
              <option value="">{baselines.length === 0 ? t('prNoBaseline') : t('prBaselineDefault')}</option>
              {baselines.map((b) => (
                <option key={b.index} value={b.index}>
                  {`${b.name} (${formatViDate(b.savedOn)})`}
                </option>
              ))}
            </select>
          </label>
          {report && (
            <p className="dlg-note" data-report-summary>
              {plan.info.statusDate === null ? t('prNoStatusDate', { date: formatViDate(report.statusDate) }) : t('prStatusDate', { date: formatViDate(report.statusDate) })}{' '}
              {t('prSummary', { done: report.counts.done, total: report.total, late: report.counts.late, finish: formatViDate(report.projected.finish) })}
            </p>
          )}
          {built && 'error' in built && (
            <p className="dlg-error" role="alert">
              {built.error}
            </p>
          )}
          {outcome?.kind === 'working' && (
            <p className="dlg-note pr-status" role="status">
              {t('prWorking')}
            </p>
          )}
          {outcome?.kind === 'saved' && (
            <p className="dlg-note pr-status" role="status">
              {t('prSaved', { path: outcome.path })}
            </p>
          )}
          {outcome?.kind === 'error' && (
            <p className="dlg-error pr-status" role="alert">
              {outcome.message}
            </p>
          )}
        </div>
        {preview && <img className={format === 'png' ? 'pr-preview pr-preview-slide' : 'pr-preview'} src={preview.src} alt={t('prPreview')} />}
      </div>
    </Dialog>
  );
}
