import { parseFeed } from '@rowanmanning/feed-parser';
import { renderAtom, xmlText } from './atom';

const at = new Date('2026-11-30T10:00:00Z');

describe('renderAtom', () => {
  it('writes member text as text: markup, entities and control characters survive a real parser as typed', () => {
    const xml = renderAtom({
      id: 'https://cc.example/flux/themes/t.atom',
      title: 'Thème « <b>gras</b> »',
      subtitle: 'A & B',
      link: 'https://cc.example/?theme=t&q=a%20b',
      self: 'https://cc.example/flux/themes/t.atom',
      language: 'fr',
      updated: at,
      author: { name: 'Réseau', uri: 'https://cc.example' },
      rights: 'CC BY',
      generator: 'Culture commune',
      entries: [
        {
          id: 'https://cc.example/ressources/r',
          title: 'Les balises <p> et <a>',
          link: 'https://cc.example/ressources/r',
          summary: 'Texte avec « & » seul, ]]> et un caractère de contrôle \u0007 ici',
          updated: at,
          published: at,
          authors: ['Serge Tisseron', 'CNIL'],
          categories: ['Écrans & familles'],
        },
      ],
    });
    const feed = parseFeed(xml);
    expect(feed.title).toBe('Thème « <b>gras</b> »');
    expect(feed.url).toBe('https://cc.example/?theme=t&q=a%20b');
    const [entry] = feed.items;
    expect(entry.title).toBe('Les balises <p> et <a>');
    expect(entry.description).toBe('Texte avec « & » seul, ]]> et un caractère de contrôle  ici');
    expect(entry.authors.map((a) => a.name)).toEqual(['Serge Tisseron', 'CNIL']);
    expect(entry.categories.map((c) => c.label)).toEqual(['Écrans & familles']);
  });

  it('escapes the five XML specials in text and attributes', () => {
    expect(xmlText(`<a href="x">&</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});
