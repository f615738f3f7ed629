import { DomUtils, parseDocument } from 'htmlparser2';
import { resourceShell, searchShell, withShell } from './web-app-shell';

const INDEX =
  '<!doctype html><html><head><title>Culture commune</title></head><body><div id="root"></div></body></html>';
const HOSTILE = '</div><script>alert(1)</script><img src=x onerror="alert(2)"> & $& \'"';

const resource = {
  id: 'r1',
  slug: 'tisseron-3-6-9-12',
  type: 'lecture',
  format: 'livre',
  title: 'Apprivoiser les écrans',
  summary: 'Des repères pour chaque âge.',
  thumbnailUrl: '/fichiers/f1/vignette',
  reactions: [
    { kind: 'useful', count: 3 },
    { kind: 'tested', count: 0 },
    { kind: 'toRead', count: 1 },
  ],
};

const root = (html: string) => {
  const document = parseDocument(html);
  const element = DomUtils.findOne((e) => e.attribs.id === 'root', document.children);
  if (!element) throw new Error('no #root');
  return element;
};
const byClass = (html: string, className: string) =>
  DomUtils.findAll((e) => (e.attribs.class ?? '').split(' ').includes(className), root(html).children);
const textOf = (html: string, tag: string) =>
  DomUtils.findAll((e) => e.name === tag, root(html).children).map((e) => DomUtils.textContent(e));
const tags = (html: string, tag: string) => DomUtils.findAll((e) => e.name === tag, parseDocument(html).children);

describe('the first paint of a resource page, in the served HTML', () => {
  it('shows the header, the title as the h1 and the summary as the lead, in the React page’s markup', () => {
    const html = withShell(INDEX, resourceShell({ resource }));
    expect(byClass(html, 'site-header')).toHaveLength(1);
    expect(textOf(html, 'h1')).toEqual(['Apprivoiser les écrans']);
    const [header] = byClass(html, 'page-header');
    expect(header.attribs.class).toBe('page-header has-thumbnail');
    expect(DomUtils.textContent(byClass(html, 'lead')[0])).toBe('Des repères pour chaque âge.');
    expect(DomUtils.textContent(byClass(html, 'resource-kind')[0])).toBe('LectureLivre');
    expect(byClass(html, 'type-lecture')).toHaveLength(1);
    expect(byClass(html, 'reaction-count').map((e) => DomUtils.textContent(e))).toEqual([
      'Utile (3)',
      'Testé sur le terrain (0)',
      'À lire (1)',
    ]);
    expect(byClass(html, 'resource-thumbnail')[0].attribs).toMatchObject({ width: '144', height: '192', alt: '' });
  });

  it('escapes every value: a hostile title or summary stays text, and adds no element', () => {
    const html = withShell(
      INDEX,
      resourceShell({ resource: { ...resource, title: HOSTILE, summary: HOSTILE, type: 'x" onclick="y' } }),
    );
    expect(textOf(html, 'h1')).toEqual([HOSTILE]);
    expect(DomUtils.textContent(byClass(html, 'lead')[0])).toBe(HOSTILE);
    expect(tags(html, 'script')).toHaveLength(0);
    expect(tags(html, 'img').filter((img) => img.attribs.onerror)).toHaveLength(0);
    expect(DomUtils.findAll((e) => 'onclick' in e.attribs, parseDocument(html).children)).toHaveLength(0);
    expect(html).not.toContain('style=');
  });

  it('lowers the priority of the app’s code, which the first paint no longer waits for, only with a shell', () => {
    const built =
      '<head><script type="module" crossorigin src="/assets/index.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/react.js"><link rel="stylesheet" href="/assets/index.css">' +
      '</head><body><div id="root"></div></body>';
    const html = withShell(built, resourceShell({ resource }));
    expect(tags(html, 'script')[0].attribs.fetchpriority).toBe('low');
    const links = tags(html, 'link');
    expect(links.map((link) => [link.attribs.rel, link.attribs.fetchpriority])).toEqual([
      ['modulepreload', 'low'],
      ['stylesheet', undefined],
    ]);
    expect(withShell(built, null)).toBe(built);
  });

  it('with the build’s first-paint loader, loads the app’s code through it, after the first paint, only with a shell', () => {
    const built =
      '<head><script type="module" crossorigin src="/assets/index.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/react.js">' +
      '<link rel="modulepreload" crossorigin href="/assets/vendor.js"><link rel="stylesheet" href="/assets/index.css">' +
      '</head><body><div id="root"></div></body>';
    const html = withShell(built, resourceShell({ resource }), '/assets/first-paint-abc.js');
    // One deferred classic script, which knows the entry and the preloads; no module script, no preload left.
    const scripts = tags(html, 'script');
    expect(scripts.map((script) => script.attribs)).toEqual([
      {
        defer: '',
        src: '/assets/first-paint-abc.js',
        'data-entry': '/assets/index.js',
        'data-preload': '/assets/react.js /assets/vendor.js',
      },
    ]);
    // The stylesheet is what the first paint needs: as built.
    expect(tags(html, 'link').map((link) => link.attribs.rel)).toEqual(['stylesheet']);
    expect(withShell(built, null, '/assets/first-paint-abc.js')).toBe(built);
  });

  it('is nothing without a preloaded resource (not found, refused, not preloaded)', () => {
    expect(resourceShell({ resource: null })).toBeNull();
    expect(resourceShell(null)).toBeNull();
    expect(withShell(INDEX, null)).toBe(INDEX);
  });
});

describe('the first paint of the search page, in the served HTML', () => {
  const hit = (n: number, title = `Ressource ${n}`) => ({
    resource: {
      id: `r${n}`,
      slug: `ressource-${n}`,
      type: 'outil',
      format: 'jeu',
      title,
      summary: `Résumé ${n}`,
      year: 2020,
      themes: [{ label: 'Écrans' }],
    },
    thumbnailUrl: null,
  });

  it('shows the first results’ titles (links) and summaries in the results list', () => {
    const html = withShell(
      INDEX,
      searchShell({ search: { total: 12, hits: [1, 2, 3].map((n) => hit(n)) } }, { q: 'écrans', sort: 'relevance' }),
    );
    expect(textOf(html, 'h1')).toEqual(['Bibliothèque de ressources']);
    expect(byClass(html, 'hits')).toHaveLength(1);
    expect(textOf(html, 'h3')).toEqual(['Ressource 1', 'Ressource 2', 'Ressource 3']);
    expect(byClass(html, 'hit-summary').map((e) => DomUtils.textContent(e))).toEqual([
      'Résumé 1',
      'Résumé 2',
      'Résumé 3',
    ]);
    expect(
      DomUtils.findAll((e) => e.name === 'a' && e.attribs.href === '/ressources/ressource-2', root(html).children),
    ).toHaveLength(1);
    expect(DomUtils.textContent(byClass(html, 'results-count')[0])).toBe('12 ressources');
    expect(DomUtils.findOne((e) => e.name === 'input', root(html).children)?.attribs).toMatchObject({
      value: 'écrans',
      readonly: '',
    });
  });

  it('escapes the query and the results', () => {
    const html = withShell(
      INDEX,
      searchShell({ search: { total: 1, hits: [hit(1, HOSTILE)] } }, { q: HOSTILE, sort: 'relevance' }),
    );
    expect(textOf(html, 'h3')).toEqual([HOSTILE]);
    expect(DomUtils.findOne((e) => e.name === 'input', root(html).children)?.attribs.value).toBe(HOSTILE);
    expect(tags(html, 'script')).toHaveLength(0);
    expect(tags(html, 'img')).toHaveLength(0);
  });

  it('is nothing without a preloaded search', () => {
    expect(searchShell({}, { q: '', sort: 'relevance' })).toBeNull();
  });
});
