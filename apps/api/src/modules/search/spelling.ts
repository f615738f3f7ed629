import { foldAccents } from '@culture-commune/shared';

/** Edit distance (insertions, deletions, substitutions), stopping early beyond `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}

const fold = (word: string) => foldAccents(word).toLowerCase();

/**
 * The nearest spelling of a query in the library's vocabulary: each word of 4 letters or more that is not in the
 * vocabulary is replaced by the closest word (at most 3 edits, fewer for short words), accents and case aside.
 * Returns null when nothing changes. Meilisearch already forgives 1–2 typos, so this only runs after zero results.
 */
export function nearestSpelling(query: string, vocabulary: string[]): string | null {
  const known = new Map<string, string>();
  for (const word of vocabulary) if (!known.has(fold(word))) known.set(fold(word), word);
  let changed = false;
  const respelled = query.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const folded = fold(word);
    if (folded.length < 4 || known.has(folded)) return word;
    const budget = folded.length >= 8 ? 3 : 2;
    let best: { word: string; distance: number } | null = null;
    for (const [candidate, original] of known) {
      const distance = editDistance(folded, candidate, budget);
      if (distance <= budget && (!best || distance < best.distance)) best = { word: original, distance };
    }
    if (!best) return word;
    changed = true;
    return best.word;
  });
  return changed ? respelled : null;
}
