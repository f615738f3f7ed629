import { skipToken, useQuery } from '@apollo/client/react';
import type { MentionCandidatesQuery as MentionCandidatesData } from '../generated/graphql';
import { MentionCandidatesQuery } from './mention-candidates.documents';
import { useDebouncedValue } from './use-debounced-value';

export type MentionCandidate = MentionCandidatesData['mentionCandidates'][number];

/** The API asked once typing pauses this long. */
export const MENTION_DEBOUNCE_MS = 150;

/**
 * The members `@query` may mention (8 at most), asked once typing pauses; none when `query` is empty. While
 * the next ones load, the previous candidates stay, so that the list does not flicker.
 */
export function useMentionCandidates(query: string, delayMs = MENTION_DEBOUNCE_MS): readonly MentionCandidate[] {
  const debounced = useDebouncedValue(query, delayMs);
  const enabled = query !== '' && debounced !== '';
  const { data, previousData } = useQuery(
    MentionCandidatesQuery,
    enabled ? { variables: { query: debounced } } : skipToken,
  );
  if (!enabled) return [];
  return (data ?? previousData)?.mentionCandidates ?? [];
}
