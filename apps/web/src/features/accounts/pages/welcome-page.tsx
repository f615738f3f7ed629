import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/use-translation';
import { useNavigate } from 'react-router';
import type { WelcomeInput } from '../../../generated/graphql';
import { paths } from '../../../shared/paths';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { RequireViewer } from '../../../shared/viewer/require-viewer';
import type { Viewer } from '../../../shared/viewer/use-viewer';
import { WelcomeForm } from '../components/welcome-form';
import { AccountFormOptionsQuery, CompleteWelcomeMutation } from '../graphql/accounts.documents';

function Welcome({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const options = useQuery(AccountFormOptionsQuery);
  const [completeWelcome] = useMutation(CompleteWelcomeMutation);

  if (options.error && !options.data)
    return <LoadError text={t('accounts.welcome.error')} onRetry={() => void options.refetch()} />;
  if (!options.data) return <LoadingMessage text={t('common.loading')} />;

  const goToNews = () => void navigate(paths.news, { replace: true });
  const save = async (input: WelcomeInput) => {
    await completeWelcome({ variables: { input } });
    // The follows and the news changed: « Quoi de neuf » and « Mes suivis » ask again.
    client.cache.evict({ fieldName: 'myFollows' });
    client.cache.evict({ fieldName: 'newsFeed' });
    goToNews();
  };
  return <WelcomeForm viewer={viewer} options={options.data} onSubmit={save} onSkip={goToNews} />;
}

/** `/bienvenue`: right after accepting an invitation, a short and skippable step, then « Quoi de neuf ». */
export function WelcomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('accounts.welcome.title'));
  return (
    <div className="account-page">
      <h1>{t('accounts.welcome.title')}</h1>
      <p className="lead">{t('accounts.welcome.intro')}</p>
      <RequireViewer>{(viewer) => <Welcome viewer={viewer} />}</RequireViewer>
    </div>
  );
}
