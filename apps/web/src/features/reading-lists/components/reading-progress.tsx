import { useId } from 'react';
import { useTranslation } from '../../../i18n/use-translation';

/** « Votre lecture : 7/12 lus » and the same as a progress bar (text first: the bar alone would be a colour). */
export function ReadingProgress({ read, total }: { read: number; total: number }) {
  const { t } = useTranslation();
  const textId = useId();
  if (total === 0) return null;
  return (
    <div className="reading-progress">
      <p id={textId} className="reading-progress-text">
        {t('readingLists.page.progressTitle')} <strong>{t('readingLists.progress', { count: read, total })}</strong>
      </p>
      <progress value={read} max={total} aria-label={t('readingLists.page.progressBar')} aria-describedby={textId}>
        {t('readingLists.progress', { count: read, total })}
      </progress>
    </div>
  );
}
