import { useEffect } from 'react';
import { useTranslation } from '../i18n/use-translation';

/** Sets the tab title to "<page> · Culture commune" (just the site name when `page` is empty). */
export function useDocumentTitle(page: string | undefined): void {
  const { t } = useTranslation();
  const title = page ? t('app.documentTitle', { page }) : t('app.siteName');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
