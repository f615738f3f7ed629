/** A piece of a text diff: kept, added (only after) or removed (only before). */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Words, spaces and punctuation marks, so that joining the parts gives back the text. */
const tokens = (text: string): string[] => text.match(/\s+|[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}'’-]/gu) ?? [];

/** Beyond this many tokens on both sides, the diff says « all removed, all added » rather than use quadratic memory. */
const MAX_CELLS = 4_000_000;

/**
 * A word diff of two texts (longest common subsequence of tokens), adjacent parts of one kind merged. Long notes stay
 * readable: only the words that changed are marked.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  if (a.length * b.length > MAX_CELLS) {
    return merge([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
  }
  // lengths[i][j]: length of the LCS of a[i..] and b[j..].
  const lengths: Uint32Array[] = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      parts.push({ kind: 'same', text: a[i] });
      i += 1;
      j += 1;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
      parts.push({ kind: 'removed', text: a[i] });
      i += 1;
    } else {
      parts.push({ kind: 'added', text: b[j] });
      j += 1;
    }
  }
  while (i < a.length) parts.push({ kind: 'removed', text: a[i++] });
  while (j < b.length) parts.push({ kind: 'added', text: b[j++] });
  return merge(parts);
}

function merge(parts: DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  for (const part of parts) {
    if (part.text === '') continue;
    const last = merged.at(-1);
    if (last && last.kind === part.kind) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}
