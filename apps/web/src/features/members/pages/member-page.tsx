import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isNotFound } from '../../../shared/graphql-errors';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { RequireViewer } from '../../../shared/viewer/require-viewer';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { MemberNotFound } from '../components/member-not-found';
import { MemberProfile, type MemberSlots } from '../components/member-profile';
import { MemberProfileQuery } from '../graphql/members.documents';

function Member({ slug, slots }: { slug: string; slots: MemberSlots }) {
  const { t } = useTranslation();
  // Asked again on each visit: the follower count and the resources change between two.
  const { data, error, refetch } = useQuery(MemberProfileQuery, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
  const profile = data?.memberProfile;
  const notFound = isNotFound(error);
  useDocumentTitle(profile?.member.name ?? (notFound ? t('members.notFoundTitle') : undefined));

  if (notFound) return <MemberNotFound />;
  if (error && !profile) return <LoadError text={t('members.error')} onRetry={() => void refetch()} />;
  if (!profile) return <LoadingMessage text={t('common.loading')} />;
  return <MemberProfile profile={profile} onFollowChanged={() => void refetch()} slots={slots} />;
}

/** `/membres/:slug`, for signed-in members (the sign-in page, with the way back, for visitors). */
export function MemberPage({ slots }: { slots: MemberSlots }) {
  const { slug = '' } = useParams();
  return <RequireViewer>{() => <Member slug={slug} slots={slots} />}</RequireViewer>;
}
