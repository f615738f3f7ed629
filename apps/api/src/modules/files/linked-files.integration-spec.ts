import { createHash, randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { startTestApi, type TestApi } from '../../../test/api-harness';
import { makeMember, signInAs, type MadeMember } from '../../../test/factories';
import { rest, settleQueue } from '../../../test/file-uploads';
import { makePdf } from '../../../test/files/fixtures';
import { html, redirect, startFixtureServer, type FixtureServer } from '../../../test/link-fixtures';
import { startS3Server, type TestS3Server } from '../../../test/s3-server';
import { FILE_STORAGE, fileKeys, type FileStorage } from './storage/file-storage';
import { FILES_EXTRACT_QUEUE } from './unattached-file';

const CREATE = `mutation($input: ResourceInput!) {
  createResource(input: $input) { slug files { id fileName isMain textStatus pageCount } }
}`;
const SEARCH = `query($input: SearchInput!) {
  search(input: $input) { hits { resource { slug } fileMatch { fileId number excerpt } } }
}`;

const MIB = 1024 * 1024;

const draft = (title: string, files: { id: string; main?: boolean }[]) => ({
  type: 'outil',
  format: 'quiz',
  title,
  summary: 'Un guide trouvé en ligne, joint comme fichier.',
  authors: [],
  language: 'fr',
  visibility: 'public',
  themeSlugs: ['jeux-video'],
  audienceSlugs: [],
  tags: [],
  files,
});

/** `POST /fichiers/depuis-lien` (decision 0026), with a fixture web server on 127.0.0.2 and one on 127.0.0.1. */
describe('Taking a file from a link', () => {
  let api: TestApi;
  let fixture: FixtureServer;
  /** The same kind of server on 127.0.0.1: the guard must keep it out of reach. */
  let loopback: FixtureServer;
  let member: MadeMember;
  const pdf = makePdf([
    'Guide des ateliers : parler des écrans avec les familles.',
    'Le phénakistiscope fait tourner des dessins devant un miroir.',
  ]);

  const fromLink = (url: string, contentType = 'application/json') =>
    rest(api, 'POST', '/fichiers/depuis-lien', {
      body: contentType === 'application/json' ? JSON.stringify({ url }) : `url=${encodeURIComponent(url)}`,
      headers: { 'content-type': contentType },
    });
  /** What storage holds: nothing must be left by a refusal. */
  const storedFiles = () =>
    readdirSync(api.filesDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const filesOf = async (who: MadeMember) =>
    (await api.dataSource.query(`SELECT count(*)::int AS n FROM resource_files WHERE uploaded_by = $1`, [who.id]))[0]
      .n as number;

  beforeAll(async () => {
    fixture = await startFixtureServer();
    loopback = await startFixtureServer('127.0.0.1');
    loopback.routes.set('/interne.pdf', (_request, response) =>
      response.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf),
    );
    fixture.routes.set('/docs/Guide%20des%20ateliers.pdf', (_request, response) =>
      // No Content-Length: the body is streamed and counted as it comes.
      response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(pdf),
    );
    fixture.routes.set('/telecharger', (_request, response) =>
      response
        .writeHead(200, {
          'content-type': 'application/pdf',
          'content-disposition': `attachment; filename*=UTF-8''Fiche%20%C3%A9crans.pdf`,
        })
        .end(pdf),
    );
    fixture.routes.set('/ancien-lien', redirect('/docs/Guide%20des%20ateliers.pdf', 301));
    fixture.routes.set('/vers-interne', redirect(`http://127.0.0.1:${loopback.port}/interne.pdf`));
    fixture.routes.set('/page.pdf', html('<!doctype html><html><body><script>alert(1)</script></body></html>'));
    fixture.routes.set('/gros.pdf', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/pdf' });
      response.write(pdf);
      for (let i = 0; i < 24; i += 1) response.write(Buffer.alloc(64 * 1024, 0x20));
      response.end();
    });
    fixture.routes.set('/gros-annonce.pdf', (_request, response) =>
      response.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(2 * MIB) }).end(),
    );
    fixture.routes.set('/muet.pdf', () => undefined);
    api = await startTestApi({
      env: { LINK_FETCH_ALLOW_ADDRESSES: '127.0.0.2', FILES_MAX_FILE_MB: '1', LINK_FILE_FETCH_TIMEOUT_MS: '1500' },
    });
    await api.seedDemo();
    member = await makeMember(api);
  });
  afterAll(async () => {
    await api.close();
    await fixture.close();
    await loopback.close();
  });
  beforeEach(() => signInAs(api, member));

  it('makes a PDF a link points at a file a resource can attach, found by a word inside it', async () => {
    const answer = await fromLink(`${fixture.origin}/ancien-lien`);
    expect(answer.status).toBe(200);
    const file = answer.json<{ id: string }>();
    expect(file).toEqual({
      id: expect.any(String),
      fileName: 'Guide des ateliers.pdf',
      mediaType: 'application/pdf',
      size: pdf.length,
    });
    const [row] = await api.dataSource.query(
      `SELECT resource_id, uploaded_by, sha256, text_status FROM resource_files WHERE id = $1`,
      [file.id],
    );
    expect(row).toEqual({
      resource_id: null,
      uploaded_by: member.id,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      text_status: 'pending',
    });
    expect((await rest(api, 'GET', `/fichiers/${file.id}/guide.pdf`)).body.equals(pdf)).toBe(true);

    const created = await api.gql<{ createResource: { slug: string } }>(CREATE, {
      input: draft('Guide des ateliers écrans', [{ id: file.id, main: true }]),
    });
    expect(created.errors).toBeUndefined();
    await settleQueue(api, FILES_EXTRACT_QUEUE);
    await api.drain();
    const found = await api.gql<{ search: { hits: { resource: { slug: string }; fileMatch: unknown }[] } }>(SEARCH, {
      input: { q: 'phénakistiscope' },
    });
    expect(found.data!.search.hits).toEqual([
      {
        resource: { slug: created.data!.createResource.slug },
        fileMatch: { fileId: file.id, number: 2, excerpt: expect.stringContaining('phénakistiscope') },
      },
    ]);
  });

  it('names the file from the server’s Content-Disposition when it gives one', async () => {
    const answer = await fromLink(`${fixture.origin}/telecharger`);
    expect(answer.json()).toMatchObject({ fileName: 'Fiche écrans.pdf', mediaType: 'application/pdf' });
  });

  it('refuses a private address, directly or after a redirect, without contacting it and storing nothing', async () => {
    const before = storedFiles().length;
    const count = await filesOf(member);
    for (const url of [`http://127.0.0.1:${loopback.port}/interne.pdf`, `${fixture.origin}/vers-interne`]) {
      const answer = await fromLink(url);
      expect(answer.status).toBe(400);
      expect(answer.text).toBe('L’adresse 127.0.0.1 mène à un réseau privé ou local : le serveur ne la lit pas.\n');
    }
    expect(loopback.hits).toEqual([]);
    expect(storedFiles().length).toBe(before);
    expect(await filesOf(member)).toBe(count);
  });

  it('refuses an HTML page as a type, whatever its name says, naming the accepted types', async () => {
    const count = await filesOf(member);
    const answer = await fromLink(`${fixture.origin}/page.pdf`);
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('Type de fichier refusé : seuls PDF, ODT, DOCX');
    expect(await filesOf(member)).toBe(count);
  });

  it('refuses a file over the per-file cap, announced or streamed, without storing anything', async () => {
    const before = storedFiles().length;
    const count = await filesOf(member);
    for (const path of ['/gros.pdf', '/gros-annonce.pdf']) {
      const answer = await fromLink(`${fixture.origin}${path}`);
      expect(answer.status).toBe(400);
      expect(answer.text).toBe('Fichier trop volumineux : 1 Mo au plus par fichier.\n');
    }
    expect(storedFiles().length).toBe(before);
    expect(await filesOf(member)).toBe(count);
  });

  it('says when the link answers an error or nothing in time', async () => {
    const missing = await fromLink(`${fixture.origin}/introuvable.pdf`);
    expect(missing.status).toBe(503);
    expect(missing.text).toBe('La page a répondu par une erreur (HTTP 404).\n');
    const silent = await fromLink(`${fixture.origin}/muet.pdf`);
    expect(silent.status).toBe(503);
    expect(silent.text).toContain('n’a pas répondu en 2 secondes');
    const empty = await fromLink('  ');
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('obligatoire');
  });

  it('is for members only, never fetches for a visitor, and refuses form posts', async () => {
    const hits = fixture.hits.length;
    expect((await fromLink(`${fixture.origin}/telecharger`, 'application/x-www-form-urlencoded')).status).toBe(400);
    api.signOut();
    expect((await fromLink(`${fixture.origin}/telecharger`)).status).toBe(401);
    expect(fixture.hits.length).toBe(hits);
  });

  it('limits files taken from links per member, counted in PostgreSQL', async () => {
    const limited = await makeMember(api);
    await signInAs(api, limited);
    await api.dataSource.query(`INSERT INTO rate_limits (key, window_start, hits) VALUES ($1, now(), 20)`, [
      `filesFromLinksPerMember:${limited.id}`,
    ]);
    const hits = fixture.hits.length;
    const answer = await fromLink(`${fixture.origin}/telecharger`);
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(fixture.hits.length).toBe(hits);
  });
});

describe('Taking a file from a link into S3-compatible storage', () => {
  let api: TestApi;
  let s3: TestS3Server;
  let fixture: FixtureServer;
  /** Three parts of 5 MiB at most, as an upload of the same size would have. */
  const big = Buffer.concat([makePdf(['Un guide de onze mégaoctets.']), randomBytes(11 * MIB)]);

  beforeAll(async () => {
    s3 = await startS3Server();
    fixture = await startFixtureServer();
    fixture.routes.set('/onze.pdf', (_request, response) =>
      response.writeHead(200, { 'content-type': 'application/pdf' }).end(big),
    );
    api = await startTestApi({
      indexer: false,
      env: { LINK_FETCH_ALLOW_ADDRESSES: '127.0.0.2', FILES_CHUNK_MB: '5', FILES_MAX_FILE_MB: '12', ...s3.env },
    });
    await signInAs(api, await makeMember(api));
  });
  afterAll(async () => {
    await api.close();
    await fixture.close();
    await s3.stop();
  });

  it('stores it in parts in the object store, byte for byte', async () => {
    const answer = await rest(api, 'POST', '/fichiers/depuis-lien', {
      body: JSON.stringify({ url: `${fixture.origin}/onze.pdf` }),
      headers: { 'content-type': 'application/json' },
    });
    expect(answer.json()).toMatchObject({ fileName: 'onze.pdf', size: big.length });
    const { id } = answer.json<{ id: string }>();
    const storage = api.app.get<FileStorage>(FILE_STORAGE);
    expect(storage.kind).toBe('s3');
    expect(await storage.size(fileKeys.original(id))).toBe(big.length);
    expect((await rest(api, 'GET', `/fichiers/${id}/onze.pdf`)).body.equals(big)).toBe(true);
  });
});
