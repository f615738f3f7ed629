import { BUILT_IN_SYNONYMS, toMeiliSynonyms } from './synonyms';

describe('toMeiliSynonyms', () => {
  it('maps every term of a group to the others, in both directions', () => {
    const map = toMeiliSynonyms([['infox', 'fake news', 'intox']]);
    expect(map['infox']).toEqual(['fake news', 'intox']);
    expect(map['fake news']).toEqual(['infox', 'intox']);
  });

  it('adds the form that reaches Meilisearch once stop words are dropped', () => {
    const map = toMeiliSynonyms([['cyberharcèlement', 'harcèlement en ligne']]);
    expect(map['harcèlement ligne']).toContain('cyberharcèlement');
    expect(map['cyberharcèlement']).toEqual(['harcèlement en ligne', 'harcèlement ligne']);
  });

  it('merges a term that belongs to several groups', () => {
    const map = toMeiliSynonyms([
      ['jeu', 'jeux'],
      ['jeu', 'game'],
    ]);
    expect(map['jeu']).toEqual(['game', 'jeux']);
  });

  it('covers the vocabulary the network asked for', () => {
    const map = toMeiliSynonyms(BUILT_IN_SYNONYMS);
    expect(map['infox']).toEqual(
      expect.arrayContaining(['fake news', 'fausses informations', 'désinformation', 'intox']),
    );
    expect(map['ia']).toContain('intelligence artificielle');
    expect(map['3']).toContain('trois');
    expect(map['réseau']).toContain('réseaux');
    expect(map['tout-petit']).toContain('petite enfance');
  });
});
