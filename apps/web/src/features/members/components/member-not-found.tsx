import { useTranslation } from '../../../i18n/use-translation';
import { Link, useLocation } from 'react-router';
import { signInPath } from '../../../shared/viewer/return-path';
import { paths } from '../../../shared/paths';

/** The API answers NOT_FOUND for a slug that is no member's, or, to visitors, a person who did not choose public. */
export function MemberNotFound({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <div className="not-found">
      <h1>{t('members.notFoundTitle')}</h1>
      <p>{t('members.notFoundText')}</p>
      {!signedIn && (
        <p>
          <Link to={signInPath(location.pathname)}>{t('members.signInToSee')}</Link>
        </p>
      )}
      <p>
        <Link to={paths.search()}>{t('resource.backToSearch')}</Link>
      </p>
    </div>
  );
}
