import { useQuery } from '@apollo/client/react';
import { ERROR_CODES } from '@culture-commune/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { errorMessage, hasErrorCode } from '../../../shared/graphql-errors';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { AdminLinks } from '../../../shared/ui/admin-links';
import { CoordinatorsOnly, RequireCoordinator } from '../../../shared/viewer/require-admin';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { ModerationItem, type ModerationDecision, type ModerationItemData } from '../components/moderation-item';
import { ModerationQueueQuery } from '../graphql/moderation.documents';
import { useHideComment, useRestoreComment } from '../hooks/use-moderation-mutations';

/** The outcome of the last decision, shown above the list and announced. */
type Outcome = { kind: 'pending' | 'success' | 'error'; text: string };

const NOTICES = {
  hide: 'moderation.hiddenNotice',
  restore: 'moderation.restoredNotice',
  dismiss: 'moderation.dismissedNotice',
} as const;

function ModerationQueue() {
  const { t } = useTranslation();
  const id = useId();
  const headingId = (item: { id: string }) => `${id}-${item.id}`;
  const buttonId = (item: { id: string }) => (decision: ModerationDecision) => `${id}-${item.id}-${decision}`;
  const outcomeRef = useRef<HTMLDivElement>(null);
  // Always asked again: members report between two visits.
  const { data, error, refetch } = useQuery(ModerationQueueQuery, { fetchPolicy: 'cache-and-network' });
  const [hideComment, hiding] = useHideComment();
  const [restoreComment, restoring] = useRestoreComment();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // The comment a decision was about: focus goes back to it once the queue is shown again.
  const focusAfter = useRef<string | null>(null);

  // Back on the item when it is still in the queue (now hidden, say), else on the outcome.
  useEffect(() => {
    const itemId = focusAfter.current;
    if (!itemId || !data) return;
    focusAfter.current = null;
    const stillThere = data.moderationQueue.some((item) => item.id === itemId);
    (stillThere ? document.getElementById(`${id}-${itemId}`) : outcomeRef.current)?.focus();
  }, [data, outcome, id]);

  // The role may have been taken away since the page was opened.
  if (hasErrorCode(error, ERROR_CODES.forbidden)) return <CoordinatorsOnly />;
  if (error && !data) return <LoadError text={t('moderation.error')} onRetry={() => void refetch()} />;
  if (!data) return <LoadingMessage text={t('common.loading')} />;

  const decide = async (item: ModerationItemData, decision: ModerationDecision) => {
    const author = item.author?.name ?? t('comments.unknownAuthor');
    setOutcome({ kind: 'pending', text: t('moderation.pending') });
    try {
      const variables = { id: item.id };
      await (decision === 'hide' ? hideComment({ variables }) : restoreComment({ variables }));
      focusAfter.current = item.id;
      setOutcome({ kind: 'success', text: t(NOTICES[decision], { author }) });
    } catch (caught) {
      focusAfter.current = item.id;
      setOutcome({ kind: 'error', text: t('moderation.failed', { message: errorMessage(caught) }) });
    }
  };

  const items = data.moderationQueue;
  const status = outcome && outcome.kind !== 'error' ? outcome : null;
  return (
    <>
      {/* Always in the page, so that what it says next is announced; errors are alerts. */}
      <div ref={outcomeRef} tabIndex={-1} className="moderation-outcome">
        <p
          role="status"
          className={status ? `notice${status.kind === 'success' ? ' notice-success' : ''}` : 'visually-hidden'}
        >
          {status?.text ?? ''}
        </p>
        {outcome?.kind === 'error' && (
          <p className="notice notice-error" role="alert">
            {outcome.text}
          </p>
        )}
      </div>
      {items.length === 0 ? (
        <p className="empty-state">{t('moderation.empty')}</p>
      ) : (
        <ul className="moderation-list" aria-label={t('moderation.listLabel')}>
          {items.map((item) => (
            <li key={item.id}>
              <ModerationItem
                item={item}
                headingId={headingId(item)}
                buttonId={buttonId(item)}
                busy={hiding.loading || restoring.loading}
                onDecide={(chosen, decision) => void decide(chosen, decision)}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Coordinators and admins: the comments members reported, then the hidden ones, to hide or restore. */
export function ModerationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('moderation.title'));
  return (
    <div className="admin-page">
      <h1>{t('moderation.title')}</h1>
      <RequireCoordinator>
        {() => (
          <>
            <p className="lead">{t('moderation.intro')}</p>
            <AdminLinks current="moderation" />
            <ModerationQueue />
          </>
        )}
      </RequireCoordinator>
    </div>
  );
}
