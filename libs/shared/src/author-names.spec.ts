import { isPersonalName } from './author-names';

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
