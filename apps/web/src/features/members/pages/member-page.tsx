import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/use-translation';
import { useParams } from 'react-router';
import { isNotFound } from '../../../shared/graphql-errors';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { useViewer } from '../../../shared/viewer/use-viewer';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { MemberNotFound } from '../components/member-not-found';
import { MemberProfile, type MemberSlots } from '../components/member-profile';
import { MemberProfileQuery } from '../graphql/members.documents';

function Member({ slug, slots, signedIn }: { slug: string; slots: MemberSlots; signedIn: boolean }) {
  const { t } = useTranslation();
  // Asked again on each visit: the follower count and the resources change between two.
  const { data, error, refetch } = useQuery(MemberProfileQuery, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
  const profile = data?.memberProfile;
  const notFound = isNotFound(error);
  useDocumentTitle(profile?.member.name ?? (notFound ? t('members.notFoundTitle') : undefined));

  if (notFound) return <MemberNotFound signedIn={signedIn} />;
  if (error && !profile) return <LoadError text={t('members.error')} onRetry={() => void refetch()} />;
  if (!profile) return <LoadingMessage text={t('common.loading')} />;
  return <MemberProfile profile={profile} onFollowChanged={() => void refetch()} slots={slots} signedIn={signedIn} />;
}

/**
 * `/membres/:slug`: members see everyone; visitors see the people who chose to be public in the directory, and
 * « introuvable » with a way to sign in for the others (the API decides, directory.policy.ts).
 */
export function MemberPage({ slots }: { slots: MemberSlots }) {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { viewer, loading, error, refetch } = useViewer();
  if (loading) return <LoadingMessage text={t('common.loading')} />;
  if (error) return <LoadError text={t('accounts.viewerError')} onRetry={() => void refetch()} />;
  return <Member slug={slug} slots={slots} signedIn={!!viewer} />;
}
