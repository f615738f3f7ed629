import { createHash, randomBytes } from 'node:crypto';
import { startTestApi, type TestApi } from '../../../test/api-harness';
import { makeMember, signInAs, type MadeMember } from '../../../test/factories';
import {
  finishUpload,
  rest,
  sampleFiles,
  sendPart,
  startUpload,
  uploadFile,
  type UploadStateAnswer,
} from '../../../test/file-uploads';
import { startS3Server, type TestS3Server } from '../../../test/s3-server';
import { FILE_STORAGE, fileKeys, type FileStorage } from './storage/file-storage';

const MIB = 1024 * 1024;

/** The upload flow, whichever store holds the bytes. Parts are 5 MiB here (S3's smallest). */
describe.each(['local', 's3'] as const)('uploads (%s storage)', (kind) => {
  let api: TestApi;
  let s3: TestS3Server | undefined;
  let member: MadeMember;
  let storage: FileStorage;

  beforeAll(async () => {
    if (kind === 's3') s3 = await startS3Server();
    api = await startTestApi({ env: { FILES_CHUNK_MB: '5', FILES_MAX_FILE_MB: '12', ...(s3?.env ?? {}) } });
    storage = api.app.get(FILE_STORAGE);
    expect(storage.kind).toBe(kind);
    member = await makeMember(api);
  });

  afterAll(async () => {
    await api.close();
    await s3?.stop();
  });

  beforeEach(() => signInAs(api, member));

  it('takes a file in parts sent out of order, resumes after a broken part, and keeps the exact bytes', async () => {
    const bytes = Buffer.concat([sampleFiles.pdf(), randomBytes(11 * MIB)]);
    const started = await startUpload(api, 'Guide des ateliers.pdf', bytes.length);
    expect(started.status).toBe(201);
    const state = started.json<UploadStateAnswer>();
    expect(state).toMatchObject({ tailleParties: 5 * MIB, nombreParties: 3, partiesRecues: [] });
    const part = (n: number) => bytes.subarray((n - 1) * 5 * MIB, n * 5 * MIB);

    expect((await sendPart(api, state.id, 3, part(3))).status).toBe(200);
    // A connection broken in the middle of part 1: too few bytes arrive, the part is refused and not recorded.
    const broken = await sendPart(api, state.id, 1, part(1).subarray(0, MIB));
    expect(broken.status).toBe(400);
    expect(broken.text).toContain(`${5 * MIB} octets exactement`);
    expect((await finishUpload(api, state.id)).text).toContain('il manque 2 partie(s)');
    // The page asks where it stands, and sends what is missing (part 3 again too: no harm).
    const resumed = await rest(api, 'GET', `/fichiers/televersements/${state.id}`);
    expect(resumed.json<UploadStateAnswer>().partiesRecues).toEqual([3]);
    for (const n of [2, 1, 3]) expect((await sendPart(api, state.id, n, part(n))).status).toBe(200);

    const finished = await finishUpload(api, state.id);
    expect(finished.status).toBe(200);
    expect(finished.json()).toEqual({
      id: state.id,
      fileName: 'Guide des ateliers.pdf',
      mediaType: 'application/pdf',
      size: bytes.length,
    });
    const [row] = await api.dataSource.query(
      `SELECT resource_id, uploaded_by, sha256, text_status FROM resource_files WHERE id = $1`,
      [state.id],
    );
    expect(row).toEqual({
      resource_id: null,
      uploaded_by: member.id,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      text_status: 'pending',
    });
    expect(await storage.size(fileKeys.original(state.id))).toBe(bytes.length);
    // Its uploader may download it before it is attached; what comes back is what was sent.
    const download = await rest(api, 'GET', `/fichiers/${state.id}/guide.pdf`);
    expect(download.status).toBe(200);
    expect(download.body.equals(bytes)).toBe(true);
    const range = await rest(api, 'GET', `/fichiers/${state.id}/guide.pdf`, {
      headers: { range: `bytes=${5 * MIB - 3}-${5 * MIB + 2}` },
    });
    expect(range.status).toBe(206);
    expect(range.body.equals(bytes.subarray(5 * MIB - 3, 5 * MIB + 3))).toBe(true);
    // « fin » sent again (its answer lost) answers the same file.
    expect((await finishUpload(api, state.id)).json()).toMatchObject({ id: state.id });
  });

  it('answers the same file to a « fin » sent twice at once', async () => {
    const bytes = sampleFiles.pdf();
    const started = (await startUpload(api, 'double.pdf', bytes.length)).json<UploadStateAnswer>();
    await sendPart(api, started.id, 1, bytes);
    const answers = await Promise.all([finishUpload(api, started.id), finishUpload(api, started.id)]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(answers.map((answer) => answer.json<{ id: string }>().id)).toEqual([started.id, started.id]);
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM jobs WHERE queue = 'files.extract' AND payload->>'fileId' = $1`,
      [started.id],
    );
    expect(n).toBe(1);
  });

  it('answers a refusal, never a server error, to a « fin » of a refused type sent several times at once', async () => {
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const bytes = sampleFiles.html();
      const started = (await startUpload(api, 'page.pdf', bytes.length)).json<UploadStateAnswer>();
      await sendPart(api, started.id, 1, bytes);
      const answers = await Promise.all([1, 2, 3].map(() => finishUpload(api, started.id)));
      // One says why (the type), the others that the upload is gone: each a 4xx with its French message.
      expect(answers.map((answer) => answer.status).sort()).toEqual([400, 404, 404]);
      expect(answers.find((answer) => answer.status === 400)!.text).toContain('Type de fichier refusé');
      expect(await storage.size(fileKeys.original(started.id))).toBeNull();
    }
  });

  it.each([
    ['an SVG image', 'logo.svg', sampleFiles.svg()],
    ['an HTML page', 'page.html', sampleFiles.html()],
    ['an HTML page named .pdf', 'rapport.pdf', sampleFiles.html()],
    ['an executable', 'setup.pdf', sampleFiles.exe()],
  ])('refuses %s, naming the accepted types, and keeps none of its bytes', async (_, name, bytes) => {
    const started = (await startUpload(api, name, bytes.length)).json<UploadStateAnswer>();
    await sendPart(api, started.id, 1, bytes);
    const answer = await finishUpload(api, started.id);
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('Type de fichier refusé : seuls PDF, ODT, DOCX');
    expect(answer.text).toContain('WEBM sont acceptés');
    expect(await storage.size(fileKeys.original(started.id))).toBeNull();
    const [{ n }] = await api.dataSource.query(
      `SELECT (SELECT count(*) FROM resource_files WHERE id = $1) + (SELECT count(*) FROM file_uploads WHERE id = $1) AS n`,
      [started.id],
    );
    expect(Number(n)).toBe(0);
  });

  it('judges a polyglot by its bytes: a PDF header on an HTML body is kept as a PDF, never served as HTML', async () => {
    const answer = await uploadFile(api, 'page.html', sampleFiles.polyglot());
    expect(answer.json()).toMatchObject({ fileName: 'page.pdf', mediaType: 'application/pdf' });
    const { id } = answer.json<{ id: string }>();
    const preview = await rest(api, 'GET', `/fichiers/${id}/page.pdf?apercu=1`);
    expect(preview.headers.get('content-type')).toBe('application/pdf');
    expect(preview.headers.get('x-content-type-options')).toBe('nosniff');
    expect(preview.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
  });

  it('names files safely from what was sent and the detected type', async () => {
    const png = await sampleFiles.png();
    expect((await uploadFile(api, '../../etc/passwd', png)).json()).toMatchObject({ fileName: 'passwd.png' });
    const emoji = (await uploadFile(api, `${'📚'.repeat(300)}.exe`, png)).json<{ fileName: string }>();
    expect(emoji.fileName.length).toBeLessThanOrEqual(120);
    expect(emoji.fileName).toMatch(/^(📚)+\.png$/u);
  });

  it('refuses a file over the cap before any byte, naming the cap', async () => {
    const answer = await startUpload(api, 'gros.pdf', 12 * MIB + 1);
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('12 Mo au plus par fichier');
  });

  it('lets members only upload, each see only their own uploads, and refuses form posts', async () => {
    const mine = (await startUpload(api, 'a.pdf', 10)).json<UploadStateAnswer>();
    const other = await makeMember(api);
    await signInAs(api, other);
    expect((await rest(api, 'GET', `/fichiers/televersements/${mine.id}`)).status).toBe(404);
    expect((await sendPart(api, mine.id, 1, Buffer.alloc(10))).status).toBe(404);
    expect((await finishUpload(api, mine.id)).status).toBe(404);
    const form = await rest(api, 'POST', '/fichiers/televersements', {
      body: 'nom=a.pdf&taille=10',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(400);
    const formPart = await rest(api, 'PUT', `/fichiers/televersements/${mine.id}/parties/1`, {
      body: 'x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(formPart.status).toBe(400);
    api.signOut();
    expect((await startUpload(api, 'a.pdf', 10)).status).toBe(401);
    expect((await sendPart(api, mine.id, 1, Buffer.alloc(10))).status).toBe(401);
  });

  it('queues text extraction for documents and a thumbnail for images, in the same transaction', async () => {
    const pdf = (await uploadFile(api, 'a.pdf', sampleFiles.pdf())).json<{ id: string }>();
    const png = (await uploadFile(api, 'b.png', await sampleFiles.png())).json<{ id: string }>();
    const jobs = await api.dataSource.query(
      `SELECT payload->>'fileId' AS id FROM jobs WHERE queue = 'files.extract' AND payload->>'fileId' = ANY($1)`,
      [[pdf.id, png.id]],
    );
    expect(jobs.map((job: { id: string }) => job.id).sort()).toEqual([pdf.id, png.id].sort());
    const [image] = await api.dataSource.query(`SELECT text_status FROM resource_files WHERE id = $1`, [png.id]);
    expect(image.text_status).toBe('none');
  });
});
