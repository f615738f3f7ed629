import type { NotificationsQuery } from '../../../generated/graphql';
import { paths } from '../../../shared/paths';

type Notification = Pick<
  NotificationsQuery['notifications']['items'][number],
  'kind' | 'resource' | 'readingList' | 'commentId'
>;

/** What a notification is about: the sentence that tells it, the title it links and where the link goes. */
export type NotificationSubject =
  | {
      sentence: `notifications.kinds.${Exclude<Notification['kind'], 'COMMENT_ON_MY_LIST'>}`;
      title: string;
      path: string;
    }
  | { sentence: `notifications.listKinds.${'MENTION' | 'REPLY' | 'COMMENT_ON_MY_LIST'}`; title: string; path: string };

/**
 * A notification is about a resource or, for comments on reading lists, about a list (the API sets exactly one); the
 * link goes to the comment concerned when there is one. Null for what this app cannot tell (a kind that does not go
 * with its subject, or no subject at all): better left out than shown half.
 */
export function notificationSubject({
  kind,
  resource,
  readingList,
  commentId,
}: Notification): NotificationSubject | null {
  if (readingList) {
    if (kind !== 'MENTION' && kind !== 'REPLY' && kind !== 'COMMENT_ON_MY_LIST') return null;
    return {
      sentence: `notifications.listKinds.${kind}`,
      title: readingList.title,
      path: paths.readingList(readingList.slug, commentId),
    };
  }
  if (resource) {
    if (kind === 'COMMENT_ON_MY_LIST') return null;
    return {
      sentence: `notifications.kinds.${kind}`,
      title: resource.title,
      path: paths.resource(resource.slug, commentId),
    };
  }
  return null;
}
