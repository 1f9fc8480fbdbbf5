/**
 * "Gửi bản sao…": before the save dialog, whether the edit history (who
 * changed what, on which computer) goes with the copy. Left out by default:
 * a copy sent outside the office carries only the plan.
 */
import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n/useT';
import { sendCopy } from './sharingActions';
import './sharing.css';

export function SendCopyDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const [withoutHistory, setWithoutHistory] = useState(true);
  const footer = (
    <>
      <button type="button" onClick={onClose}>
        {t('shCancel')}
      </button>
      <button type="button" className="dlg-primary" onClick={() => void sendCopy(withoutHistory)}>
        {t('shSendCopyChoose')}
      </button>
    </>
  );
  return (
    <Dialog title={t('shSendCopyTitle')} onClose={onClose} footer={footer} className="send-copy-dialog">
      <p className="dlg-note">{t('shSendCopyIntro')}</p>
      <label className="send-copy-option">
        <input type="checkbox" checked={withoutHistory} onChange={(e) => setWithoutHistory(e.target.checked)} />
        <span>
          {t('shWithoutHistory')}
          <span className="dlg-note send-copy-explain">{t('shWithoutHistoryExplain')}</span>
        </span>
      </label>
    </Dialog>
  );
}
