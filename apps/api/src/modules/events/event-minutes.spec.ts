import { linkedResourceSlugs, renderMinutes, withoutHiddenResourceLinks } from './event-minutes';

describe('renderMinutes', () => {
  it('keeps links to library resources (relative or absolute) and lists them', () => {
    const { html, resourceSlugs } = renderMinutes(
      '# Décisions\n\nOn part sur [Decodex](/ressources/decodex) et [Bad News](https://cc.example/ressources/bad-news-game).',
      'https://cc.example',
    );
    expect(html).toBe(
      '<h2>Décisions</h2>\n<p>On part sur <a href="/ressources/decodex">Decodex</a> et <a href="/ressources/bad-news-game">Bad News</a>.</p>',
    );
    expect(resourceSlugs).toEqual(['decodex', 'bad-news-game']);
  });

  it('drops other relative links, scripts and javascript: links', () => {
    const { html, resourceSlugs } = renderMinutes(
      '[admin](/administration/membres) <script>alert(1)</script> [x](javascript:alert(1)) [ok](https://ex.fr)',
      'https://cc.example',
    );
    expect(html).toBe(
      '<p><a>admin</a>  <a>x</a> <a href="https://ex.fr" rel="noopener noreferrer nofollow">ok</a></p>',
    );
    expect(resourceSlugs).toEqual([]);
  });
});

describe('withoutHiddenResourceLinks', () => {
  const { html } = renderMinutes(
    'Lu : [le *Decodex*](/ressources/decodex), [un brouillon](/ressources/brouillon-secret) et https://cc.example/ressources/brouillon-secret.',
    'https://cc.example',
  );

  it('lists the linked slugs once', () => {
    expect(linkedResourceSlugs(html)).toEqual(['decodex', 'brouillon-secret']);
  });

  it('keeps links the viewer may follow and turns the others into their text, with no slug left', () => {
    const shown = withoutHiddenResourceLinks(html, new Set(['decodex']));
    expect(shown).toBe(
      '<p>Lu : <a href="/ressources/decodex">le <em>Decodex</em></a>, un brouillon et ressource réservée.</p>',
    );
    expect(shown).not.toContain('brouillon-secret');
    expect(withoutHiddenResourceLinks(html, new Set(['decodex', 'brouillon-secret']))).toBe(html);
  });
});
