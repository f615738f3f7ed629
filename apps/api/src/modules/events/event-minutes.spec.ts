import { renderMinutes } from './event-minutes';

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
