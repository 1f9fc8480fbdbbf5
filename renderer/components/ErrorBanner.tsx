import { useT } from '../i18n/useT';

/** A failure reported by the main process; the plan on screen is unchanged. */
export function ErrorBanner({ message, onDismiss }: { message: string; onDismiss(): void }) {
  const t = useT();
  return (
    <div className="error-banner" role="alert">
      <span>{message}</span>
      <button type="button" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}
