/** "Phím tắt" (F1 or "?"): every keyboard shortcut, read from the same table the key handler uses. */
import { Dialog } from '../components/Dialog';
import { useT } from '../i18n/useT';
import { COMMAND_SHORTCUTS, OTHER_SHORTCUTS, displayKeys } from './shortcutList';

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const rows = [...COMMAND_SHORTCUTS, ...OTHER_SHORTCUTS];
  return (
    <Dialog
      title={t('kbTitle')}
      onClose={onClose}
      footer={
        <button type="button" className="dlg-primary" onClick={onClose}>
          {t('kbClose')}
        </button>
      }
    >
      <table className="kb-table">
        <thead>
          <tr>
            <th scope="col">{t('kbAction')}</th>
            <th scope="col">{t('kbKeys')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <td>{t(row.label)}</td>
              <td>
                {row.keys.map((combo, i) => (
                  <span key={combo}>
                    {i > 0 && ' / '}
                    <kbd>{displayKeys(combo)}</kbd>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
