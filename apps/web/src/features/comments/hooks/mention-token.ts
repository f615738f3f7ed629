/** The `@…` being typed in a comment, around the caret. */
export interface MentionToken {
  /** Index of the `@`. */
  start: number;
  /** End of the word the caret is in: inserting a mention replaces `text.slice(start, end)`. */
  end: number;
  /** What was typed between the `@` and the caret: the members are looked up by it. */
  query: string;
}

/** The API refuses longer queries; nobody types a name that long. */
export const MENTION_QUERY_MAX = 60;

// Letters (accented too: the API ignores accents), digits and hyphens: a slug or the start of a name.
const WORD_CHAR = /[\p{L}\p{N}-]/u;
const FIRST_CHAR = /[\p{L}\p{N}]/u;
// As on the server: an `@` right after a word character, `@`, `/`, `.` or `-` belongs to an address or a path.
const NOT_BEFORE_MENTION = /[\p{L}\p{N}_@/.-]/u;

/**
 * The mention being typed when the caret follows `@` and at least one letter (`Merci @cla|`), or null.
 * Not in an e-mail address (`a@b`), after a space (`@ cla`), or past {@link MENTION_QUERY_MAX} characters.
 */
export function findMentionToken(text: string, caret: number): MentionToken | null {
  if (caret < 0 || caret > text.length) return null;
  let wordStart = caret;
  while (wordStart > 0 && WORD_CHAR.test(text[wordStart - 1])) wordStart -= 1;
  const at = wordStart - 1;
  if (at < 0 || text[at] !== '@') return null;
  if (at > 0 && NOT_BEFORE_MENTION.test(text[at - 1])) return null;
  const query = text.slice(wordStart, caret);
  if (query.length === 0 || query.length > MENTION_QUERY_MAX || !FIRST_CHAR.test(query[0])) return null;
  let end = caret;
  while (end < text.length && WORD_CHAR.test(text[end])) end += 1;
  return { start: at, end, query };
}

/**
 * The text with `@slug ` in place of the token, and where the caret goes: right after it. Before a space
 * already there, no second one; before punctuation (`, . ! ?`), none.
 */
export function insertMention(text: string, token: MentionToken, slug: string): { text: string; caret: number } {
  const before = text.slice(0, token.start);
  const after = text.slice(token.end);
  const mention = `@${slug}`;
  if (/^\p{P}/u.test(after)) return { text: `${before}${mention}${after}`, caret: before.length + mention.length };
  const rest = after.startsWith(' ') ? after.slice(1) : after;
  return { text: `${before}${mention} ${rest}`, caret: before.length + mention.length + 1 };
}
