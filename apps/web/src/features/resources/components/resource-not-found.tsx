import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function ResourceNotFound() {
  const { t } = useTranslation();
  return (
    <div className="not-found">
      <h1>{t('resource.notFoundTitle')}</h1>
      <p>{t('resource.notFoundText')}</p>
      <p>
        <Link to="/">{t('resource.backToSearch')}</Link>
      </p>
    </div>
  );
}
