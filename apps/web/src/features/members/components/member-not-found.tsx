import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../shared/paths';

/** The API answers NOT_FOUND for a slug that is no member's. */
export function MemberNotFound() {
  const { t } = useTranslation();
  return (
    <div className="not-found">
      <h1>{t('members.notFoundTitle')}</h1>
      <p>{t('members.notFoundText')}</p>
      <p>
        <Link to={paths.search()}>{t('resource.backToSearch')}</Link>
      </p>
    </div>
  );
}
