import { useTranslation } from '../i18n/use-translation';
import { Link } from 'react-router';
import { useDocumentTitle } from '../shared/use-document-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.link')}</Link>
      </p>
    </div>
  );
}
