import { fileExcerpt } from './file-excerpt';
import { queryWords, wordRanges } from './file-words';

const rangeOf = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });

describe('The excerpt of a file page around a match', () => {
  it('marks the words of the query, whatever their accents, case or plural', () => {
    const text = 'Les élèves découvrent le Contrôle parental à l’école.';
    const excerpt = fileExcerpt(text, wordRanges(text, queryWords('controle des écoles')));
    expect(excerpt).toEqual([
      { text: 'Les élèves découvrent le ', match: false },
      { text: 'Contrôle', match: true },
      { text: ' parental à l’', match: false },
      { text: 'école', match: true },
      { text: '.', match: false },
    ]);
  });

  it('keeps about 30 words around the first match, with an ellipsis where the page is cut', () => {
    const words = Array.from({ length: 100 }, (_, i) => `mot${i}`);
    const text = words.join(' ');
    const excerpt = fileExcerpt(text, [rangeOf(text, 'mot50')]);
    const shown = excerpt.map((segment) => segment.text).join('');
    expect(shown.startsWith('… mot40 ')).toBe(true);
    expect(shown.endsWith(' mot69 …')).toBe(true);
    expect(excerpt.filter((segment) => segment.match)).toEqual([{ text: 'mot50', match: true }]);
  });

  it('folds line breaks and runs of spaces into single spaces', () => {
    const text = 'Titre\n\n  du   guide\nsur la désinformation';
    const excerpt = fileExcerpt(text, [rangeOf(text, 'désinformation')]);
    expect(excerpt.map((segment) => segment.text).join('')).toBe('Titre du guide sur la désinformation');
  });

  it('shows the first words unmarked when no word of the query is on the page', () => {
    expect(fileExcerpt('Un texte court', [])).toEqual([{ text: 'Un texte court', match: false }]);
  });

  it('looks for content words only, each also in the singular, folded', () => {
    expect(queryWords('Les écrans et l’école')).toEqual(['ecrans', 'ecran', 'ecole']);
  });

  it('an empty page gives no excerpt', () => {
    expect(fileExcerpt('  ', [])).toEqual([]);
  });
});
