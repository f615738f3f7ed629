import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useCallback, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import type { ReadingListItem } from '../hooks/item-title';

interface SortableItemProps {
  item: ReadingListItem;
  title: string;
  handleId: string;
  /** The item's content, given the drag handle to place among its tools. */
  children: (handle: ReactNode) => ReactNode;
}

function SortableItem({ item, title, handleId, children }: SortableItemProps) {
  const { t } = useTranslation();
  const elementRef = useRef<HTMLLIElement | null>(null);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
    attributes: { roleDescription: t('readingLists.items.roleDescription') },
  });

  // The production CSP forbids style attributes; styles set through the DOM (CSSOM) are allowed.
  useLayoutEffect(() => {
    const element = elementRef.current;
    if (!element) return;
    element.style.transform = CSS.Translate.toString(transform) ?? '';
    element.style.transition = transition ?? '';
  }, [transform, transition]);
  const setRefs = useCallback(
    (element: HTMLLIElement | null) => {
      elementRef.current = element;
      setNodeRef(element);
    },
    [setNodeRef],
  );

  // A real button already has the role dnd-kit gives to any handle.
  const { role: _role, ...handleAttributes } = attributes;
  const handle = (
    <button
      type="button"
      id={handleId}
      ref={setActivatorNodeRef}
      className="button button-secondary button-small drag-handle"
      {...handleAttributes}
      {...listeners}
    >
      <span aria-hidden="true">↕</span>
      <span className="visually-hidden">{t('readingLists.items.drag', { title })}</span>
    </button>
  );

  return (
    <li ref={setRefs} className={isDragging ? 'reading-items-entry is-dragging' : 'reading-items-entry'}>
      {children(handle)}
    </li>
  );
}

interface SortableItemsProps {
  id: string;
  items: readonly ReadingListItem[];
  titleOf: (item: ReadingListItem) => string;
  handleId: (item: ReadingListItem) => string;
  /** Called when an item is dropped somewhere else: its new index (0 for first). */
  onMove: (itemId: string, toIndex: number) => void;
  renderItem: (item: ReadingListItem, index: number, handle: ReactNode) => ReactNode;
}

/**
 * The items as an ordered list that may be reordered by dragging a handle with the mouse or a finger, or from the
 * keyboard (Space or Enter on the handle, arrows, Space or Enter again), with what happens said in French.
 */
export function SortableItems({ id, items, titleOf, handleId, onMove, renderItem }: SortableItemsProps) {
  const { t } = useTranslation();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const total = items.length;
  const indexOf = (itemId: UniqueIdentifier) => items.findIndex((item) => item.id === itemId);
  const nameOf = (itemId: UniqueIdentifier) => {
    const item = items.find((candidate) => candidate.id === itemId);
    return item ? titleOf(item) : '';
  };
  const at = (itemId: UniqueIdentifier) => ({ title: nameOf(itemId), position: indexOf(itemId) + 1, total });

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('readingLists.items.dnd.start', at(active.id)),
    onDragOver: ({ active, over }) =>
      over
        ? t('readingLists.items.dnd.over', { ...at(active.id), position: indexOf(over.id) + 1 })
        : t('readingLists.items.dnd.outside', { title: nameOf(active.id) }),
    // The drop itself is confirmed at once, replacing « … irait en position 3 » in this live region; the page then
    // says « … déplacé en position 3 sur 12. » once the server has saved it.
    onDragEnd: ({ active, over }) =>
      over && over.id !== active.id
        ? t('readingLists.items.dnd.dropped', { ...at(active.id), position: indexOf(over.id) + 1 })
        : t('readingLists.items.dnd.unchanged', at(active.id)),
    onDragCancel: ({ active }) => t('readingLists.items.dnd.cancel', at(active.id)),
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || over.id === active.id) return;
    const toIndex = indexOf(over.id);
    if (toIndex >= 0) onMove(String(active.id), toIndex);
  };

  return (
    <DndContext
      id={id}
      sensors={sensors}
      collisionDetection={closestCenter}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('readingLists.items.dnd.instructions') },
      }}
      onDragEnd={onDragEnd}
    >
      <SortableContext items={items.map((item) => item.id)} strategy={verticalListSortingStrategy}>
        <ol className="reading-items">
          {items.map((item, index) => (
            <SortableItem key={item.id} item={item} title={titleOf(item)} handleId={handleId(item)}>
              {(handle) => renderItem(item, index, handle)}
            </SortableItem>
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
