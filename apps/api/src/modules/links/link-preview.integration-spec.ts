import { TestApi, startTestApi } from '../../../test/api-harness';
import { makeMember, signInAs } from '../../../test/factories';
import { FixtureServer, html, redirect, startFixtureServer } from '../../../test/link-fixtures';

const PREVIEW = `query Preview($url: String!) {
  linkPreview(url: $url) { source url canonicalUrl title summary authors publisher date year language imageUrl type format mediaType }
}`;

type Preview = { linkPreview: Record<string, unknown> };

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
    fixture.routes.set('/guide.pdf', (_request, response) =>
      response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7'),
    );
    fixture.routes.set('/to-loopback', redirect('http://127.0.0.1:9/'));
    api = await startTestApi({ indexer: false, env: { LINK_FETCH_ALLOW_ADDRESSES: '127.0.0.2' } });
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
});
