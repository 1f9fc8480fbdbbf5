import { useT } from '../i18n/useT';

/** A message over the planner: a refusal or failure (error), or information after an edit (notice). */
export function ErrorBanner({ message, onDismiss, kind = 'error' }: { message: string; onDismiss(): void; kind?: 'error' | 'notice' }) {
  const t = useT();
  return (
    <div className={kind === 'error' ? 'error-banner' : 'notice-banner'} role={kind === 'error' ? 'alert' : 'status'}>
      <span>{message}</span>
      <button type="button" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}
