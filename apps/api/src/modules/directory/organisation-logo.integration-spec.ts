import sharp from 'sharp';
import { TestApi, startTestApi } from '../../../test/api-harness';

/** An organisation's logo: sent by an admin, kept as a small WebP, served with long caching, shown in the directory. */
describe('Organisation logos', () => {
  let api: TestApi;
  let base: string;

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    await api.seedDemo();
    await api.drain();
    base = api.url.replace(/\/graphql$/, '');
  });
  afterAll(() => api.close());

  const png = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 60 } } })
      .png()
      .toBuffer();
  const send = (body: Buffer | string, type: string, slug = 'mediatheque-chambery') =>
    fetch(`${base}/logos/structures/${slug}`, {
      method: 'POST',
      headers: { 'content-type': type, ...(api.cookie ? { cookie: api.cookie } : {}) },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });

  it('an admin sends a PNG: it becomes a WebP of 256 px at most, cached for good, on the page and the directory hit', async () => {
    await api.signIn('admin@example.org');
    const sent = await send(await png(1200, 600), 'image/png');
    expect(sent.status).toBe(200);
    const { logoUrl } = (await sent.json()) as { logoUrl: string };
    expect(logoUrl).toMatch(/^\/logos\/[0-9a-f-]{36}\.webp$/);

    const served = await fetch(`${base}${logoUrl}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const metadata = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
    expect(metadata).toMatchObject({ format: 'webp', width: 256, height: 128 });

    const page = await api.gql<{ organisationPage: { organisation: { logoUrl: string | null } } }>(
      `{ organisationPage(slug: "mediatheque-chambery") { organisation { logoUrl } } }`,
    );
    expect(page.data!.organisationPage.organisation.logoUrl).toBe(logoUrl);
    await api.drain();
    const hits = await api.gql<{ directory: { hits: { slug: string; logoUrl: string | null }[] } }>(
      `{ directory(input: { q: "Médiathèque de Chambéry", types: [ORGANISATION] }) { hits { slug logoUrl } } }`,
    );
    expect(hits.data!.directory.hits).toContainEqual({ slug: 'mediatheque-chambery', logoUrl });

    // A new logo has a new address; the old one is gone.
    const again = (await (await send(await png(100, 100), 'image/png')).json()) as { logoUrl: string };
    expect(again.logoUrl).not.toBe(logoUrl);
    expect((await fetch(`${base}${logoUrl}`)).status).toBe(404);
  });

  it('refuses SVG and anything that is not PNG, JPEG or WebP by its bytes, with a French message', async () => {
    await api.signIn('admin@example.org');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    const asPng = await send(svg, 'image/png');
    expect(asPng.status).toBe(400);
    expect(await asPng.text()).toContain('PNG, JPEG, WebP');
    expect((await send(svg, 'image/svg+xml')).status).toBe(400);
  });

  it('only admins send logos; visitors are asked to sign in', async () => {
    await api.signIn('camille.durand@example.org');
    expect((await send(await png(10, 10), 'image/png')).status).toBe(403);
    api.signOut();
    expect((await send(await png(10, 10), 'image/png')).status).toBe(401);
  });

  it('refuses a logo over 2 MB', async () => {
    await api.signIn('admin@example.org');
    const big = Buffer.concat([await png(10, 10), Buffer.alloc(2 * 1024 * 1024)]);
    expect((await send(big, 'image/png')).status).toBe(400);
  });
});
