import { subjectKey, themesNamed, whoKnowsSubject } from './who-knows-query';

const THEMES = [
  { id: '1', slug: 'jeux-video', label: 'Jeux vidéo', labelEn: 'Video games' },
  { id: '2', slug: 'cyberharcelement', label: 'Cyberharcèlement et violences en ligne', labelEn: null },
  { id: '3', slug: 'education-image', label: 'Éducation à l’image', labelEn: 'Visual literacy' },
];

describe('« Qui connaît … ? » in the directory search', () => {
  it.each([
    ['qui connaît les jeux vidéo ?', 'jeux vidéo', true],
    ['Qui connait les jeux video?', 'jeux video', true],
    ['qui s’y connaît en éducation à l’image', 'éducation à l’image', true],
    ['qui a testé Scratch ?', 'Scratch', true],
    ['jeux vidéo', 'jeux vidéo', false],
    ['Claire Mounier', 'Claire Mounier', false],
  ])('« %s » asks about « %s »', (q, subject, asked) => {
    expect(whoKnowsSubject(q)).toEqual({ subject, asked });
  });

  it('finds a theme by its label whatever the accents, case and plural, by its English label or its slug', () => {
    const ids = (subject: string) => themesNamed(THEMES, subject).map((theme) => theme.id);
    expect(ids('jeux vidéo')).toEqual(['1']);
    expect(ids('JEU VIDEO')).toEqual(['1']);
    expect(ids('video games')).toEqual(['1']);
    expect(ids('education-image')).toEqual(['3']);
    expect(ids('cyberharcèlement')).toEqual(['2']);
  });

  it('does not take a name or a short word for a theme', () => {
    expect(themesNamed(THEMES, 'Claire Mounier')).toEqual([]);
    expect(themesNamed(THEMES, 'jeu')).toEqual([]);
    expect(themesNamed(THEMES, '')).toEqual([]);
  });

  it('compares without accents, punctuation and plural marks', () => {
    expect(subjectKey('Jeux vidéo !')).toBe('jeu video');
  });
});
