import { randomBytes } from 'node:crypto';
import { startTestApi, type TestApi } from '../../../test/api-harness';
import { DAY, makeMember, signInAs, type MadeMember } from '../../../test/factories';
import { rest, sampleFiles, settleQueue, startUpload, uploadedFileId } from '../../../test/file-uploads';
import { ResourceBinService } from '../resource-history/resource-bin.service';
import { FileDeletion, FILES_DELETE_QUEUE } from './file-deletion';
import { FILE_STORAGE, fileKeys, type FileStorage } from './storage/file-storage';

const FILE_FIELDS = `files { id fileName mediaType extension size isMain downloadUrl previewUrl thumbnailUrl textStatus }`;
const CREATE = `mutation($input: ResourceInput!) { createResource(input: $input) { slug ${FILE_FIELDS} } }`;
const UPDATE = `mutation($slug: String!, $input: ResourceInput!) { updateResource(slug: $slug, input: $input) { slug ${FILE_FIELDS} } }`;
const HISTORY = `query($slug: String!) { resource(slug: $slug) { history { version changes { field before after } } } }`;

interface FileView {
  id: string;
  fileName: string;
  isMain: boolean;
  downloadUrl: string;
  previewUrl: string | null;
  thumbnailUrl: string | null;
  textStatus: string;
}

const draft = (title: string, files?: { id: string; main?: boolean }[], visibility = 'network') => ({
  type: 'outil',
  format: 'quiz',
  title,
  summary: 'Un guide avec ses fichiers.',
  authors: [],
  language: 'fr',
  visibility,
  themeSlugs: ['jeux-video'],
  audienceSlugs: [],
  tags: [],
  ...(files ? { files } : {}),
});

describe('Files on resources', () => {
  let api: TestApi;
  let contributor: MadeMember;
  let other: MadeMember;
  let storage: FileStorage;
  const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    api = await startTestApi({ indexer: false, env: { FILES_MAX_FILE_MB: '1', FILES_MAX_RESOURCE_MB: '1' } });
    await api.seedDemo();
    storage = api.app.get(FILE_STORAGE);
    contributor = await makeMember(api);
    other = await makeMember(api);
  });
  afterAll(() => api.close());
  beforeEach(() => signInAs(api, contributor));

  async function create(title: string, files: { id: string; main?: boolean }[], visibility = 'network') {
    const created = await api.gql<{ createResource: { slug: string; files: FileView[] } }>(CREATE, {
      input: draft(title, files, visibility),
    });
    if (created.errors) throw new Error(created.errors[0].message);
    return created.data!.createResource;
  }

  it('attaches one’s uploads in order with one main file, shown main first with their addresses', async () => {
    const pdf = await uploadedFileId(api, 'Guide.pdf', sampleFiles.pdf());
    const png = await uploadedFileId(api, 'affiche.png', await sampleFiles.png());
    const resource = await create('Guide avec affiche', [{ id: png }, { id: pdf, main: true }]);
    expect(resource.files).toEqual([
      expect.objectContaining({
        id: pdf,
        fileName: 'Guide.pdf',
        isMain: true,
        downloadUrl: `/fichiers/${pdf}/Guide.pdf`,
        previewUrl: `/fichiers/${pdf}/Guide.pdf?apercu=1`,
        thumbnailUrl: null,
        textStatus: 'pending',
      }),
      expect.objectContaining({
        id: png,
        fileName: 'affiche.png',
        isMain: false,
        previewUrl: null,
        textStatus: 'none',
      }),
    ]);
    // Without a main file chosen, the first one is.
    const third = await uploadedFileId(api, 'a.pdf', sampleFiles.pdf());
    const fourth = await uploadedFileId(api, 'b.pdf', sampleFiles.pdf());
    const plain = await create('Sans principal', [{ id: third }, { id: fourth }]);
    expect(plain.files.map((file) => [file.id, file.isMain])).toEqual([
      [third, true],
      [fourth, false],
    ]);
  });

  it('serves a file with its type, a safe attachment name, nosniff, ETag, ranges and 304', async () => {
    const bytes = Buffer.concat([sampleFiles.pdf(), randomBytes(5000)]);
    const id = await uploadedFileId(api, 'Écoles « numériques ».pdf', bytes);
    await create('Téléchargements', [{ id }], 'network');
    const path = `/fichiers/${id}/x.pdf`;
    const full = await rest(api, 'GET', path);
    expect(full.status).toBe(200);
    expect(full.body.equals(bytes)).toBe(true);
    expect(full.headers.get('content-type')).toBe('application/pdf');
    expect(full.headers.get('content-disposition')).toBe(
      `attachment; filename="Ecoles _ numeriques _.pdf"; filename*=UTF-8''%C3%89coles%20%C2%AB%20num%C3%A9riques%20%C2%BB.pdf`,
    );
    expect(full.headers.get('x-content-type-options')).toBe('nosniff');
    expect(full.headers.get('accept-ranges')).toBe('bytes');
    expect(full.headers.get('cache-control')).toBe('private, no-store');
    const etag = full.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);

    expect((await rest(api, 'GET', path, { headers: { 'if-none-match': etag } })).status).toBe(304);
    const part = await rest(api, 'GET', path, { headers: { range: 'bytes=10-19' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 10-19/${bytes.length}`);
    expect(part.body.equals(bytes.subarray(10, 20))).toBe(true);
    const tail = await rest(api, 'GET', path, { headers: { range: 'bytes=-5' } });
    expect(tail.body.equals(bytes.subarray(-5))).toBe(true);
    const beyond = await rest(api, 'GET', path, { headers: { range: `bytes=${bytes.length}-` } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${bytes.length}`);

    const preview = await rest(api, 'GET', `${path}?apercu=1`);
    expect(preview.headers.get('content-disposition')).toMatch(/^inline; /);
    expect(preview.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
  });

  it('never shows an image or anything but a PDF inline, and lets caches keep public files privately only', async () => {
    const png = await uploadedFileId(api, 'photo.png', await sampleFiles.png());
    await create('Photo publique', [{ id: png }], 'public');
    const answer = await rest(api, 'GET', `/fichiers/${png}/photo.png?apercu=1`);
    expect(answer.headers.get('content-type')).toBe('image/png');
    expect(answer.headers.get('content-disposition')).toMatch(/^attachment; /);
    expect(answer.headers.get('content-security-policy')).not.toBe("sandbox; default-src 'none'");
    expect(answer.headers.get('cache-control')).toBe('private, max-age=0, must-revalidate');
  });

  it('refuses files one may not attach, several main files, and more than the per-resource cap, naming the field', async () => {
    const mine = await uploadedFileId(api, 'mien.pdf', sampleFiles.pdf());
    await signInAs(api, other);
    const theirs = await uploadedFileId(api, 'autre.pdf', sampleFiles.pdf());
    await signInAs(api, contributor);
    const elsewhere = await uploadedFileId(api, 'ailleurs.pdf', sampleFiles.pdf());
    await create('Déjà ailleurs', [{ id: elsewhere }]);
    for (const id of [theirs, elsewhere, '00000000-0000-4000-8000-000000000000', 'pas-un-id']) {
      const refused = await api.gql(CREATE, { input: draft('Refusé', [{ id: mine }, { id }]) });
      expect(code(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0].message).toBe(`Fichiers : fichier introuvable ou qui n’est pas à vous : ${id}.`);
    }
    const second = await uploadedFileId(api, 'second.pdf', sampleFiles.pdf());
    const twoMains = await api.gql(CREATE, {
      input: draft('Deux principaux', [
        { id: mine, main: true },
        { id: second, main: true },
      ]),
    });
    expect(twoMains.errors![0].message).toBe('Fichiers : un seul fichier peut être le fichier principal.');
    const big = () => Buffer.concat([sampleFiles.pdf(), randomBytes(600 * 1024)]);
    const tooMuch = await api.gql(CREATE, {
      input: draft('Trop lourd', [
        { id: await uploadedFileId(api, 'g1.pdf', big()) },
        { id: await uploadedFileId(api, 'g2.pdf', big()) },
      ]),
    });
    expect(tooMuch.errors![0].message).toBe('Fichiers : 1 Mo au plus pour l’ensemble des fichiers d’une ressource.');
    // Nothing was attached by the refused writes.
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM resource_files WHERE id = $1 AND resource_id IS NOT NULL`,
      [mine],
    );
    expect(n).toBe(0);
  });

  it('keeps files when the form omits them, takes off those left out (kept for history), and restores them', async () => {
    const guide = await uploadedFileId(api, 'guide.pdf', sampleFiles.pdf());
    const plan = await uploadedFileId(api, 'plan.pdf', sampleFiles.pdf());
    const { slug } = await create('Atelier avec guide', [{ id: guide, main: true }]);
    const unchanged = await api.gql<{ updateResource: { files: FileView[] } }>(UPDATE, {
      slug,
      input: draft('Atelier avec guide'),
    });
    expect(unchanged.data!.updateResource.files.map((file) => file.id)).toEqual([guide]);

    const swapped = await api.gql<{ updateResource: { files: FileView[] } }>(UPDATE, {
      slug,
      input: draft('Atelier avec guide', [{ id: plan, main: true }]),
    });
    expect(swapped.data!.updateResource.files.map((file) => file.id)).toEqual([plan]);
    const [row] = await api.dataSource.query(`SELECT resource_id, removed_at FROM resource_files WHERE id = $1`, [
      guide,
    ]);
    expect(row.resource_id).not.toBeNull();
    expect(row.removed_at).not.toBeNull();
    expect(await storage.size(fileKeys.original(guide))).not.toBeNull();

    const history = await api.gql<{
      resource: { history: { version: number; changes: { field: string; before: string; after: string }[] }[] };
    }>(HISTORY, { slug });
    const [latest, , first] = history.data!.resource.history;
    expect(latest.changes).toEqual([{ field: 'files', before: 'guide.pdf', after: 'plan.pdf' }]);
    expect(first.changes).toContainEqual({ field: 'files', before: null, after: 'guide.pdf' });

    const restored = await api.gql<{ restoreResourceVersion: { files: FileView[] } }>(
      `mutation($slug: String!) { restoreResourceVersion(slug: $slug, version: 1) { ${FILE_FIELDS} } }`,
      { slug },
    );
    expect(restored.data!.restoreResourceVersion.files.map((file) => [file.id, file.isMain])).toEqual([[guide, true]]);
  });

  it('deletes the bytes of a purged resource’s files, thumbnails included, through a job', async () => {
    const id = await uploadedFileId(api, 'purge.pdf', sampleFiles.pdf());
    const { slug } = await create('À purger', [{ id }]);
    await storage.put(fileKeys.thumbnail(id), Buffer.from('vignette'), 'image/webp');
    await api.dataSource.query(`UPDATE resource_files SET thumbnail_key = $2 WHERE id = $1`, [
      id,
      fileKeys.thumbnail(id),
    ]);
    await api.gql(`mutation($slug: String!) { deleteResource(slug: $slug) }`, { slug });
    // Still in the bin: its bytes stay, for a restore.
    await settleQueue(api, FILES_DELETE_QUEUE);
    expect(await storage.size(fileKeys.original(id))).not.toBeNull();

    await api.app.get(ResourceBinService).purge(new Date(Date.now() + 31 * DAY));
    await settleQueue(api, FILES_DELETE_QUEUE);
    expect(await storage.size(fileKeys.original(id))).toBeNull();
    expect(await storage.size(fileKeys.thumbnail(id))).toBeNull();
  });

  it('sweeps uploads left unfinished past their expiry and files never attached within a day', async () => {
    const kept = await uploadedFileId(api, 'récent.pdf', sampleFiles.pdf());
    const stale = await uploadedFileId(api, 'oublié.pdf', sampleFiles.pdf());
    await api.dataSource.query(`UPDATE resource_files SET created_at = now() - interval '25 hours' WHERE id = $1`, [
      stale,
    ]);
    const unfinished = (await startUpload(api, 'abandon.pdf', 100)).json<{ id: string }>();
    await api.dataSource.query(`UPDATE file_uploads SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      unfinished.id,
    ]);

    await api.app.get(FileDeletion).sweep();
    await settleQueue(api, FILES_DELETE_QUEUE);
    expect(await storage.size(fileKeys.original(stale))).toBeNull();
    expect(await storage.size(fileKeys.original(kept))).not.toBeNull();
    const [{ files, uploads }] = await api.dataSource.query(
      `SELECT (SELECT count(*)::int FROM resource_files WHERE id = $1) AS files, (SELECT count(*)::int FROM file_uploads WHERE id = $2) AS uploads`,
      [stale, unfinished.id],
    );
    expect({ files, uploads }).toEqual({ files: 0, uploads: 0 });
    expect(await rest(api, 'GET', `/fichiers/televersements/${unfinished.id}`).then((a) => a.status)).toBe(404);
  });
});
