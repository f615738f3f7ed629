import { findChildIdentifiers } from './child-privacy';

describe('findChildIdentifiers', () => {
  it.each([
    ['Léo, 7 ans, a adoré la partie quiz.', ['Léo, 7 ans']],
    ['Inès (8 ans) a guidé son père.', ['Inès (8 ans)']],
    ['Noah en CM2 a tout compris.', ['Noah en CM2']],
    ['Lina (3e) a posé la question.', ['Lina (3e)']],
    ['Jade qui a 10 ans a aidé les autres.', ['Jade qui a 10 ans']],
  ])('flags "%s"', (text, expected) => {
    expect(findChildIdentifiers(text)).toEqual(expected);
  });

  it.each([
    'Un groupe de 7 enfants de 6 à 8 ans.',
    'Les élèves de CM2 ont aimé.',
    'Classe de 3e, 24 élèves.',
    'Enfants, 7 ans en moyenne.',
    'Atelier au SIJ avec une classe de 3e',
  ])('does not flag "%s"', (text) => {
    expect(findChildIdentifiers(text)).toEqual([]);
  });
});
