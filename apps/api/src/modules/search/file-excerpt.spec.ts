import { fileExcerpt } from './file-excerpt';

const bytesOf = (text: string, word: string) => {
  const at = text.indexOf(word);
  return { start: Buffer.byteLength(text.slice(0, at)), length: Buffer.byteLength(word) };
};

describe('The excerpt of a file page around a match', () => {
  it('marks the matched words, with offsets counted in UTF-8 bytes (accents before the match included)', () => {
    const text = 'Les élèves découvrent le contrôle parental à l’école.';
    const excerpt = fileExcerpt(text, [bytesOf(text, 'contrôle'), bytesOf(text, 'école')]);
    expect(excerpt).toEqual([
      { text: 'Les élèves découvrent le ', match: false },
      { text: 'contrôle', match: true },
      { text: ' parental à l’', match: false },
      { text: 'école', match: true },
      { text: '.', match: false },
    ]);
  });

  it('keeps about 30 words around the first match, with an ellipsis where the page is cut', () => {
    const words = Array.from({ length: 100 }, (_, i) => `mot${i}`);
    const text = words.join(' ');
    const excerpt = fileExcerpt(text, [bytesOf(text, 'mot50')]);
    const shown = excerpt.map((segment) => segment.text).join('');
    expect(shown.startsWith('… mot40 ')).toBe(true);
    expect(shown.endsWith(' mot69 …')).toBe(true);
    expect(excerpt.filter((segment) => segment.match)).toEqual([{ text: 'mot50', match: true }]);
  });

  it('folds line breaks and runs of spaces into single spaces', () => {
    const text = 'Titre\n\n  du   guide\nsur la désinformation';
    const excerpt = fileExcerpt(text, [bytesOf(text, 'désinformation')]);
    expect(excerpt.map((segment) => segment.text).join('')).toBe('Titre du guide sur la désinformation');
  });

  it('shows the first words unmarked when the reported offsets no longer fit the page', () => {
    expect(fileExcerpt('Un texte court', [{ start: 200, length: 5 }])).toEqual([
      { text: 'Un texte court', match: false },
    ]);
  });

  it('an empty page gives no excerpt', () => {
    expect(fileExcerpt('  ', [])).toEqual([]);
  });
});
