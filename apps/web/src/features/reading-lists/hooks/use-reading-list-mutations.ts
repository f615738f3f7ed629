import { useMutation } from '@apollo/client/react';
import type { ReadingListFieldsFragment } from '../../../generated/graphql';
import {
  AddReadingListCollaboratorMutation,
  CreateReadingListShareLinkMutation,
  MarkReadingListItemReadMutation,
  MoveReadingListItemMutation,
  RemoveReadingListCollaboratorMutation,
  RemoveReadingListItemMutation,
  RevokeReadingListShareLinkMutation,
  UpdateReadingListItemMutation,
} from '../graphql/reading-lists.documents';
import type { ReadingListItem } from './item-title';
import { renumber, type PlannedMove } from './reorder';

export type ReadingList = ReadingListFieldsFragment;

// Every mutation on a list answers with the whole list: Apollo writes it over the cached one (same id), and the page
// shows the server's order, notes and progress. The lists of « Listes de lecture » are asked again on each visit.

/**
 * Moves an item: the new order shows at once (optimistic answer, positions renumbered), then the server's list
 * replaces it; on failure the optimistic order is dropped by Apollo and the caller says why.
 */
export function useMoveItem() {
  const [move] = useMutation(MoveReadingListItemMutation);
  return (list: ReadingList, plan: PlannedMove<ReadingListItem>) =>
    move({
      variables: { itemId: plan.itemId, afterItemId: plan.afterItemId },
      optimisticResponse: { moveReadingListItem: { ...list, version: list.version + 1, items: renumber(plan.items) } },
    });
}

/** Marks an item read or not: the box and the progress change at once, the team's table with the server's answer. */
export function useMarkRead() {
  const [mark] = useMutation(MarkReadingListItemReadMutation);
  return (list: ReadingList, itemId: string, read: boolean) => {
    const before = list.items.find((item) => item.id === itemId)?.viewerRead ?? read;
    const delta = before === read ? 0 : read ? 1 : -1;
    return mark({
      variables: { itemId, read },
      optimisticResponse: {
        markReadingListItemRead: {
          ...list,
          viewerRead: list.viewerRead + delta,
          items: list.items.map((item) => (item.id === itemId ? { ...item, viewerRead: read } : item)),
        },
      },
    });
  };
}

export const useUpdateItemNote = () => useMutation(UpdateReadingListItemMutation);
export const useRemoveItem = () => useMutation(RemoveReadingListItemMutation);
export const useAddCollaborator = () => useMutation(AddReadingListCollaboratorMutation);
export const useRemoveCollaborator = () => useMutation(RemoveReadingListCollaboratorMutation);
export const useRevokeShareLink = () => useMutation(RevokeReadingListShareLinkMutation);

/** A new share link: the answer is only its address, so the list's `hasShareLink` is set here. */
export function useCreateShareLink(listId: string) {
  return useMutation(CreateReadingListShareLinkMutation, {
    update(cache) {
      cache.modify({
        id: cache.identify({ __typename: 'ReadingList', id: listId }),
        fields: { hasShareLink: () => true },
      });
    },
  });
}
