/**
 * "Khôi phục kế hoạch chưa lưu": offered at start when a crash (or closing
 * without saving) left working copies with unsaved changes. Each can be
 * recovered (it opens, still unsaved) or discarded after a confirmation.
 * "Để sau" keeps them for the next start.
 */
import { useState } from 'react';
import type { RecoverableDocument } from '../../../core/api/features/sharing';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n/useT';
import { formatDateTime } from './formatTime';
import { discardRecovery, recoverDocument } from './sharingActions';
import { useSharingStore } from './useSharingStore';
import './sharing.css';

export function RecoveryDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const recoverable = useSharingStore((s) => s.recoverable);
  const busy = useSharingStore((s) => s.busy);
  return (
    <Dialog
      title={t('shRecoveryTitle')}
      onClose={onClose}
      busy={busy}
      className="recovery-dialog"
      footer={
        <button type="button" onClick={onClose} disabled={busy}>
          {t('shRecoveryLater')}
        </button>
      }
    >
      <p className="dlg-note">{t('shRecoveryIntro')}</p>
      <ul className="recovery-list">
        {recoverable.map((doc) => (
          <RecoveryItem key={doc.id} doc={doc} busy={busy} />
        ))}
      </ul>
    </Dialog>
  );
}

function RecoveryItem({ doc, busy }: { doc: RecoverableDocument; busy: boolean }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="recovery-item" data-recovery-id={doc.id}>
      <div className="recovery-info">
        <span className="recovery-name">{doc.fileName}</span>
        <span className="recovery-path">{doc.originalPath ?? t('shRecoveryNeverSaved')}</span>
        <span className="recovery-meta">{t('shRecoveryMeta', { at: formatDateTime(doc.modifiedAt), user: doc.user, computer: doc.computer })}</span>
        {doc.originalChanged && <span className="recovery-warning">{t('shRecoveryOriginalChanged')}</span>}
      </div>
      {confirming ? (
        <div className="recovery-actions recovery-confirm" role="group" aria-label={t('shRecoveryDiscardAsk')}>
          <span>{t('shRecoveryDiscardAsk')}</span>
          <button type="button" className="dlg-danger" disabled={busy} onClick={() => void discardRecovery(doc.id)}>
            {t('shRecoveryDiscardYes')}
          </button>
          <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
            {t('shRecoveryDiscardNo')}
          </button>
        </div>
      ) : (
        <div className="recovery-actions">
          <button type="button" className="dlg-primary" disabled={busy} onClick={() => void recoverDocument(doc.id)}>
            {t('shRecover')}
          </button>
          <button type="button" className="dlg-danger" disabled={busy} onClick={() => setConfirming(true)}>
            {t('shRecoveryDiscard')}
          </button>
        </div>
      )}
    </li>
  );
}
