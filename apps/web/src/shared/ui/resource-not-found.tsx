import { Trans } from '../../i18n/trans';
import { useTranslation } from '../../i18n/use-translation';
import { Link, useLocation } from 'react-router';
import { signInPath } from '../viewer/return-path';
import { useViewer } from '../viewer/use-viewer';
import { paths } from '../paths';

/**
 * The API answers NOT_FOUND for a resource that does not exist and for one the person may not see:
 * a visitor is told it may be for the network, with the way to sign in and come back here.
 */
export function ResourceNotFound() {
  const { t } = useTranslation();
  const location = useLocation();
  const { viewer } = useViewer();
  return (
    <div className="not-found">
      <h1>{t('resource.notFoundTitle')}</h1>
      <p>{t('resource.notFoundText')}</p>
      {viewer === null && (
        <p>
          <Trans
            i18nKey="resource.notFoundSignIn"
            components={{ signin: <Link to={signInPath(location.pathname + location.search)} /> }}
          />
        </p>
      )}
      <p>
        <Link to={paths.search()}>{t('resource.backToSearch')}</Link>
      </p>
    </div>
  );
}
