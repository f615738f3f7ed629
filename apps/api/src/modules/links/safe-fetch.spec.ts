import { DomainError } from '../../common/errors/domain-errors';
import { FixtureServer, fixedLookup, html, redirect, startFixtureServer } from '../../../test/link-fixtures';
import { MAX_REDIRECTS, SafeFetchOptions, safeFetch, safeFetchStream } from './safe-fetch';

const PAGE = '<html lang="fr"><head><title>Écrans et sommeil</title></head></html>';

describe('reading a shared link safely (SSRF guard, real sockets on local fixture servers)', () => {
  let fixture: FixtureServer;
  /** The same kind of server on 127.0.0.1, which the guard must keep refusing. */
  let loopback: FixtureServer;
  const options = (overrides: Partial<SafeFetchOptions> = {}): SafeFetchOptions => ({
    timeoutMs: 2000,
    maxBytes: 64 * 1024,
    allowAddresses: ['127.0.0.2'],
    lookup: fixedLookup({
      'fixture.example': '127.0.0.2',
      'evil.example': '127.0.0.1',
      'meta.example': '169.254.169.254',
    }),
    ...overrides,
  });
  const reasonOf = async (address: string, overrides: Partial<SafeFetchOptions> = {}) => {
    try {
      await safeFetch(address, options(overrides));
    } catch (error) {
      if (error instanceof DomainError) return { reason: error.reason, message: error.message };
      throw error;
    }
    throw new Error(`${address} was read`);
  };

  beforeAll(async () => {
    fixture = await startFixtureServer();
    loopback = await startFixtureServer('127.0.0.1');
    fixture.routes.set('/page', html(PAGE));
    loopback.routes.set('/secret', html('secret'));
    for (let hop = 0; hop < 10; hop++) fixture.routes.set(`/hop/${hop}`, redirect(`/hop/${hop + 1}`));
    fixture.routes.set('/to-loopback', redirect(`http://127.0.0.1:${loopback.port}/secret`));
    fixture.routes.set('/to-evil-name', redirect(`http://evil.example:${loopback.port}/secret`));
    fixture.routes.set('/to-ftp', redirect('ftp://fixture.example/file'));
    fixture.routes.set('/big', html('x'.repeat(100 * 1024)));
    fixture.routes.set('/big-chunked', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 100; i++) response.write('y'.repeat(1024));
      response.end();
    });
    fixture.routes.set('/silent', () => undefined);
    fixture.routes.set('/slow-body', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<html>');
    });
    fixture.routes.set('/gone', (_request, response) => response.writeHead(410).end());
    fixture.routes.set('/guide.pdf', (_request, response) =>
      response.writeHead(200, { 'content-type': 'application/pdf', 'content-length': '999999999' }).end('%PDF-1.7'),
    );
  });
  afterAll(async () => {
    await fixture.close();
    await loopback.close();
  });

  it('reads a page of the allowed fixture address, by IP or by a name resolving to it', async () => {
    const byIp = await safeFetch(`${fixture.origin}/page`, options());
    expect(byIp).toMatchObject({ status: 200, mediaType: 'text/html', charset: 'utf-8' });
    expect(byIp.body.toString('utf8')).toBe(PAGE);
    const byName = await safeFetch(`http://fixture.example:${fixture.port}/page`, options());
    expect(byName.body.toString('utf8')).toContain('Écrans et sommeil');
  });

  it.each([
    ['127.0.0.1', () => `http://127.0.0.1:${loopback.port}/secret`],
    ['[::1]', () => `http://[::1]:${loopback.port}/secret`],
    ['169.254.169.254 (cloud metadata)', () => 'http://169.254.169.254/latest/meta-data/'],
    ['10.0.0.1', () => 'http://10.0.0.1/'],
    ['192.168.1.1', () => 'http://192.168.1.1/'],
    ['100.64.0.1 (CGNAT)', () => 'http://100.64.0.1/'],
    ['[fd00::1] (IPv6 ULA)', () => 'http://[fd00::1]/'],
    ['[::ffff:127.0.0.1] (IPv4-mapped)', () => `http://[::ffff:127.0.0.1]:${loopback.port}/secret`],
    ['0.0.0.0', () => `http://0.0.0.0:${loopback.port}/secret`],
  ])('refuses the literal address %s', async (_name, address) => {
    expect(await reasonOf(address())).toMatchObject({
      reason: 'badUserInput.linkPrivateAddress',
      message: expect.stringMatching(/mène à un réseau privé ou local/),
    });
    expect(loopback.hits).toEqual([]);
  });

  it('refuses localhost, resolved by the system', async () => {
    expect(await reasonOf(`http://localhost:${loopback.port}/secret`, { lookup: undefined })).toMatchObject({
      reason: 'badUserInput.linkPrivateAddress',
    });
    expect(loopback.hits).toEqual([]);
  });

  it('refuses a public-looking name that resolves to 127.0.0.1 or to the metadata address', async () => {
    expect((await reasonOf(`http://evil.example:${loopback.port}/secret`)).reason).toBe(
      'badUserInput.linkPrivateAddress',
    );
    expect((await reasonOf('http://meta.example/latest/')).reason).toBe('badUserInput.linkPrivateAddress');
    expect(loopback.hits).toEqual([]);
  });

  it('checks every hop: a redirect to a loopback address or to a name resolving to one is refused', async () => {
    expect((await reasonOf(`${fixture.origin}/to-loopback`)).reason).toBe('badUserInput.linkPrivateAddress');
    expect((await reasonOf(`${fixture.origin}/to-evil-name`)).reason).toBe('badUserInput.linkPrivateAddress');
    expect(loopback.hits).toEqual([]);
  });

  it(`follows ${MAX_REDIRECTS} redirects and refuses the ${MAX_REDIRECTS + 1}th`, async () => {
    fixture.routes.set(`/hop/${MAX_REDIRECTS}`, html('arrivé'));
    expect((await safeFetch(`${fixture.origin}/hop/0`, options())).body.toString()).toBe('arrivé');
    fixture.routes.set(`/hop/${MAX_REDIRECTS}`, redirect(`/hop/${MAX_REDIRECTS + 1}`));
    fixture.routes.set(`/hop/${MAX_REDIRECTS + 1}`, html('trop loin'));
    expect(await reasonOf(`${fixture.origin}/hop/0`)).toEqual({
      reason: 'badUserInput.linkTooManyRedirects',
      message: 'La page redirige plus de 5 fois : lecture abandonnée.',
    });
  });

  it.each(['ftp://fixture.example/file', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<p>x</p>'])(
    'refuses %s: only http(s)',
    async (address) => {
      expect((await reasonOf(address)).reason).toBe('badUserInput.linkScheme');
    },
  );

  it('refuses a redirect to another scheme, and text that is no address', async () => {
    expect(await reasonOf(`${fixture.origin}/to-ftp`)).toMatchObject({
      reason: 'badUserInput.linkScheme',
      message: 'Seules les adresses web (http:// ou https://) peuvent être lues : « ftp » n’est pas accepté.',
    });
    expect((await reasonOf('pas une adresse')).reason).toBe('badUserInput.linkInvalid');
  });

  it('gives up after the timeout, whether the headers or the body are late', async () => {
    const started = Date.now();
    expect(await reasonOf(`${fixture.origin}/silent`, { timeoutMs: 300 })).toMatchObject({
      reason: 'unavailable.linkTimeout',
    });
    expect((await reasonOf(`${fixture.origin}/slow-body`, { timeoutMs: 300 })).reason).toBe('unavailable.linkTimeout');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a page larger than the cap, announced or streamed', async () => {
    expect(await reasonOf(`${fixture.origin}/big`)).toEqual({
      reason: 'badUserInput.linkTooLarge',
      message: 'La page dépasse 64 ko : lecture abandonnée.',
    });
    expect((await reasonOf(`${fixture.origin}/big-chunked`)).reason).toBe('badUserInput.linkTooLarge');
  });

  it('reports an error status and an unreachable host', async () => {
    expect(await reasonOf(`${fixture.origin}/gone`)).toMatchObject({
      reason: 'unavailable.linkStatus',
      message: 'La page a répondu par une erreur (HTTP 410).',
    });
    expect((await reasonOf('http://nowhere.example/')).reason).toBe('unavailable.linkUnreachable');
  });

  it('reads only the headers of a PDF when the body is not wanted', async () => {
    const pdf = await safeFetch(
      `${fixture.origin}/guide.pdf`,
      options({ wantBody: (type) => type.startsWith('text/') }),
    );
    expect(pdf).toMatchObject({ mediaType: 'application/pdf', contentLength: 999999999 });
    expect(pdf.body.length).toBe(0);
  });

  it('streams a body under the same cap and deadline, with the file name the server gives', async () => {
    fixture.routes.set('/rapport', (_request, response) => {
      response.writeHead(200, {
        'content-type': 'application/pdf',
        'content-disposition': 'attachment; filename="r.pdf"',
      });
      for (let i = 0; i < 40; i++) response.write('z'.repeat(1024));
      response.end();
    });
    fixture.routes.set('/vers-rapport', redirect('/rapport'));
    const file = await safeFetchStream(`${fixture.origin}/vers-rapport`, options());
    expect(file).toMatchObject({
      url: `${fixture.origin}/rapport`,
      mediaType: 'application/pdf',
      contentDisposition: 'attachment; filename="r.pdf"',
    });
    let size = 0;
    for await (const chunk of file.body) size += (chunk as Buffer).length;
    expect(size).toBe(40 * 1024);
    const failureOf = async (path: string, overrides: Partial<SafeFetchOptions> = {}) => {
      const streamed = await safeFetchStream(`${fixture.origin}${path}`, options(overrides));
      try {
        for await (const _chunk of streamed.body);
      } catch (error) {
        return (error as DomainError).reason;
      }
      return 'read';
    };
    expect(await failureOf('/big-chunked')).toBe('badUserInput.linkTooLarge');
    expect(await failureOf('/slow-body', { timeoutMs: 300 })).toBe('unavailable.linkTimeout');
    fixture.routes.set('/big-announced', (_request, response) =>
      response.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(65 * 1024) }).end(),
    );
    await expect(safeFetchStream(`${fixture.origin}/big-announced`, options())).rejects.toMatchObject({
      reason: 'badUserInput.linkTooLarge',
    });
    await expect(safeFetchStream(`${fixture.origin}/to-loopback`, options())).rejects.toMatchObject({
      reason: 'badUserInput.linkPrivateAddress',
    });
  });

  it('without the test allowance, the fixture address itself is refused', async () => {
    expect((await reasonOf(`${fixture.origin}/page`, { allowAddresses: [] })).reason).toBe(
      'badUserInput.linkPrivateAddress',
    );
  });
});
