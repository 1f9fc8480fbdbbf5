/**
 * "Nhập bảng nhiệm vụ": read a plan document or table (a .txt / .xlsx / .csv
 * file, or a table pasted from Word or Excel), show every row with its
 * window as read and its problems, and only then write: as a new plan file
 * or appended to the open plan (one step that Undo removes). After writing,
 * the plan on screen is reloaded. The lead opens it from the toolbar or the
 * File menu: <ImportPlanTableDialog onClose={…} />.
 */
import { useEffect, useState } from 'react';
import { PREVIEW_PAGE_ROWS, type ImportPreview, type ImportProgress, type ImportResult } from '../../../core/api/features/planTable';
import { api, errorMessage } from '../../api';
import { useT } from '../../i18n/useT';
import { usePlanStore } from '../../state/usePlanStore';
import { ImportPreviewTable } from './ImportPreviewTable';
import './planTable.css';
import { Dialog } from '../../components/Dialog';

export interface ImportPlanTableDialogProps {
  onClose(): void;
  /** Called after the rows were written and the plan on screen reloaded. */
  onImported?(result: ImportResult): void;
}

type Step =
  | { kind: 'source' }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'done'; result: ImportResult };

export function ImportPlanTableDialog({ onClose, onImported }: ImportPlanTableDialogProps) {
  const t = useT();
  const openPlan = usePlanStore((s) => s.openPlan);
  const [step, setStep] = useState<Step>({ kind: 'source' });
  const [pasted, setPasted] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [reading, setReading] = useState(false);
  const progress = useReadProgress(reading);

  /** Runs one API call with the busy flag and the error line. */
  async function work<T>(call: () => Promise<T>): Promise<T | null> {
    setBusy(true);
    setError(null);
    try {
      return await call();
    } catch (e) {
      setError(errorMessage(e));
      return null;
    } finally {
      setBusy(false);
    }
  }

  async function preview(source: { kind: 'file' } | { kind: 'text'; text: string }) {
    setReading(true);
    const result = await work(() => api().previewImport(source)).finally(() => setReading(false));
    if (result) {
      setOnlyProblems(false);
      setStep({ kind: 'preview', preview: result });
    }
  }

  async function apply(mode: 'new' | 'append', previewId: string) {
    const result = await work(async () => {
      const done = await api().applyImport({ mode, previewId });
      if (done) await usePlanStore.getState().load(); // show the plan now open (new file or the longer plan)
      return done;
    });
    if (result) {
      setStep({ kind: 'done', result });
      onImported?.(result);
    }
  }

  const wide = step.kind === 'preview';
  return (
    <Dialog title={t('ptImportTitle')} onClose={onClose} busy={busy} className={wide ? 'pt-dialog pt-wide' : 'pt-dialog'}>
      {step.kind === 'source' && (
        <div className="pt-source">
          <div>
            <button type="button" onClick={() => void preview({ kind: 'file' })} disabled={busy}>
              {t('ptChooseFile')}
            </button>
          </div>
          <label htmlFor="pt-paste">{t('ptPasteLabel')}</label>
          <textarea
            id="pt-paste"
            className="pt-paste"
            value={pasted}
            placeholder={t('ptPastePlaceholder')}
            onChange={(e) => setPasted(e.target.value)}
            disabled={busy}
            spellCheck={false}
          />
        </div>
      )}
      {step.kind === 'preview' && (
        <PreviewSummary
          preview={step.preview}
          onlyProblems={onlyProblems}
          setOnlyProblems={setOnlyProblems}
          onMoreRows={(rows) => setStep({ kind: 'preview', preview: { ...step.preview, rows: [...step.preview.rows, ...rows] } })}
        />
      )}
      {step.kind === 'done' && <DoneSummary result={step.result} />}
      {busy && (
        <p className="pt-status">
          {step.kind === 'preview'
            ? t('ptApplying')
            : progress && progress.totalRows > 0
              ? t('ptReadingRows', { read: progress.rowsRead, total: progress.totalRows })
              : t('ptReading')}
          {reading && (
            <button type="button" className="pt-inline" onClick={() => void api().cancelImport()}>
              {t('ptCancelReading')}
            </button>
          )}
        </p>
      )}
      {error && (
        <p className="pt-status pt-error" role="alert">
          {error}
        </p>
      )}
      <div className="pt-actions">
        {step.kind === 'source' && (
          <>
            <button type="button" onClick={onClose} disabled={busy}>
              {t('dismiss')}
            </button>
            <button type="button" className="pt-primary" onClick={() => void preview({ kind: 'text', text: pasted })} disabled={busy || pasted.trim() === ''}>
              {t('ptPreviewPasted')}
            </button>
          </>
        )}
        {step.kind === 'preview' && (
          <>
            <button type="button" onClick={() => setStep({ kind: 'source' })} disabled={busy}>
              {t('ptBack')}
            </button>
            <button type="button" onClick={() => void apply('new', step.preview.previewId)} disabled={busy || step.preview.totalRows === 0}>
              {t('ptCreateNew')}
            </button>
            <button
              type="button"
              className="pt-primary"
              onClick={() => void apply('append', step.preview.previewId)}
              disabled={busy || step.preview.totalRows === 0 || !openPlan || openPlan.readOnly}
              title={openPlan?.readOnly ? t('ptReadOnly') : undefined}
            >
              {t('ptAppend')}
            </button>
          </>
        )}
        {step.kind === 'done' && (
          <button type="button" className="pt-primary" onClick={onClose}>
            {t('dismiss')}
          </button>
        )}
      </div>
    </Dialog>
  );
}

/** While a read runs, asks the main process how far it is (the read happens in a worker thread there). */
function useReadProgress(reading: boolean): ImportProgress | null {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => {
    if (!reading) return setProgress(null);
    const timer = setInterval(() => void api().importProgress().then(setProgress, () => undefined), 250);
    return () => clearInterval(timer);
  }, [reading]);
  return progress;
}

function PreviewSummary(props: { preview: ImportPreview; onlyProblems: boolean; setOnlyProblems(v: boolean): void; onMoreRows(rows: ImportPreview['rows']): void }) {
  const t = useT();
  const { preview, onlyProblems, setOnlyProblems, onMoreRows } = props;
  const flagged = preview.flaggedRows;
  const more = Math.min(PREVIEW_PAGE_ROWS, preview.totalRows - preview.rows.length);
  const [loading, setLoading] = useState(false);
  async function loadMore() {
    setLoading(true);
    try {
      onMoreRows(await api().previewImportRows({ previewId: preview.previewId, offset: preview.rows.length, limit: more }));
    } finally {
      setLoading(false);
    }
  }
  const readOnly = usePlanStore((s) => s.openPlan?.readOnly ?? false);
  return (
    <>
      <p className="pt-summary" role="status">
        {t('ptSummary', { source: preview.sourceName, rows: preview.totalRows, flagged })}
        {preview.title !== '' && ` — ${preview.title}`}
      </p>
      {preview.problems.length > 0 && (
        <ul className="pt-problems">
          {preview.problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
      {preview.newUnits.length > 0 && <p className="pt-note">{t('ptNewUnits', { units: preview.newUnits.join('; ') })}</p>}
      {readOnly && <p className="pt-note">{t('ptReadOnly')}</p>}
      {preview.totalRows === 0 ? (
        <p className="pt-error">{t('ptNoRows')}</p>
      ) : (
        <>
          {flagged > 0 && (
            <label className="pt-note">
              <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} />
              {t('ptOnlyProblems')}
            </label>
          )}
          <ImportPreviewTable rows={preview.rows} onlyProblems={onlyProblems} skipped={preview.skipped} />
          {more > 0 && (
            <p className="pt-note">
              {t('ptShownRows', { shown: preview.rows.length, total: preview.totalRows })}{' '}
              <button type="button" onClick={() => void loadMore()} disabled={loading}>
                {t('ptLoadMoreRows', { n: more })}
              </button>
            </p>
          )}
          {flagged > 0 && <p className="pt-note">{t('ptFlaggedHint')}</p>}
        </>
      )}
    </>
  );
}

function DoneSummary({ result }: { result: ImportResult }) {
  const t = useT();
  return (
    <div role="status">
      <p className="pt-saved">
        {result.mode === 'new'
          ? t('ptImportedNew', { n: result.addedTasks, file: result.openPlan.fileName })
          : t('ptImportedAppend', { n: result.addedTasks })}
      </p>
      {result.addedUnits.length > 0 && <p className="pt-note">{t('ptUnitsAdded', { units: result.addedUnits.join('; ') })}</p>}
      {result.flaggedTasks > 0 && <p className="pt-note">{t('ptFlaggedNote', { n: result.flaggedTasks })}</p>}
    </div>
  );
}
