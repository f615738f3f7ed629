import { useTranslation } from 'react-i18next';

/** What a page shows while its data loads. */
export function LoadingMessage({ text }: { text: string }) {
  return (
    <p className="placeholder" role="status">
      {text}
    </p>
  );
}

/** What a page shows when its data could not be loaded, with a way to try again. */
export function LoadError({ text, onRetry }: { text: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert">
      <p>{text}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
