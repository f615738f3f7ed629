import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { RequireViewer } from '../../../shared/viewer/require-viewer';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { FollowButton } from '../components/follow-button';
import { FollowedMembers } from '../components/followed-members';
import { ThemeFeedLink } from '../components/theme-feed-link';
import { FollowOptionsQuery } from '../graphql/following.documents';
import { useFollows } from '../hooks/use-follows';
import { useLabels } from '../../../i18n/use-labels';

function Follows() {
  const { t } = useTranslation();
  const themeLabel = useLabels().theme;
  const id = useId();
  const options = useQuery(FollowOptionsQuery);
  const { follows, error, refetch } = useFollows();

  if ((options.error && !options.data) || error) {
    return (
      <LoadError
        text={t('follows.loadError')}
        onRetry={() => {
          void options.refetch();
          void refetch();
        }}
      />
    );
  }
  if (!options.data || !follows) return <LoadingMessage text={t('common.loading')} />;

  const { themes, organisations } = options.data;
  return (
    <>
      <section className="follow-section" aria-labelledby={`${id}-themes`}>
        <h2 id={`${id}-themes`}>{t('follows.themes')}</h2>
        {themes.length === 0 ? (
          <p className="empty-state">{t('follows.noThemes')}</p>
        ) : (
          <ul className="follow-list" aria-labelledby={`${id}-themes`}>
            {themes.map((theme) => (
              <li key={theme.id} className="follow-item">
                <span className="follow-label">{themeLabel(theme)}</span>
                <FollowButton kind="THEME" slug={theme.slug} label={themeLabel(theme)} />
                <ThemeFeedLink slug={theme.slug} label={themeLabel(theme)} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="follow-section" aria-labelledby={`${id}-organisations`}>
        <h2 id={`${id}-organisations`}>{t('follows.organisations')}</h2>
        {organisations.length === 0 ? (
          <p className="empty-state">{t('follows.noOrganisations')}</p>
        ) : (
          <ul className="follow-list" aria-labelledby={`${id}-organisations`}>
            {organisations.map((organisation) => (
              <li key={organisation.id} className="follow-item">
                <span className="follow-label">{organisation.name}</span>
                <FollowButton kind="ORGANISATION" slug={organisation.slug} label={organisation.name} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <FollowedMembers headingId={`${id}-members`} members={follows.filter((follow) => follow.kind === 'MEMBER')} />
    </>
  );
}

/** « Mes abonnements »: every theme and organisation to follow or not, and the members one follows. */
export function FollowsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('follows.title'));
  return (
    <div className="follows-page">
      <h1>{t('follows.title')}</h1>
      <p className="lead">{t('follows.intro')}</p>
      <p>
        <Link to="/quoi-de-neuf">{t('follows.newsLink')}</Link>
      </p>
      <RequireViewer>{() => <Follows />}</RequireViewer>
    </div>
  );
}
