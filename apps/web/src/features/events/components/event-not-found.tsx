import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';
import { Link, useLocation } from 'react-router';
import { signInPath } from '../../../shared/viewer/return-path';
import { useViewer } from '../../../shared/viewer/use-viewer';
import { paths } from '../../../shared/paths';

/**
 * The API answers NOT_FOUND for an event that does not exist and for a network event asked by a visitor: a visitor is
 * told it may be for the network, with the way to sign in and come back here.
 */
export function EventNotFound() {
  const { t } = useTranslation();
  const location = useLocation();
  const { viewer } = useViewer();
  return (
    <div className="not-found">
      <h1>{t('events.page.notFoundTitle')}</h1>
      <p>{t('events.page.notFoundText')}</p>
      {viewer === null && (
        <p>
          <Trans
            i18nKey="events.page.notFoundSignIn"
            components={{ signin: <Link to={signInPath(location.pathname)} /> }}
          />
        </p>
      )}
      <p>
        <Link to={paths.events}>{t('events.page.backToEvents')}</Link>
      </p>
    </div>
  );
}
