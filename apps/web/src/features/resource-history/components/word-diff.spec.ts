import { wordDiff } from './word-diff';

describe('wordDiff', () => {
  it('marks only the words that changed, and the parts join back into each text', () => {
    const before = 'Un jeu pour parler des rumeurs en ligne.';
    const after = 'Un jeu de cartes pour parler des rumeurs.';
    const parts = wordDiff(before, after);
    expect(parts.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toEqual(['de cartes']);
    expect(parts.filter((part) => part.kind === 'removed').map((part) => part.text.trim())).toEqual(['en ligne']);
    const join = (kinds: string[]) =>
      parts
        .filter((part) => kinds.includes(part.kind))
        .map((part) => part.text)
        .join('');
    expect(join(['same', 'removed'])).toBe(before);
    expect(join(['same', 'added'])).toBe(after);
  });

  it('says nothing changed for equal texts, and everything added from an empty one', () => {
    expect(wordDiff('même texte', 'même texte')).toEqual([{ kind: 'same', text: 'même texte' }]);
    expect(wordDiff('', 'Nouveau')).toEqual([{ kind: 'added', text: 'Nouveau' }]);
  });

  it('falls back to « all removed, all added » for very long texts instead of using quadratic memory', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `mot${i}`).join(' ');
    const parts = wordDiff(long, `${long} fin`);
    expect(parts.map((part) => part.kind)).toEqual(['removed', 'added']);
  });
});
