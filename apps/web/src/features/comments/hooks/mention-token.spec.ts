import { findMentionToken, insertMention, MENTION_QUERY_MAX } from './mention-token';

/** The token for a text where `|` marks the caret. */
const at = (marked: string) => {
  const caret = marked.indexOf('|');
  return findMentionToken(marked.replace('|', ''), caret);
};

describe('findMentionToken', () => {
  it('finds the mention being typed right after an @ and a letter', () => {
    expect(at('Merci @cla|')).toEqual({ start: 6, end: 10, query: 'cla' });
    expect(at('@c|')).toEqual({ start: 0, end: 2, query: 'c' });
  });

  it('accepts accents, digits and hyphens, as in names and slugs', () => {
    expect(at('Bravo @clé|')?.query).toBe('clé');
    expect(at('Voir @claire-ma|')?.query).toBe('claire-ma');
    expect(at('(@yanis2|')?.query).toBe('yanis2');
  });

  it('starts after a line break or punctuation', () => {
    expect(at('Bonjour\n@ya|')?.query).toBe('ya');
    expect(at('«\u00a0@ya|')?.query).toBe('ya');
  });

  it('covers the whole word when the caret is inside it, so that the mention replaces it all', () => {
    expect(at('Merci @cla|ire !')).toEqual({ start: 6, end: 13, query: 'cla' });
  });

  it('is nothing without a letter after the @', () => {
    expect(at('Merci @|')).toBeNull();
    expect(at('Merci @-|')).toBeNull();
    expect(at('Merci @ cla|')).toBeNull();
  });

  it('is nothing once the caret has left the word', () => {
    expect(at('Merci @claire |')).toBeNull();
    expect(at('Merci @claire, |')).toBeNull();
    expect(at('|Merci @claire')).toBeNull();
  });

  it('is nothing in an e-mail address, a path or after another @', () => {
    expect(at('ecrire a claire@exa|')).toBeNull();
    expect(at('https://exemple.org/@cla|')).toBeNull();
    expect(at('voir .@cla|')).toBeNull();
    expect(at('@@cla|')).toBeNull();
  });

  it('gives up past the longest query the API accepts', () => {
    expect(at(`@${'a'.repeat(MENTION_QUERY_MAX)}|`)?.query).toHaveLength(MENTION_QUERY_MAX);
    expect(at(`@${'a'.repeat(MENTION_QUERY_MAX + 1)}|`)).toBeNull();
  });

  it('is nothing for a caret outside the text', () => {
    expect(findMentionToken('@cla', 10)).toBeNull();
    expect(findMentionToken('@cla', -1)).toBeNull();
  });
});

describe('insertMention', () => {
  it('replaces the token with @slug and a space, the caret after them', () => {
    const token = at('Merci @cla|')!;
    expect(insertMention('Merci @cla', token, 'claire-martin')).toEqual({ text: 'Merci @claire-martin ', caret: 21 });
  });

  it('replaces the whole word and keeps what follows, without doubling a space', () => {
    const text = 'Merci @claire pour tout';
    const token = findMentionToken(text, 9)!;
    expect(insertMention(text, token, 'claire-martin')).toEqual({ text: 'Merci @claire-martin pour tout', caret: 21 });
  });

  it('adds no space before punctuation that follows', () => {
    const text = 'Merci @cla, vraiment';
    const token = findMentionToken(text, 10)!;
    expect(insertMention(text, token, 'claire-martin')).toEqual({ text: 'Merci @claire-martin, vraiment', caret: 20 });
  });

  it('ends a line with the mention and a space', () => {
    const text = '@ya\nÀ bientôt';
    const token = findMentionToken(text, 3)!;
    expect(insertMention(text, token, 'yanis-benali')).toEqual({ text: '@yanis-benali \nÀ bientôt', caret: 14 });
  });
});
