import type { NotificationKind } from '../../../generated/graphql';
import { notificationSubject } from './notification-subject';

const list = { __typename: 'ResourceLink' as const, slug: 'rencontre-ecrans', title: 'Rencontre écrans de mars' };
const resource = { __typename: 'ResourceLink' as const, slug: 'le-jeu-des-ecrans', title: 'Le jeu des écrans' };

const onList = (kind: NotificationKind, commentId: string | null = 'c9') => ({
  kind,
  resource: null,
  readingList: list,
  commentId,
});
const onResource = (kind: NotificationKind, commentId: string | null = 'c9') => ({
  kind,
  resource,
  readingList: null,
  commentId,
});

describe('notificationSubject', () => {
  it('tells a mention, a reply and a comment on my list with the list’s sentences, linking to the list at the comment', () => {
    for (const kind of ['MENTION', 'REPLY', 'COMMENT_ON_MY_LIST'] as const) {
      expect(notificationSubject(onList(kind))).toEqual({
        sentence: `notifications.listKinds.${kind}`,
        title: 'Rencontre écrans de mars',
        path: '/listes/rencontre-ecrans#commentaire-c9',
      });
    }
  });

  it('links to the list itself when no comment is concerned', () => {
    expect(notificationSubject(onList('COMMENT_ON_MY_LIST', null))?.path).toBe('/listes/rencontre-ecrans');
  });

  it('still tells resources’ notifications with their sentences, linking to the resource at the comment', () => {
    expect(notificationSubject(onResource('MENTION'))).toEqual({
      sentence: 'notifications.kinds.MENTION',
      title: 'Le jeu des écrans',
      path: '/ressources/le-jeu-des-ecrans#commentaire-c9',
    });
    expect(notificationSubject(onResource('DEBRIEF_ON_MY_RESOURCE', null))?.path).toBe('/ressources/le-jeu-des-ecrans');
  });

  it('leaves out what it cannot tell: a kind that does not go with its subject, or no subject', () => {
    expect(notificationSubject(onList('DEBRIEF_ON_MY_RESOURCE'))).toBeNull();
    expect(notificationSubject(onResource('COMMENT_ON_MY_LIST'))).toBeNull();
    expect(notificationSubject({ kind: 'MENTION', resource: null, readingList: null, commentId: 'c9' })).toBeNull();
  });
});
