import { TestApi, startTestApi } from '../../../test/api-harness';
import { makeMember, signInAs } from '../../../test/factories';
import { FixtureServer, html, redirect, startFixtureServer } from '../../../test/link-fixtures';

const PREVIEW = `query Preview($url: String!) {
  linkPreview(url: $url) { source url canonicalUrl title summary authors publisher date year language imageUrl imageData type format mediaType }
}`;

type Preview = { linkPreview: Record<string, unknown> };

/** The first bytes of a PNG are enough: the server passes the image on, it does not decode it. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

const CROSSREF_WORK = {
  status: 'ok',
  message: {
    DOI: '10.3917/enf1.231.0045',
    type: 'journal-article',
    title: ['Les tout-petits face aux écrans'],
    author: [
      { given: 'Élodie', family: 'Durand' },
      { given: 'Loïc', family: 'Martin' },
    ],
    'container-title': ['Enfances & Psy'],
    publisher: 'CAIRN',
    issued: { 'date-parts': [[2023, 4]] },
    language: 'fr',
    abstract: '<jats:p>Une revue des études récentes.</jats:p>',
  },
};

const OPEN_LIBRARY_BOOK = {
  url: 'https://openlibrary.org/books/OL1M/grandir',
  title: 'Grandir avec les écrans',
  subtitle: 'guide pour les parents',
  authors: [{ name: 'Serge Tisseron' }],
  publishers: [{ name: 'Érès' }],
  publish_date: 'mars 2013',
  cover: { medium: 'https://covers.openlibrary.org/b/id/1-M.jpg' },
};

describe('Previewing a pasted link (GraphQL over HTTP, a fixture web server on 127.0.0.2)', () => {
  let api: TestApi;
  let fixture: FixtureServer;

  beforeAll(async () => {
    fixture = await startFixtureServer();
    fixture.routes.set(
      '/article',
      html(`<!doctype html><html lang="fr"><head><title>Onglet</title>
        <meta property="og:title" content="Écrans &amp; sommeil : ce qu’on sait">
        <meta property="og:image" content="/couverture.png">
        <meta name="citation_author" content="Élodie Durand">
        <meta name="citation_publication_date" content="2022-05-04">
        <script type="application/ld+json">{"@type":"Article","description":"Une synthèse pour les familles."}</script>
      </head></html>`),
    );
    fixture.routes.set('/ancienne', redirect('/article', 301));
    fixture.routes.set('/couverture.png', (_request, response) =>
      response.writeHead(200, { 'content-type': 'image/png' }).end(PNG),
    );
    fixture.routes.set('/guide.pdf', (_request, response) =>
      response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7'),
    );
    fixture.routes.set('/to-loopback', redirect('http://127.0.0.1:9/'));
    // The look-up services' stubs, on the same fixture server.
    fixture.routes.set('/works/10.3917%2Fenf1.231.0045', (_request, response) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(CROSSREF_WORK)),
    );
    fixture.routes.set('/works/10.5555%2Finconnu', (_request, response) =>
      response.writeHead(404).end('Resource not found.'),
    );
    fixture.routes.set('/works/10.5555%2Fpanne', (_request, response) => response.writeHead(503).end());
    fixture.routes.set('/api/books', (request, response) => {
      const key = new URL(request.url!, fixture.origin).searchParams.get('bibkeys');
      const body = key === 'ISBN:9782070368228' ? { [key]: OPEN_LIBRARY_BOOK } : {};
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    api = await startTestApi({
      indexer: false,
      env: {
        LINK_FETCH_ALLOW_ADDRESSES: '127.0.0.2',
        DOI_LOOKUP_URL: `${fixture.origin}/works/`,
        ISBN_LOOKUP_URL: `${fixture.origin}/api/books`,
      },
    });
  });
  afterAll(async () => {
    await api.close();
    await fixture.close();
  });

  it('asks visitors to sign in, and never fetches for them', async () => {
    api.signOut();
    const result = await api.gql(PREVIEW, { url: `${fixture.origin}/article` });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(fixture.hits).toEqual([]);
  });

  it('fills the form from a page, after its redirects', async () => {
    await signInAs(api, await makeMember(api));
    const result = await api.gql<Preview>(PREVIEW, { url: `${fixture.origin}/ancienne` });
    expect(result.errors).toBeUndefined();
    expect(result.data!.linkPreview).toEqual({
      source: 'page',
      url: `${fixture.origin}/article`,
      canonicalUrl: null,
      title: 'Écrans & sommeil : ce qu’on sait',
      summary: 'Une synthèse pour les familles.',
      authors: ['Élodie Durand'],
      publisher: null,
      date: '2022-05-04',
      year: 2022,
      language: 'fr',
      imageUrl: `${fixture.origin}/couverture.png`,
      imageData: `data:image/png;base64,${PNG.toString('base64')}`,
      type: 'lecture',
      format: 'article',
      mediaType: 'text/html',
    });
  });

  it('reports a PDF as a document to attach, with a suggested kind', async () => {
    await signInAs(api, await makeMember(api));
    const result = await api.gql<Preview>(PREVIEW, { url: `${fixture.origin}/guide.pdf` });
    expect(result.data!.linkPreview).toMatchObject({ source: 'pdf', mediaType: 'application/pdf', type: 'lecture' });
  });

  it('refuses loopback, directly or through a redirect, with the reason and a French message', async () => {
    await signInAs(api, await makeMember(api));
    for (const url of ['http://127.0.0.1:9/', `${fixture.origin}/to-loopback`]) {
      const result = await api.gql(PREVIEW, { url });
      expect(result.errors?.[0]).toMatchObject({
        message: 'L’adresse 127.0.0.1 mène à un réseau privé ou local : le serveur ne la lit pas.',
        extensions: { code: 'BAD_USER_INPUT', reason: 'badUserInput.linkPrivateAddress' },
      });
    }
  });

  it('limits previews per member, counted in PostgreSQL', async () => {
    const member = await makeMember(api);
    await signInAs(api, member);
    await api.dataSource.query(`INSERT INTO rate_limits (key, window_start, hits) VALUES ($1, now(), 60)`, [
      `linkPreviewsPerMember:${member.id}`,
    ]);
    const before = fixture.hits.length;
    const result = await api.gql(PREVIEW, { url: `${fixture.origin}/article` });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(fixture.hits.length).toBe(before);
    await signInAs(api, await makeMember(api));
    expect((await api.gql(PREVIEW, { url: `${fixture.origin}/article` })).errors).toBeUndefined();
  });

  it('looks a DOI up in Crossref, bare or as a doi.org address', async () => {
    await signInAs(api, await makeMember(api));
    for (const url of ['10.3917/enf1.231.0045', 'https://doi.org/10.3917/enf1.231.0045']) {
      const result = await api.gql<Preview>(PREVIEW, { url });
      expect(result.errors).toBeUndefined();
      expect(result.data!.linkPreview).toMatchObject({
        source: 'doi',
        url: 'https://doi.org/10.3917/enf1.231.0045',
        title: 'Les tout-petits face aux écrans',
        summary: 'Une revue des études récentes.',
        authors: ['Élodie Durand', 'Loïc Martin'],
        publisher: 'Enfances & Psy',
        year: 2023,
        language: 'fr',
        type: 'lecture',
        format: 'article',
      });
    }
  });

  it('says when a DOI is unknown or Crossref is down', async () => {
    await signInAs(api, await makeMember(api));
    expect((await api.gql(PREVIEW, { url: '10.5555/inconnu' })).errors?.[0]).toMatchObject({
      message: 'Aucune publication ne correspond au DOI « 10.5555/inconnu ».',
      extensions: { code: 'NOT_FOUND', reason: 'notFound.doi' },
    });
    expect((await api.gql(PREVIEW, { url: 'doi:10.5555/panne' })).errors?.[0].extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      reason: 'unavailable.lookup',
    });
  });

  it('looks an ISBN up in Open Library, and refuses one with a wrong check digit', async () => {
    await signInAs(api, await makeMember(api));
    const found = await api.gql<Preview>(PREVIEW, { url: 'ISBN 978-2-07-036822-8' });
    expect(found.data!.linkPreview).toMatchObject({
      source: 'isbn',
      url: 'https://openlibrary.org/books/OL1M/grandir',
      title: 'Grandir avec les écrans : guide pour les parents',
      authors: ['Serge Tisseron'],
      publisher: 'Érès',
      year: 2013,
      imageUrl: 'https://covers.openlibrary.org/b/id/1-M.jpg',
      type: 'lecture',
      format: 'livre',
    });
    expect((await api.gql(PREVIEW, { url: '979-10-90636-07-1' })).errors?.[0].extensions).toMatchObject({
      reason: 'notFound.isbn',
    });
    expect((await api.gql(PREVIEW, { url: '978-2-07-036822-9' })).errors?.[0]).toMatchObject({
      message: 'Cet ISBN est mal formé : sa clé de contrôle ne correspond pas.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
