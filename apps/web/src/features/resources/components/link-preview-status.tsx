import { useTranslation } from '../../../i18n/use-translation';
import { useLabels } from '../../../i18n/use-labels';
import type { LinkPreviewState } from '../hooks/use-link-preview';

/** Under the URL field: the page being read, what went wrong, or what was found (with the page's image). */
export function LinkPreviewStatus({ id, state }: { id: string; state: LinkPreviewState }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <div id={id} className="link-preview" role="status" aria-live="polite">
      {state.status === 'loading' && <p className="field-hint">{t('form.link.reading')}</p>}
      {state.status === 'error' && <p className="field-error">{t('form.link.failed', { message: state.message })}</p>}
      {state.status === 'done' && (
        <div className="link-preview-found">
          {state.preview.imageData && <img src={state.preview.imageData} alt={t('form.link.imageAlt')} />}
          <p>
            {state.preview.source === 'pdf'
              ? t('form.link.pdf', { format: state.preview.format ? labels.format(state.preview.format) : '' })
              : t('form.link.filled')}
          </p>
        </div>
      )}
    </div>
  );
}
