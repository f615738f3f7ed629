/** Something with an id, in a list whose order matters (the items of a reading list). */
interface Identified {
  id: string;
}

/** One move: where the item goes, and what the API is told (the item it goes after, null for first). */
export interface PlannedMove<T> {
  itemId: string;
  fromIndex: number;
  toIndex: number;
  /** The id of the item that will precede it, null when it becomes first. */
  afterItemId: string | null;
  /** The whole list in its new order. */
  items: T[];
}

/**
 * Plans putting `itemId` at `toIndex` (0 for first) in `items`. The API is not told an index but the item to put it
 * after, so that two collaborators' moves merge instead of overwriting each other. Null when nothing would change
 * (unknown item, index out of the list or the same place).
 */
export function planMove<T extends Identified>(
  items: readonly T[],
  itemId: string,
  toIndex: number,
): PlannedMove<T> | null {
  const fromIndex = items.findIndex((item) => item.id === itemId);
  if (fromIndex === -1 || toIndex < 0 || toIndex >= items.length || toIndex === fromIndex) return null;
  const others = items.filter((item) => item.id !== itemId);
  const moved = items[fromIndex];
  const reordered = [...others.slice(0, toIndex), moved, ...others.slice(toIndex)];
  return { itemId, fromIndex, toIndex, afterItemId: toIndex === 0 ? null : others[toIndex - 1].id, items: reordered };
}

/** The same items numbered 1, 2, 3… in their order (the optimistic answer shows the positions the API will give). */
export function renumber<T extends { position: number }>(items: readonly T[]): T[] {
  return items.map((item, index) => (item.position === index + 1 ? item : { ...item, position: index + 1 }));
}
