import sharp from 'sharp';
import { TestApi, startTestApi } from '../../../test/api-harness';
import { MadeMember, makeMember, makeOrganisation, signInAs } from '../../../test/factories';
import { settleQueue } from '../../../test/file-uploads';
import { FILES_DELETE_QUEUE } from '../files/file-deletion';
import { FILE_STORAGE, fileKeys, type FileStorage } from '../files/storage/file-storage';

const KIT = `query($slug: String!) { kit(slug: $slug) { photos { id url altText } } }`;
const KITS = `query { kits { slug photos { url altText } } }`;
const REMOVE = `mutation($id: ID!) { removeKitPhoto(id: $id) { photos { id } } }`;

interface Photo {
  id: string;
  url: string;
  altText: string;
}

/** A kit's photos: sent by those who manage the kit with a description, seen by members, removed with their bytes. */
describe('Kit photos', () => {
  let api: TestApi;
  let base: string;
  let owner: MadeMember;
  let stranger: MadeMember;
  let kitSlug: string;

  const png = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: { r: 20, g: 120, b: 200 } } })
      .png()
      .toBuffer();
  const send = (body: Buffer | string, type: string, alt: string | null = 'Les tablettes rangées dans la malle') =>
    fetch(`${base}/malles/${kitSlug}/photos${alt === null ? '' : `?alt=${encodeURIComponent(alt)}`}`, {
      method: 'POST',
      headers: { 'content-type': type, ...(api.cookie ? { cookie: api.cookie } : {}) },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });
  const served = (url: string) => fetch(`${base}${url}`, { headers: api.cookie ? { cookie: api.cookie } : {} });
  const photos = async () => (await api.gql<{ kit: { photos: Photo[] } }>(KIT, { slug: kitSlug })).data!.kit.photos;
  const stored = (id: string) => api.app.get<FileStorage>(FILE_STORAGE).size(fileKeys.kitPhoto(id));

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    base = api.url.replace(/\/graphql$/, '');
    const organisation = await makeOrganisation(api, { name: 'Médiathèque aux photos' });
    owner = await makeMember(api, { organisationId: organisation.id });
    stranger = await makeMember(api, { organisationId: (await makeOrganisation(api, { name: 'Autre structure' })).id });
    await signInAs(api, owner);
    const created = await api.gql<{ createKit: { slug: string } }>(
      `mutation($input: KitInput!) { createKit(input: $input) { slug } }`,
      {
        input: {
          name: 'Robots Thymio ×6',
          organisationSlug: organisation.slug,
          description: '',
          items: [{ label: 'Thymio', quantity: 6 }],
          conditionNotes: '',
          pickupPlace: '',
          loanConditions: '',
          resourceSlugs: [],
        },
      },
    );
    expect(created.errors).toBeUndefined();
    kitSlug = created.data!.createKit.slug;
  });
  afterAll(() => api.close());

  it('a member of the owner organisation sends a photo: a WebP of 1200 px at most, listed with its description, for members only', async () => {
    await signInAs(api, owner);
    const sent = await send(await png(2400, 1600), 'image/png');
    expect(sent.status).toBe(200);
    const photo = (await sent.json()) as Photo;
    expect(photo.url).toMatch(/^\/malles\/photos\/[0-9a-f-]{36}\.webp$/);
    expect(await photos()).toEqual([{ ...photo, altText: 'Les tablettes rangées dans la malle' }]);
    const kits = (await api.gql<{ kits: { slug: string; photos: Photo[] }[] }>(KITS)).data!.kits;
    expect(kits.find((kit) => kit.slug === kitSlug)!.photos[0]).toEqual({ url: photo.url, altText: photo.altText });

    await signInAs(api, stranger);
    const image = await served(photo.url);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/webp');
    expect(image.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    expect(await sharp(Buffer.from(await image.arrayBuffer())).metadata()).toMatchObject({
      format: 'webp',
      width: 1200,
      height: 800,
    });
    api.signOut();
    expect((await served(photo.url)).status).toBe(401);
    const [audit] = await api.dataSource.query(
      `SELECT details FROM audit_log WHERE action = 'kit.updated' AND subject = $1 ORDER BY id DESC LIMIT 1`,
      [kitSlug],
    );
    expect(audit.details).toEqual({ photoAdded: photo.id });
  });

  it('visitors are asked to sign in; members of other organisations may not add or remove photos', async () => {
    api.signOut();
    expect((await send(await png(10, 10), 'image/png')).status).toBe(401);
    await signInAs(api, stranger);
    expect((await send(await png(10, 10), 'image/png')).status).toBe(403);
    const [photo] = await signInAs(api, owner).then(photos);
    await signInAs(api, stranger);
    const removed = await api.gql(REMOVE, { id: photo.id });
    expect(removed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a photo without description, SVG or text, naming the field', async () => {
    await signInAs(api, owner);
    const withoutAlt = await send(await png(10, 10), 'image/png', null);
    expect(withoutAlt.status).toBe(400);
    expect(await withoutAlt.text()).toMatch(/^Description de la photo\s:\sce champ est obligatoire\./);
    expect((await send(await png(10, 10), 'image/png', '   ')).status).toBe(400);
    const svg = await send('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'image/png');
    expect(svg.status).toBe(400);
    expect(await svg.text()).toMatch(/^Photo\s:\svaleur non reconnue\s; valeurs possibles\s:\sPNG, JPEG, WebP\./);
    const text = await send('Pas une image', 'image/jpeg');
    expect(await text.text()).toMatch(/^Photo\s:/);
    expect((await send('<svg/>', 'image/svg+xml')).status).toBe(400);
    expect(await photos()).toHaveLength(1);
  });

  it('keeps four photos at most per kit', async () => {
    await signInAs(api, owner);
    for (let n = (await photos()).length; n < 4; n += 1)
      expect((await send(await png(20, 20), 'image/jpeg')).status).toBe(200);
    const fifth = await send(await png(20, 20), 'image/png');
    expect(fifth.status).toBe(400);
    expect(await fifth.text()).toMatch(/^Photos de la malle\s:\s4\séléments au maximum\./);
    expect(await photos()).toHaveLength(4);
  });

  it('removing a photo drops its row and, after commit, its bytes; its address then answers 404', async () => {
    await signInAs(api, owner);
    const [first, ...rest] = await photos();
    expect(await stored(first.id)).not.toBeNull();
    const removed = await api.gql<{ removeKitPhoto: { photos: { id: string }[] } }>(REMOVE, { id: first.id });
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.removeKitPhoto.photos).toEqual(rest.map((photo) => ({ id: photo.id })));
    await settleQueue(api, FILES_DELETE_QUEUE);
    expect(await stored(first.id)).toBeNull();
    expect((await served(first.url)).status).toBe(404);
  });
});
