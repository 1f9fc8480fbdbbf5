/**
 * "Lịch sử thay đổi": who changed what and when, field by field, newest
 * first, from the plan file's edit history. Undone edits are greyed. The
 * filter matches any column, with or without diacritics. Every value is
 * plan text and is rendered as text.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ChangeEntry } from '../../../core/api/features/sharing';
import { foldVietnamese } from '../../../core/text';
import { api, errorMessage } from '../../api';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n/useT';
import './sharing.css';

/** Beyond this many rows the table asks for a filter instead of growing the page without end. */
const MAX_ROWS = 1000;

function searchText(entry: ChangeEntry): string {
  return foldVietnamese([entry.atText, entry.user, entry.computer, entry.action, entry.subject, entry.field, entry.before, entry.after].join(' '));
}

export function ChangesDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const [entries, setEntries] = useState<ChangeEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  useEffect(() => {
    let live = true;
    api()
      .getChanges()
      .then((found) => live && setEntries(found))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, []);
  const indexed = useMemo(() => (entries ?? []).map((entry) => ({ entry, text: searchText(entry) })), [entries]);
  const wanted = foldVietnamese(filter);
  const shown = wanted ? indexed.filter((row) => row.text.includes(wanted)) : indexed;

  return (
    <Dialog title={t('shChangesTitle')} onClose={onClose} className="changes-dialog" footer={<button type="button" onClick={onClose}>{t('dismiss')}</button>}>
      <div className="changes-filter">
        <input type="search" value={filter} placeholder={t('shChangesFilter')} aria-label={t('shChangesFilter')} onChange={(e) => setFilter(e.target.value)} autoFocus />
        {entries && <span className="dlg-note">{t('shChangesCount', { shown: shown.length, total: entries.length })}</span>}
      </div>
      {error && <p className="dlg-error" role="alert">{error}</p>}
      {entries === null && !error && <p className="dlg-note">{t('loading')}</p>}
      {entries?.length === 0 && <p className="dlg-note">{t('shChangesEmpty')}</p>}
      {shown.length > 0 && (
        <div className="changes-scroll">
          <table className="changes-table">
            <thead>
              <tr>
                <th scope="col">{t('shChangesAt')}</th>
                <th scope="col">{t('shChangesUser')}</th>
                <th scope="col">{t('shChangesSubject')}</th>
                <th scope="col">{t('shChangesField')}</th>
                <th scope="col">{t('shChangesValues')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.slice(0, MAX_ROWS).map(({ entry }, i) => (
                <tr key={`${entry.batchId}-${i}`} className={entry.undone ? 'change-undone' : undefined} title={entry.action}>
                  <td className="change-at change-short">
                    {entry.atText}
                    {entry.undone && <span className="change-undone-tag">{t('shChangesUndone')}</span>}
                  </td>
                  <td className="change-short">
                    {entry.user}
                    {entry.computer && <span className="change-computer"> @ {entry.computer}</span>}
                  </td>
                  <td>{entry.subject}</td>
                  <td className="change-short">{entry.field}</td>
                  <td className="change-values">
                    <span className="change-before">{entry.before || '—'}</span>
                    <span className="change-arrow" aria-hidden="true">
                      {' → '}
                    </span>
                    <span className="change-after">{entry.after || '—'}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown.length > MAX_ROWS && <p className="dlg-note">{t('shChangesTooMany', { n: MAX_ROWS })}</p>}
        </div>
      )}
    </Dialog>
  );
}
