/**
 * "Xuất phụ lục nhiệm vụ cụ thể": the plan table as XLSX, CSV or DOCX, with
 * the optional computed columns, or the whole plan as MS Project XML or a
 * GanttProject file. The main process asks where to save and
 * writes the file; this only chooses. The lead opens it from the toolbar or
 * the File menu: <ExportPlanTableDialog onClose={…} />.
 */
import { useState } from 'react';
import type { PlanTableExport } from '../../../core/api/features/planTable';
import { COMPUTED_COLUMNS, type ComputedColumn, type PlanExportFormat } from '../../../core/formats/columns';
import { api, errorMessage } from '../../api';
import type { Language, MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import { usePlanStore } from '../../state/usePlanStore';
import './planTable.css';
import { Dialog } from '../../components/Dialog';

export interface ExportPlanTableDialogProps {
  onClose(): void;
  /** Called after a file was written (not when the save dialog is cancelled). */
  onExported?(result: PlanTableExport): void;
}

const FORMAT_LABELS: Record<PlanExportFormat, MessageKey> = { xlsx: 'ptXlsx', csv: 'ptCsv', docx: 'ptDocx', mspdi: 'ptMspdi', gan: 'ptGan' };
const COLUMN_LABELS: Record<ComputedColumn, MessageKey> = {
  start: 'ptColStart',
  finish: 'ptColFinish',
  percentComplete: 'ptColProgress',
  critical: 'ptColCritical',
  late: 'ptColLate',
};

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'saved'; result: PlanTableExport } | { kind: 'error'; message: string };

export function ExportPlanTableDialog({ onClose, onExported }: ExportPlanTableDialogProps) {
  const t = useT();
  const [format, setFormat] = useState<PlanExportFormat>('xlsx');
  const [columns, setColumns] = useState<Set<ComputedColumn>>(() => new Set(['start', 'finish']));
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const busy = status.kind === 'busy';
  // The whole plan for another planner: its own columns do not apply.
  const exchange = format === 'mspdi' || format === 'gan';

  const toggle = (column: ComputedColumn) =>
    setColumns((current) => {
      const next = new Set(current);
      if (next.has(column)) next.delete(column);
      else next.add(column);
      return next;
    });

  async function exportTable() {
    setStatus({ kind: 'busy' });
    try {
      const result = await api().exportPlanTable({ format, columns: COMPUTED_COLUMNS.filter((c) => columns.has(c)) });
      if (result === null) return setStatus({ kind: 'idle' }); // the user cancelled the save dialog
      setStatus({ kind: 'saved', result });
      onExported?.(result);
    } catch (error) {
      setStatus({ kind: 'error', message: errorMessage(error) });
    }
  }

  return (
    <Dialog title={t('ptExportTitle')} onClose={onClose} busy={busy} className="pt-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void exportTable();
        }}
      >
        <fieldset disabled={busy}>
          <legend>{t('ptFormat')}</legend>
          {(Object.keys(FORMAT_LABELS) as PlanExportFormat[]).map((f) => (
            <label key={f}>
              <input type="radio" name="pt-format" value={f} checked={format === f} onChange={() => setFormat(f)} />
              {t(FORMAT_LABELS[f])}
            </label>
          ))}
        </fieldset>
        {exchange && <p className="pt-note">{t('ptExchangeNote')}</p>}
        <fieldset disabled={busy || exchange}>
          <legend>{t('ptColumns')}</legend>
          {COMPUTED_COLUMNS.map((c) => (
            <label key={c}>
              <input type="checkbox" name={`pt-col-${c}`} checked={columns.has(c)} onChange={() => toggle(c)} />
              {t(COLUMN_LABELS[c])}
            </label>
          ))}
        </fieldset>
        <p className="pt-note">{t('ptPlanColumns')}</p>
        {format === 'csv' && <p className="pt-note">{t('ptCsvNote')}</p>}
        <ExportStatus status={status} />
        <div className="pt-actions">
          <button type="button" onClick={onClose} disabled={busy}>
            {t('dismiss')}
          </button>
          <button type="submit" className="pt-primary" disabled={busy}>
            {busy ? t('ptExporting') : t('ptExport')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function ExportStatus({ status }: { status: Status }) {
  const t = useT();
  const language = usePlanStore((s) => s.language);
  if (status.kind === 'saved') {
    return (
      <p className="pt-status pt-saved" role="status">
        {t('ptExported', { path: status.result.path, size: formatSize(status.result.bytes, language) })}
      </p>
    );
  }
  if (status.kind === 'error') {
    return (
      <p className="pt-status pt-error" role="alert">
        {status.message}
      </p>
    );
  }
  return null;
}

function formatSize(bytes: number, language: Language): string {
  const number = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  return bytes < 1024 ? `${bytes} B` : `${number.format(bytes / 1024)} KB`;
}
