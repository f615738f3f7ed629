// Answers of the API for the reading lists' unit tests, shaped as the documents ask (with __typename, as the cache
// needs them).
import type { ReadingListItemAvailability } from '../../generated/graphql';
import { ReadingListCommentsQuery } from '../comments/graphql/comment.documents';
import type { eventLink } from '../events/event.fixtures';

export const member = (slug: string, name: string) => ({ __typename: 'Member' as const, id: `m-${slug}`, slug, name });

export const claire = member('claire-mounier', 'Claire Mounier');
export const yanis = member('yanis-benali', 'Yanis Benali');

export const resource = (slug: string, title: string, overrides: object = {}) => ({
  __typename: 'ReadingListResource' as const,
  slug,
  title,
  type: 'lecture',
  format: 'livre',
  year: 2013 as number | null,
  authors: ['Serge Tisseron'],
  url: null,
  summary: 'Un résumé.',
  ...overrides,
});

export const item = (id: string, position: number, overrides: object = {}) => ({
  __typename: 'ReadingListItem' as const,
  id,
  position,
  note: '',
  availability: 'AVAILABLE' as ReadingListItemAvailability,
  addedBy: claire as ReturnType<typeof member> | null,
  resource: resource(`ressource-${id}`, `Ressource ${id}`) as ReturnType<typeof resource> | null,
  titleSnapshot: null as string | null,
  viewerRead: false,
  ...overrides,
});

export type ItemFixture = ReturnType<typeof item>;

export const readingList = (overrides: object = {}) => ({
  __typename: 'ReadingList' as const,
  id: 'list-1',
  slug: 'rencontre-ecrans',
  title: 'Rencontre écrans de mars',
  intro: 'Pour préparer la rencontre.\nÀ lire avant le 12.',
  visibility: 'network' as const,
  curator: claire,
  collaborators: [] as ReturnType<typeof member>[],
  items: [] as ItemFixture[],
  viewerRead: 0,
  participants: [] as { __typename: 'ReadingParticipant'; member: ReturnType<typeof member>; read: number; readItemIds: string[] }[],
  viewerCanEdit: false,
  viewerCanManage: false,
  hasShareLink: false,
  viaShareLink: false,
  version: 3,
  updatedAt: '2026-03-01T10:00:00.000Z',
  meetings: [] as ReturnType<typeof eventLink>[],
  ...overrides,
});

export const summary = (slug: string, title: string, overrides: object = {}) => ({
  __typename: 'ReadingListSummary' as const,
  slug,
  title,
  visibility: 'network' as const,
  curator: claire as ReturnType<typeof member> | null,
  itemCount: 12,
  viewerRead: 3,
  viewerCanEdit: true,
  containsResource: false,
  updatedAt: '2026-03-01T10:00:00.000Z',
  ...overrides,
});

export const comment = (id: string, overrides: object = {}) => ({
  __typename: 'Comment' as const,
  id,
  author: yanis as ReturnType<typeof member> | null,
  html: '<p>Le chapitre 2 d’abord.</p>',
  markdown: 'Le chapitre 2 d’abord.',
  createdAt: '2026-03-02T09:00:00.000Z',
  edited: false,
  deleted: false,
  hidden: false,
  viewerCanEdit: false,
  viewerCanReport: true,
  viewerReported: false,
  ...overrides,
});

/** The comments the list's page asks for (not through a share link), none unless given. */
export const listCommentsMock = (comments: (ReturnType<typeof comment> & { replies: ReturnType<typeof comment>[] })[] = []) => ({
  request: { query: ReadingListCommentsQuery, variables: { slug: 'rencontre-ecrans' } },
  result: { data: { readingList: { __typename: 'ReadingList' as const, id: 'list-1', comments } } },
});
