import { atComment, commentAnchor, paths } from './paths';

describe('paths', () => {
  it('builds the pages of resources, reading lists, events and members from their slugs', () => {
    expect(paths.resource('guide-des-ecrans')).toBe('/ressources/guide-des-ecrans');
    expect(paths.editResource('guide-des-ecrans')).toBe('/ressources/guide-des-ecrans/modifier');
    expect(paths.readingList('rencontre-de-mars')).toBe('/listes/rencontre-de-mars');
    expect(paths.editReadingList('rencontre-de-mars')).toBe('/listes/rencontre-de-mars/modifier');
    expect(paths.event('rencontre-education-medias')).toBe('/evenements/rencontre-education-medias');
    expect(paths.editEvent('rencontre-education-medias')).toBe('/evenements/rencontre-education-medias/modifier');
    expect(paths.member('camille-martin')).toBe('/membres/camille-martin');
    expect(paths.themeFeed('jeux-video')).toBe('/flux/themes/jeux-video.atom');
  });

  it('encodes slugs, so that a slash, a space or an accent stays inside one segment', () => {
    expect(paths.resource('a/b c')).toBe('/ressources/a%2Fb%20c');
    expect(paths.readingList('é?#')).toBe('/listes/%C3%A9%3F%23');
    expect(paths.event('../admin')).toBe('/evenements/..%2Fadmin');
    expect(paths.member('x y')).toBe('/membres/x%20y');
  });

  it('points at a comment when one is given', () => {
    expect(commentAnchor('42')).toBe('commentaire-42');
    expect(paths.resource('guide', '42')).toBe('/ressources/guide#commentaire-42');
    expect(paths.readingList('liste', '7')).toBe('/listes/liste#commentaire-7');
    expect(paths.readingList('liste', null)).toBe('/listes/liste');
    expect(atComment('/ressources/guide', undefined)).toBe('/ressources/guide');
  });

  it('builds search addresses with the query string the search page reads', () => {
    expect(paths.search()).toBe('/');
    expect(paths.search({ q: '' })).toBe('/');
    expect(paths.search({ q: 'écrans & enfants' })).toBe('/?q=%C3%A9crans+%26+enfants');
    expect(paths.search({ theme: 'jeux-video' })).toBe('/?theme=jeux-video');
    expect(paths.search({ q: 'infox', theme: ['jeux-video', 'reseaux-sociaux'], type: 'outil' })).toBe(
      '/?q=infox&type=outil&theme=jeux-video&theme=reseaux-sociaux',
    );
  });
});
