import { authorKindsFor, isPersonAuthor, isPersonalName } from './author-names';

describe('authors: a person (split into family and given names) or an organisation (kept whole)', () => {
  it.each([
    'Serge Tisseron',
    'Jean-Noël Durand',
    'Aïssatou N’Diaye',
    'Charles de Gaulle',
    'S. Tisseron',
    'Anne-Sophie Le Guen',
    'Élodie Martin-Durand',
  ])('%s is a person', (name) => {
    expect(isPersonalName(name)).toBe(true);
  });

  it.each([
    'CNIL',
    'Fréquence écoles',
    'Fréquence Écoles',
    'Radio France',
    'France Télévisions',
    'Grand Chambéry',
    'Service Info Jeunesse',
    'Médiathèque de Chambéry',
    'Internet Sans Crainte',
    'MIT Media Lab',
    'Commission écrans',
    'Play Bac',
    'Mobsya',
    'Université de Cambridge',
  ])('%s is an organisation', (name) => {
    expect(isPersonalName(name)).toBe(false);
  });
});

describe('the contributor’s choice of person or organisation (decision 0027)', () => {
  it('wins over the guess both ways', () => {
    expect(isPersonAuthor('Simone Veil', 'organisation')).toBe(false);
    expect(isPersonAuthor('Xiaoling Wang', 'person')).toBe(true);
    expect(isPersonAuthor('Serge Tisseron', null)).toBe(true);
  });

  it('keeps only choices about authors still listed, trimmed, and known kinds', () => {
    expect(
      authorKindsFor(
        [' Simone Veil ', 'Xiaoling Wang'],
        [
          { name: 'Simone Veil ', kind: 'organisation' },
          { name: 'Ancien nom', kind: 'person' },
          { name: 'Xiaoling Wang', kind: 'robot' as never },
        ],
      ),
    ).toEqual({ 'Simone Veil': 'organisation' });
    expect(authorKindsFor(['CNIL'], { CNIL: 'organisation', Autre: 'person' })).toEqual({ CNIL: 'organisation' });
  });
});
