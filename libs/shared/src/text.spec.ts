import { foldAccents, slugify, tagKey } from './text';

describe('text normalisation', () => {
  it('makes readable slugs from French titles', () => {
    expect(slugify('3-6-9-12 : Apprivoiser les écrans et grandir')).toBe('3-6-9-12-apprivoiser-les-ecrans-et-grandir');
    expect(slugify("L'œil du cœur, d'écran à écran")).toBe('l-oeil-du-coeur-d-ecran-a-ecran');
    expect(slugify('   ')).toBe('ressource');
    expect(slugify('a'.repeat(200)).length).toBeLessThanOrEqual(80);
  });

  it('gives one tag key to tags that differ only by case, accents or spaces', () => {
    expect(tagKey('Fake news')).toBe(tagKey(' fake  news '));
    expect(tagKey('Réalité augmentée')).toBe(tagKey('realite AUGMENTEE'));
    expect(tagKey('fake news')).not.toBe(tagKey('fake-news'));
  });

  it('folds accents and ligatures', () => {
    expect(foldAccents('Œuvre, cœur, Écrans, ça')).toBe('OEuvre, coeur, Ecrans, ca');
  });
});
