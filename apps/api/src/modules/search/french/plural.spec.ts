import { compoundBase, normaliseQuery, singular, stemText } from './plural';

describe('French plural folding', () => {
  it.each([
    ['jeux', 'jeu'],
    ['réseaux', 'réseau'],
    ['journaux', 'journal'],
    ['mots', 'mot'],
    ['écrans', 'écran'],
    ['travaux', 'travail'],
    ['bijoux', 'bijou'],
    ['émotions', 'émotion'],
    ['parents', 'parent'],
  ])('folds %s into %s', (plural, expected) => {
    expect(singular(plural)).toBe(expected);
  });

  it.each(['temps', 'parcours', 'infox', 'jeu', 'virus', 'pas', '3018', 'ia'])('leaves %s alone', (word) => {
    expect(singular(word)).toBe(word.toLowerCase());
  });

  it('stems every word of a document once, splitting elisions and hyphens', () => {
    expect(stemText("Les écrans et l'école", 'écrans, soirées-débats')).toBe('les écran et l école soirée débat');
  });

  it('adds the base word of a compound, singular', () => {
    expect(stemText('Le cyberharcèlement, les webradios')).toBe('le cyberharcèlement harcèlement les webradio radio');
  });

  it.each([
    ['cyberharcèlement', 'harcèlement'],
    ['Webradio', 'radio'],
    ['multimédia', 'média'],
    ['autoformation', 'formation'],
  ])('reads %s as a compound of %s', (word, base) => {
    expect(compoundBase(word)).toBe(base);
  });

  it.each(['autorité', 'automne', 'cyber', 'harcèlement', 'microbe', 'web'])('leaves %s whole', (word) => {
    expect(compoundBase(word)).toBeNull();
  });

  it('normalises a query: elided articles dropped, the rest as typed', () => {
    expect(normaliseQuery("l'école des jeux")).toBe('école des jeux');
    expect(normaliseQuery('captures d’écran qu’il')).toBe('captures écran il');
    expect(normaliseQuery("aujourd'hui")).toBe("aujourd'hui");
    expect(normaliseQuery('PEGI RGPD 3-6-9-12')).toBe('PEGI RGPD 3-6-9-12');
  });
});
