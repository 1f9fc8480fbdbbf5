/**
 * "Gộp thay đổi": the conflicts a merge could not settle (the same field
 * changed on both sides, a row deleted on one side and edited on the other,
 * a dependency loop, a different order), each with the original, my and the
 * other version, and a choice per conflict. Everything else was merged
 * already. The texts come from the plan file: React renders them as text.
 */
import { useState } from 'react';
import type { Conflict } from '../../../core/api/features/sharing';
import type { MergeChoices, MergeSide } from '../../../core/merge/types';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n/useT';
import './sharing.css';

export interface MergeConflictsDialogProps {
  conflicts: readonly Conflict[];
  /** Automatic adjustments made by the merge (renamed duplicate units…). */
  notes?: readonly string[];
  busy?: boolean;
  onResolve(choices: MergeChoices): void;
  onCancel(): void;
}

export function MergeConflictsDialog({ conflicts, notes = [], busy = false, onResolve, onCancel }: MergeConflictsDialogProps) {
  const t = useT();
  const [choices, setChoices] = useState<MergeChoices>(() => Object.fromEntries(conflicts.map((c) => [c.id, 'mine' as const])));
  const all = (side: MergeSide) => setChoices(Object.fromEntries(conflicts.map((c) => [c.id, side])));
  const footer = (
    <>
      <button type="button" onClick={() => all('mine')} disabled={busy}>
        {t('mergeAllMine')}
      </button>
      <button type="button" onClick={() => all('theirs')} disabled={busy}>
        {t('mergeAllTheirs')}
      </button>
      <button type="button" onClick={onCancel} disabled={busy}>
        {t('mergeLater')}
      </button>
      <button type="button" className="dlg-primary" onClick={() => onResolve(choices)} disabled={busy}>
        {t('mergeApply')}
      </button>
    </>
  );
  return (
    <Dialog title={t('mergeTitle')} onClose={onCancel} footer={footer} busy={busy} className="merge-dialog">
      <p className="dlg-note">{t('mergeIntro', { n: conflicts.length })}</p>
      <table className="merge-table">
        <thead>
          <tr>
            <th scope="col">{t('mergeItem')}</th>
            <th scope="col">{t('mergeBase')}</th>
            <th scope="col">{t('mergeMine')}</th>
            <th scope="col">{t('mergeTheirs')}</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <span className="merge-label">{c.label}</span>
                <span className="merge-field">{c.fieldLabel}</span>
              </th>
              <td className="merge-base">{c.display.base}</td>
              {(['mine', 'theirs'] as const).map((side) => (
                <td key={side} className={choices[c.id] === side ? 'merge-chosen' : undefined}>
                  <label>
                    <input
                      type="radio"
                      name={`merge-${c.id}`}
                      checked={choices[c.id] === side}
                      disabled={busy}
                      onChange={() => setChoices((current) => ({ ...current, [c.id]: side }))}
                      aria-label={`${c.label} — ${c.fieldLabel}: ${side === 'mine' ? t('mergeMine') : t('mergeTheirs')}`}
                    />
                    <span>{c.display[side]}</span>
                  </label>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {notes.length > 0 && (
        <section className="merge-notes">
          <h3>{t('mergeNotes')}</h3>
          <ul>
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      )}
    </Dialog>
  );
}
