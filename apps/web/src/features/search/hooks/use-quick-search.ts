import { skipToken, useQuery } from '@apollo/client/react';
import type { QuickSearchQuery as QuickSearchData } from '../../../generated/graphql';
import { useDebouncedValue } from '../../../shared/use-debounced-value';
import { QuickSearchQuery } from '../graphql/search.queries';

export type QuickSearchHit = QuickSearchData['quickSearch']['hits'][number];

/** Suggestions start from this many characters. */
export const QUICK_SEARCH_MIN_CHARS = 2;
/** At most this many suggestions are shown. */
export const QUICK_SEARCH_LIMIT = 8;

/**
 * Suggestions for what is being typed (`text`, empty when the person is not typing): asked for
 * once typing pauses for `delayMs`, only from two characters. While the next ones load, the
 * previous suggestions stay.
 */
export function useQuickSearch(text: string, delayMs = 120): readonly QuickSearchHit[] {
  const typed = text.trim();
  const q = useDebouncedValue(typed, delayMs);
  const enabled = typed.length >= QUICK_SEARCH_MIN_CHARS && q.length >= QUICK_SEARCH_MIN_CHARS;
  const { data, previousData } = useQuery(
    QuickSearchQuery,
    enabled ? { variables: { q, limit: QUICK_SEARCH_LIMIT } } : skipToken,
  );
  if (!enabled) return [];
  return ((data ?? previousData)?.quickSearch.hits ?? []).slice(0, QUICK_SEARCH_LIMIT);
}
