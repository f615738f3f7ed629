import { ERROR_CODES } from '@culture-commune/shared';
import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import { errorMessage, hasErrorCode } from '../../../shared/graphql-errors';
import { useItemTitle, type ReadingListItem } from '../hooks/item-title';
import { planMove } from '../hooks/reorder';
import { useMarkRead, useMoveItem, type ReadingList } from '../hooks/use-reading-list-mutations';
import { HiddenLabel } from './hidden-label';
import { itemControlId, ReadingListItemView } from './reading-list-item';
import { SortableItems } from './sortable-items';
import { paths } from '../../../shared/paths';

interface ReadingListItemsProps {
  list: ReadingList;
  /** Signed-in, not through a share link: one marks what one has read. */
  canTrack: boolean;
  /** Says something in the page's status region (moves, notes, removals). */
  announce: (text: string) => void;
  /** Asks the API for the list again (after a move refused because the list changed meanwhile). */
  onReload: () => void;
}

/**
 * « Ressources de la liste »: the ordered items. Editors reorder them by dragging, from the keyboard or with
 * « Monter » / « Descendre »; each move shows at once and is then replaced by the server's list.
 */
export function ReadingListItems({ list, canTrack, announce, onReload }: ReadingListItemsProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const headingId = `${baseId}-title`;
  const titleOf = useItemTitle();
  const moveItem = useMoveItem();
  const markRead = useMarkRead();
  const [error, setError] = useState<string | null>(null);
  // The control that moved an item: a moved element may lose the focus when the list is reordered, it gets it back.
  const moveFocus = useRef<string | null>(null);
  const items = list.items;
  const order = items.map((item) => item.id).join(' ');

  useLayoutEffect(() => {
    const id = moveFocus.current;
    const active = document.activeElement;
    if (id && (active === null || active === document.body)) document.getElementById(id)?.focus();
  }, [order]);

  const move = async (itemId: string, toIndex: number, focusId: string) => {
    const plan = planMove(items, itemId, toIndex);
    if (!plan) return;
    const title = titleOf(items[plan.fromIndex]);
    moveFocus.current = focusId;
    setError(null);
    try {
      const { data } = await moveItem(list, plan);
      const saved = data?.moveReadingListItem.items ?? plan.items;
      const position = saved.findIndex((item) => item.id === itemId) + 1;
      announce(t('readingLists.items.moved', { title, position, total: saved.length }));
    } catch (caught) {
      if (hasErrorCode(caught, ERROR_CODES.conflict)) {
        setError(t('readingLists.items.moveConflict', { title }));
        onReload();
      } else {
        setError(t('readingLists.items.moveError', { message: errorMessage(caught) }));
      }
    } finally {
      // Once the server's list is on screen, later changes of order no longer move the focus.
      setTimeout(() => {
        if (moveFocus.current === focusId) moveFocus.current = null;
      }, 1000);
    }
  };

  const toggleRead = async (item: ReadingListItem, read: boolean) => {
    setError(null);
    const title = titleOf(item);
    try {
      await markRead(list, item.id, read);
      announce(t(read ? 'readingLists.items.markedRead' : 'readingLists.items.markedUnread', { title }));
    } catch (caught) {
      setError(t('readingLists.items.readError', { message: errorMessage(caught) }));
    }
  };

  const removed = (title: string) => {
    announce(t('readingLists.items.removed', { title }));
    // The item and its buttons are gone: reading goes on from the list's heading.
    document.getElementById(headingId)?.focus();
  };

  const renderItem = (item: ReadingListItem, index: number, handle: ReactNode) => {
    const title = titleOf(item);
    const upId = itemControlId(baseId, 'up', item.id);
    const downId = itemControlId(baseId, 'down', item.id);
    const first = index === 0;
    const last = index === items.length - 1;
    // aria-disabled rather than disabled: the button keeps the focus when its item reaches the top or the bottom.
    const reorderControls = list.viewerCanEdit ? (
      <span className="reading-item-reorder" role="group" aria-label={t('readingLists.items.reorder', { title })}>
        {handle}
        <button
          type="button"
          id={upId}
          className="button button-secondary button-small"
          aria-disabled={first || undefined}
          onClick={() => void (first ? undefined : move(item.id, index - 1, upId))}
        >
          <span aria-hidden="true">↑</span>
          <HiddenLabel i18nKey="items.moveUp" values={{ title }} />
        </button>
        <button
          type="button"
          id={downId}
          className="button button-secondary button-small"
          aria-disabled={last || undefined}
          onClick={() => void (last ? undefined : move(item.id, index + 1, downId))}
        >
          <span aria-hidden="true">↓</span>
          <HiddenLabel i18nKey="items.moveDown" values={{ title }} />
        </button>
      </span>
    ) : undefined;
    return (
      <ReadingListItemView
        item={item}
        title={title}
        baseId={baseId}
        canTrack={canTrack}
        canEdit={list.viewerCanEdit}
        reorderControls={reorderControls}
        onToggleRead={(changed, read) => void toggleRead(changed, read)}
        onNoteSaved={(noted) => announce(t('readingLists.items.noteSaved', { title: noted }))}
        onRemoved={removed}
      />
    );
  };

  return (
    <section className="reading-list-items" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('readingLists.items.title')}
      </h2>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {items.length === 0 ? (
        <div className="empty-state">
          <p>{t('readingLists.items.empty')}</p>
          {list.viewerCanEdit && (
            <>
              <p>{t('readingLists.items.emptyHint')}</p>
              <p>
                <Link to={paths.search()}>{t('readingLists.items.searchLink')}</Link>
              </p>
            </>
          )}
        </div>
      ) : list.viewerCanEdit ? (
        <SortableItems
          id={`${baseId}-dnd`}
          items={items}
          titleOf={titleOf}
          handleId={(item) => itemControlId(baseId, 'handle', item.id)}
          onMove={(itemId, toIndex) => void move(itemId, toIndex, itemControlId(baseId, 'handle', itemId))}
          renderItem={renderItem}
        />
      ) : (
        <ol className="reading-items">
          {items.map((item, index) => (
            <li key={item.id} className="reading-items-entry">
              {renderItem(item, index, null)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
