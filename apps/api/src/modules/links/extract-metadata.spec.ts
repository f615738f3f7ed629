import { decodePage } from './decode-page';
import { extractMetadata } from './extract-metadata';

const PAGE_URL = 'https://www.exemple.fr/dossiers/ecrans?utm_source=lettre';

describe('reading what a page says about itself', () => {
  it('reads Open Graph and the document, with French accents and HTML entities decoded', () => {
    const page = `<!doctype html><html lang="fr-FR"><head>
      <title>Ignoré quand og:title existe</title>
      <meta property="og:title" content="Les écrans &amp; le sommeil des enfants">
      <meta property="og:description" content="Ce qu&#8217;on sait, ce qu&rsquo;on ignore : l&apos;état des connaissances.">
      <meta property="og:image" content="/images/couverture.jpg">
      <meta property="og:site_name" content="Éducation &amp; Numérique">
      <meta property="og:type" content="article">
      <meta property="article:published_time" content="2024-03-12T08:00:00+01:00">
      <link rel="canonical" href="https://exemple.fr/dossiers/ecrans">
    </head><body><p>Texte</p></body></html>`;
    expect(extractMetadata(page, PAGE_URL)).toEqual({
      title: 'Les écrans & le sommeil des enfants',
      summary: "Ce qu’on sait, ce qu’on ignore : l'état des connaissances.",
      authors: [],
      publisher: 'Éducation & Numérique',
      date: '2024-03-12T08:00:00+01:00',
      year: 2024,
      language: 'fr',
      imageUrl: 'https://www.exemple.fr/images/couverture.jpg',
      canonicalUrl: 'https://exemple.fr/dossiers/ecrans',
      type: 'lecture',
      format: 'article',
    });
  });

  it('prefers citation_* (Highwire) tags, keeping every author in order', () => {
    const page = `<html><head>
      <meta name="citation_title" content="Médiation numérique et parentalité : une enquête">
      <meta name="citation_author" content="Durand, Élodie">
      <meta name="citation_author" content="Martin, Loïc">
      <meta name="citation_publication_date" content="2021/06/01">
      <meta name="citation_journal_title" content="Revue française des sciences de l’information">
      <meta name="citation_language" content="fr">
      <meta property="og:title" content="Titre social">
      <title>Titre de l’onglet</title></head></html>`;
    expect(extractMetadata(page, PAGE_URL)).toMatchObject({
      title: 'Médiation numérique et parentalité : une enquête',
      authors: ['Durand, Élodie', 'Martin, Loïc'],
      publisher: 'Revue française des sciences de l’information',
      year: 2021,
      language: 'fr',
      type: 'lecture',
      format: 'article',
    });
  });

  it('reads Dublin Core in either spelling (DC.* and dcterms.*)', () => {
    const page = `<html><head>
      <meta name="DC.title" content="Guide des jeux coopératifs">
      <meta name="DC.creator" content="Collectif Ludo">
      <meta name="DC.creator" content="Ana Pereira">
      <meta name="dcterms.publisher" content="Ligue de l’enseignement">
      <meta name="dcterms.issued" content="2019">
      <meta name="DC.language" content="fre">
      <meta name="dcterms.description" content="Cinquante jeux sans perdant.">
    </head></html>`;
    expect(extractMetadata(page, PAGE_URL)).toMatchObject({
      title: 'Guide des jeux coopératifs',
      summary: 'Cinquante jeux sans perdant.',
      authors: ['Collectif Ludo', 'Ana Pereira'],
      publisher: 'Ligue de l’enseignement',
      year: 2019,
      language: 'fr',
      type: null,
    });
  });

  it.each([
    ['Book', { '@type': 'Book', name: 'Grandir connectés', isbn: '978-2-07-036822-8' }, 'lecture', 'livre'],
    [
      'Article in a @graph',
      {
        '@graph': [
          { '@type': 'WebSite', name: 'Site' },
          { '@type': 'NewsArticle', headline: 'Grandir connectés' },
        ],
      },
      'lecture',
      'article',
    ],
    [
      'VideoObject',
      { '@type': 'VideoObject', name: 'Grandir connectés', uploadDate: '2022-10-05' },
      'outil',
      'serie-video',
    ],
    ['Course', { '@type': 'Course', name: 'Grandir connectés' }, 'formation', 'module'],
    ['Report', { '@type': 'Report', name: 'Grandir connectés' }, 'lecture', 'rapport'],
    ['CreativeWork', { '@type': 'CreativeWork', name: 'Grandir connectés' }, 'lecture', null],
  ])('reads JSON-LD schema.org (%s) and suggests a type and format', (_name, item, type, format) => {
    const page = `<html lang="en"><head><title>Onglet</title>
      <script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', ...item })}</script>
      <script type="application/ld+json">{ cassé </script></head></html>`;
    expect(extractMetadata(page, PAGE_URL)).toMatchObject({ title: 'Grandir connectés', type, format, language: 'en' });
  });

  it('reads JSON-LD authors, publisher, date, language and image objects', () => {
    const item = {
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      headline: 'Les adolescents et les réseaux',
      description: 'Une synthèse.',
      author: [
        { '@type': 'Person', name: 'Inès Moreau' },
        { '@type': 'Person', name: 'Paul Roux' },
      ],
      publisher: { '@type': 'Organization', name: 'Observatoire des usages' },
      datePublished: '2023-09-01',
      inLanguage: 'es-ES',
      image: { '@type': 'ImageObject', url: 'https://cdn.exemple.fr/a.png' },
    };
    const page = `<script type="application/ld+json">${JSON.stringify(item)}</script>`;
    expect(extractMetadata(page, PAGE_URL)).toMatchObject({
      title: 'Les adolescents et les réseaux',
      summary: 'Une synthèse.',
      authors: ['Inès Moreau', 'Paul Roux'],
      publisher: 'Observatoire des usages',
      date: '2023-09-01',
      year: 2023,
      language: 'es',
      imageUrl: 'https://cdn.exemple.fr/a.png',
    });
  });

  it('falls back on <title>, meta description and <html lang>; an unknown language is « other »', () => {
    const page = `<html lang="nl"><head><title>
        Mijn   pagina </title><meta name="description" content="Beschrijving"></head></html>`;
    expect(extractMetadata(page, PAGE_URL)).toMatchObject({
      title: 'Mijn pagina',
      summary: 'Beschrijving',
      language: 'other',
      imageUrl: null,
      canonicalUrl: null,
    });
  });

  it('ignores a javascript: image and an author given as a profile URL', () => {
    const page = `<meta property="og:image" content="javascript:alert(1)">
      <meta property="article:author" content="https://facebook.com/quelquun"><meta name="author" content="Zoé Lefèvre">`;
    expect(extractMetadata(page, PAGE_URL)).toMatchObject({ imageUrl: null, authors: ['Zoé Lefèvre'] });
  });
});

describe('decoding a page', () => {
  const latin1Page = Buffer.from(
    '<html><head><meta charset="windows-1252"><title>Écrans, café et « sommeil » – 2024</title></head></html>',
    'latin1',
  );
  // « – » is 0x96 in windows-1252, absent from latin1: written by hand.
  latin1Page[latin1Page.indexOf(Buffer.from('» ', 'latin1')) + 2] = 0x96;

  it('uses the charset the page declares when the header says none', () => {
    expect(extractMetadata(decodePage(latin1Page, null), PAGE_URL).title).toBe('Écrans, café et « sommeil » – 2024');
  });

  it('prefers the Content-Type header charset, and reads UTF-8 by default', () => {
    const utf8 = Buffer.from('<title>Élan ✓</title>', 'utf8');
    expect(decodePage(utf8, null)).toBe('<title>Élan ✓</title>');
    expect(decodePage(Buffer.from('<title>Été</title>', 'latin1'), 'iso-8859-1')).toBe('<title>Été</title>');
    expect(decodePage(utf8, 'pas-un-charset')).toBe('<title>Élan ✓</title>');
  });
});
