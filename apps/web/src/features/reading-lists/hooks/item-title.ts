import { useTranslation } from '../../../i18n/use-translation';
import type { ReadingListItemFieldsFragment } from '../../../generated/graphql';

export type ReadingListItem = ReadingListItemFieldsFragment;

/**
 * The name of an item in buttons, labels and messages: its title when the viewer may see it, the title it had when
 * it was removed from the library, else « Ressource réservée n° 3 » (a restricted resource's title would leak).
 */
export function useItemTitle() {
  const { t } = useTranslation();
  return (item: ReadingListItem): string => {
    if (item.resource) return item.resource.title;
    if (item.availability === 'DELETED')
      return item.titleSnapshot ?? t('readingLists.items.deletedName', { position: item.position });
    return t('readingLists.items.restrictedName', { position: item.position });
  };
}
