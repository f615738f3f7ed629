import http from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startTestApi, type TestApi } from '../test/api-harness';
import { makeMember, signInAs } from '../test/factories';
import { uploadedFileId } from '../test/file-uploads';
import { makePdf } from '../test/files/fixtures';

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A request whose body is read as sent (Node's fetch would decode it and hide what travelled). */
function raw(url: string, headers: Record<string, string>, body?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: body ? 'POST' : 'GET', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    request.on('error', reject);
    request.end(body);
  });
}

describe('Compressed responses in every mode, including npm start (the API serving the web app)', () => {
  let api: TestApi;
  let web: string;
  let origin: string;
  const script = Buffer.from(`console.log(${JSON.stringify('Culture commune '.repeat(400))});\n`);

  beforeAll(async () => {
    web = mkdtempSync(join(tmpdir(), 'cc-web-'));
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), `<!doctype html><title>Culture commune</title>${'<p>page</p>'.repeat(300)}`);
    writeFileSync(join(web, 'assets', 'index-AbC123.js'), script);
    // Marked copies: the test tells the ahead-of-time files from an encoding done per request.
    writeFileSync(join(web, 'assets', 'index-AbC123.js.br'), brotliCompressSync(Buffer.from('/* br */')));
    writeFileSync(join(web, 'assets', 'index-AbC123.js.gz'), gzipSync(Buffer.from('/* gz */')));
    api = await startTestApi({ env: { WEB_DIST: web } });
    await api.seedDemo();
    origin = api.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await api.close();
    rmSync(web, { recursive: true, force: true });
  });

  const search = JSON.stringify({
    query: '{ search(input: { q: "écrans" }) { total hits { resource { slug title summary } } } }',
  });

  it('sends GraphQL answers in Brotli when the client accepts it, and they decode to the same JSON', async () => {
    const plain = await raw(api.url, { 'content-type': 'application/json', 'accept-encoding': 'identity' }, search);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);
    const br = await raw(api.url, { 'content-type': 'application/json', 'accept-encoding': 'gzip, br' }, search);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
    expect(JSON.parse(brotliDecompressSync(br.body).toString('utf8'))).toEqual(JSON.parse(plain.body.toString()));
    const gz = await raw(api.url, { 'content-type': 'application/json', 'accept-encoding': 'gzip' }, search);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.body).toString('utf8'))).toEqual(JSON.parse(plain.body.toString()));
  });

  it('compresses the pages of the web app', async () => {
    const page = await raw(`${origin}/ressources`, { accept: 'text/html', 'accept-encoding': 'br' });
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(page.body).toString()).toContain('<title>Culture commune</title>');
  });

  it('serves hashed assets compressed ahead of time, with their own type and a year-long immutable cache', async () => {
    const br = await raw(`${origin}/assets/index-AbC123.js`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(br.headers['cache-control']).toMatch(/max-age=31536000.*immutable/);
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(brotliDecompressSync(br.body).toString()).toBe('/* br */');

    const gz = await raw(`${origin}/assets/index-AbC123.js`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe('/* gz */');

    const none = await raw(`${origin}/assets/index-AbC123.js`, { 'accept-encoding': 'identity' });
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body.equals(script)).toBe(true);
  });

  it('leaves file downloads as stored: no encoding, exact length and byte ranges', async () => {
    await signInAs(api, await makeMember(api));
    const id = await uploadedFileId(api, 'guide.pdf', makePdf(['Guide '.repeat(500)]));
    const created = await api.gql<{ createResource: { files: { downloadUrl: string; size: number }[] } }>(
      `mutation($input: ResourceInput!) { createResource(input: $input) { files { downloadUrl size } } }`,
      {
        input: {
          type: 'outil',
          format: 'quiz',
          title: 'Guide compressé ou non',
          summary: 'Un guide en PDF.',
          authors: [],
          language: 'fr',
          visibility: 'public',
          themeSlugs: ['jeux-video'],
          audienceSlugs: [],
          tags: [],
          files: [{ id, main: true }],
        },
      },
    );
    const [file] = created.data!.createResource.files;
    const download = await raw(`${origin}${file.downloadUrl}`, { 'accept-encoding': 'br, gzip', cookie: api.cookie });
    expect(download.status).toBe(200);
    expect(download.headers['content-encoding']).toBeUndefined();
    expect(Number(download.headers['content-length'])).toBe(file.size);
    const range = await raw(`${origin}${file.downloadUrl}`, {
      'accept-encoding': 'br, gzip',
      range: 'bytes=0-4',
      cookie: api.cookie,
    });
    expect(range.status).toBe(206);
    expect(range.body.toString()).toBe('%PDF-');
  });
});
