/** Next to the file name: "• Chưa lưu" while the file lags behind the working copy, and why the plan is read-only. */
import { useT } from '../../i18n/useT';
import type { MessageKey } from '../../i18n/messages';
import { usePlanStore } from '../../state/usePlanStore';
import './sharing.css';

const READ_ONLY_REASONS: Record<string, MessageKey> = {
  requested: 'shReadOnlyRequested',
  'file-read-only': 'shReadOnlyFile',
  'newer-version': 'shReadOnlyNewer',
};

export function DocumentBadges() {
  const t = useT();
  const doc = usePlanStore((s) => s.document);
  if (!doc) return null;
  const reason = doc.readOnlyReason ? READ_ONLY_REASONS[doc.readOnlyReason] : undefined;
  return (
    <>
      {doc.dirty && (
        <span className="doc-dirty" data-unsaved title={t('shUnsavedTitle')}>
          <span aria-hidden="true">•</span> {t('shUnsaved')}
        </span>
      )}
      {doc.readOnly && (
        <span className="doc-readonly" data-read-only title={reason ? t(reason) : undefined}>
          {t('shReadOnly')}
        </span>
      )}
    </>
  );
}
