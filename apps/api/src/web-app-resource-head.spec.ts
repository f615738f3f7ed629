import { previewDescription, resourcePageSlug, withResourceHead } from './web-app-resource-head';

const INDEX = `<!doctype html><html lang="fr"><head><meta charset="UTF-8" />
<meta
      name="description"
      content="Culture commune&nbsp;: la bibliothèque."
    />
<title>Culture commune</title></head><body><div id="root"></div></body></html>`;

describe('The head of a shared resource page', () => {
  it('recognises resource pages only', () => {
    expect(resourcePageSlug('/ressources/vinz-et-lou')).toBe('vinz-et-lou');
    expect(resourcePageSlug('/ressources/vinz-et-lou/')).toBe('vinz-et-lou');
    expect(resourcePageSlug('/ressources/vinz-et-lou/modifier')).toBeNull();
    expect(resourcePageSlug('/ressources/')).toBeNull();
    expect(resourcePageSlug('/listes/vinz')).toBeNull();
  });

  it('puts title, description, canonical address, Open Graph tags and the thumbnail in, escaped', () => {
    const html = withResourceHead(
      INDEX,
      {
        slug: 'ecrans',
        title: 'Écrans & "familles" <b>$&</b>',
        summary: 'Un **guide** pour\n\nles parents.',
        thumbnail_file_id: '0b9e4a52-1c1d-4f0e-9a57-5d3f3f0f7a11',
      },
      'https://culture.example.org/',
    );
    expect(html).toContain(
      '<title>Écrans &amp; &quot;familles&quot; &lt;b&gt;$&amp;&lt;/b&gt; · Culture commune</title>',
    );
    expect(html).toContain('<meta name="description" content="Un guide pour les parents.">');
    expect(html).not.toContain('la bibliothèque.');
    expect(html).toContain('<link rel="canonical" href="https://culture.example.org/ressources/ecrans">');
    expect(html).toContain(
      '<meta property="og:title" content="Écrans &amp; &quot;familles&quot; &lt;b&gt;$&amp;&lt;/b&gt;">',
    );
    expect(html).toContain('<meta property="og:description" content="Un guide pour les parents.">');
    expect(html).toContain(
      '<meta property="og:image" content="https://culture.example.org/fichiers/0b9e4a52-1c1d-4f0e-9a57-5d3f3f0f7a11/vignette.webp">',
    );
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html.indexOf('og:title')).toBeLessThan(html.indexOf('</head>'));
  });

  it('without a summary or a thumbnail: no empty description, a small card', () => {
    const html = withResourceHead(
      INDEX,
      { slug: 'x', title: 'X', summary: null, thumbnail_file_id: null },
      'http://localhost:3000',
    );
    expect(html).toContain('content="Culture commune&nbsp;: la bibliothèque."');
    expect(html).not.toContain('og:description');
    expect(html).not.toContain('og:image');
    expect(html).toContain('<meta name="twitter:card" content="summary">');
  });

  it('cuts a long summary at a word, under 200 characters', () => {
    const description = previewDescription('mot '.repeat(100));
    expect(description.length).toBeLessThanOrEqual(200);
    expect(description).toMatch(/mot…$/);
  });
});
