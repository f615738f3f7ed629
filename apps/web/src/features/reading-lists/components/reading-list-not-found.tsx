import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';
import { Link, useLocation } from 'react-router';
import { signInPath } from '../../../shared/viewer/return-path';
import { useViewer } from '../../../shared/viewer/use-viewer';
import { paths } from '../../../shared/paths';

/**
 * The API answers NOT_FOUND for a list that does not exist, one the person may not see and a share link that no
 * longer works: a visitor is told it may be for the network, with the way to sign in and come back here.
 */
export function ReadingListNotFound() {
  const { t } = useTranslation();
  const location = useLocation();
  const { viewer } = useViewer();
  return (
    <div className="not-found">
      <h1>{t('readingLists.page.notFoundTitle')}</h1>
      <p>{t('readingLists.page.notFoundText')}</p>
      {viewer === null && (
        <p>
          <Trans
            i18nKey="readingLists.page.notFoundSignIn"
            components={{ signin: <Link to={signInPath(location.pathname + location.search)} /> }}
          />
        </p>
      )}
      <p>
        <Link to={paths.readingLists}>{t('readingLists.page.backToLists')}</Link>
      </p>
    </div>
  );
}
