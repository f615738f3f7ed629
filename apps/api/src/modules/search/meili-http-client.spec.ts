import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Meilisearch, MeilisearchRequestTimeOutError } from 'meilisearch';
import { keepAliveHttpClient, meiliApiError } from './meili-http-client';

/** A stand-in for Meilisearch: answers by path, and records what it received. */
function fakeMeili() {
  const received: { method: string; url: string; headers: http.IncomingHttpHeaders; body: string; port: number }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body,
        port: req.socket.remotePort ?? 0,
      });
      if (req.url?.startsWith('/indexes/missing')) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            message: 'Index `missing` not found.',
            code: 'index_not_found',
            type: 'invalid_request',
            link: '',
          }),
        );
      } else if (req.url?.startsWith('/indexes/slow')) {
        setTimeout(() => res.end('{}'), 500);
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ results: [{ hits: [{ id: 'é-1' }], query: body.length }] }));
      }
    });
  });
  return { server, received };
}

describe('keepAliveHttpClient', () => {
  const { server, received } = fakeMeili();
  let client: Meilisearch;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    client = new Meilisearch({
      host: `http://127.0.0.1:${port}`,
      apiKey: 'cle-maitre',
      timeout: 200,
      requestInit: { headers: { 'accept-encoding': 'identity' } },
      httpClient: keepAliveHttpClient(),
    });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => (received.length = 0));

  it('sends the body and headers, answers the parsed JSON, and reuses its connection', async () => {
    const queries = [{ indexUid: 'resources', q: 'théâtre' }];
    const first = await client.multiSearch({ queries });
    await client.multiSearch({ queries });
    expect(first.results[0].hits).toEqual([{ id: 'é-1' }]);
    expect(received).toHaveLength(2);
    expect(received[0]).toMatchObject({ method: 'POST', url: '/multi-search' });
    expect(JSON.parse(received[0].body)).toEqual({ queries });
    expect(received[0].headers).toMatchObject({
      authorization: 'Bearer cle-maitre',
      'content-type': 'application/json',
      'accept-encoding': 'identity',
      'content-length': String(Buffer.byteLength(received[0].body)),
    });
    expect(received[1].port).toBe(received[0].port);
  });

  it('turns an error answer into the MeilisearchApiError the services read', async () => {
    const error: unknown = await client
      .index('missing')
      .search('x')
      .catch((e: unknown) => e);
    expect(meiliApiError(error)?.cause?.code).toBe('index_not_found');
    expect(meiliApiError(error)?.response.status).toBe(404);
  });

  it('gives up after the client’s timeout', async () => {
    const error: unknown = await client
      .index('slow')
      .search('x')
      .catch((e: unknown) => e);
    expect((error as Error).cause).toBeInstanceOf(MeilisearchRequestTimeOutError);
    expect(meiliApiError(error)).toBeNull();
  });

  it('says a failed connection is no API error', async () => {
    const closed = new Meilisearch({ host: 'http://127.0.0.1:9', httpClient: keepAliveHttpClient() });
    const error: unknown = await closed.multiSearch({ queries: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(meiliApiError(error)).toBeNull();
  });
});
