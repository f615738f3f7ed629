import { DomainError, ServiceUnavailableError } from '../../common/errors/domain-errors';
import type { FetchedPage, SafeFetchOptions } from '../links/safe-fetch';
import { FixtureServer, fixedLookup, redirect, startFixtureServer } from '../../../test/link-fixtures';
import { checkLink } from './check-link';

const page = (status = 200): FetchedPage => ({
  url: 'https://example.org/',
  status,
  mediaType: 'text/html',
  charset: null,
  contentLength: null,
  body: Buffer.alloc(0),
});

/** A fetcher answering each method from a table, recording what was asked. */
function fakeFetch(answers: Partial<Record<'HEAD' | 'GET', () => FetchedPage>>) {
  const calls: { method: string; options: SafeFetchOptions }[] = [];
  const fetch = async (_url: string, options: SafeFetchOptions) => {
    const method = options.method ?? 'GET';
    calls.push({ method, options });
    const answer = answers[method];
    if (!answer) throw new Error(`unexpected ${method}`);
    return answer();
  };
  return { fetch, calls };
}

const status = (code: number) => () => {
  throw new ServiceUnavailableError('unavailable.linkStatus', { status: code });
};

describe('checking one link', () => {
  const base = { timeoutMs: 5000, allowAddresses: [] };

  it('is OK when HEAD answers, without GET and without reading a body', async () => {
    const { fetch, calls } = fakeFetch({ HEAD: () => page(200) });
    expect(await checkLink('https://example.org/', { ...base, fetch })).toEqual({
      status: 'ok',
      reason: null,
      httpStatus: 200,
    });
    expect(calls.map((call) => call.method)).toEqual(['HEAD']);
    expect(calls[0].options.wantBody?.('text/html')).toBe(false);
    expect(calls[0].options.timeoutMs).toBe(5000);
  });

  it('asks again with GET when HEAD is refused (405), pacing each request', async () => {
    const { fetch, calls } = fakeFetch({ HEAD: status(405), GET: () => page(200) });
    // Each request runs inside the pace, so the pacer sees when it ends.
    const pacedCalls: number[] = [];
    const outcome = await checkLink('https://example.org/', {
      ...base,
      fetch,
      paced: async (request) => {
        const before = calls.length;
        try {
          return await request();
        } finally {
          pacedCalls.push(calls.length - before);
        }
      },
    });
    expect(outcome.status).toBe('ok');
    expect(calls.map((call) => call.method)).toEqual(['HEAD', 'GET']);
    expect(pacedCalls).toEqual([1, 1]);
  });

  it('is dead with the HTTP status on a 404, without asking again', async () => {
    const { fetch, calls } = fakeFetch({ HEAD: status(404) });
    expect(await checkLink('https://example.org/', { ...base, fetch })).toEqual({
      status: 'dead',
      reason: 'http_status',
      httpStatus: 404,
    });
    expect(calls).toHaveLength(1);
  });

  it('is dead with the GET status when HEAD and GET both fail', async () => {
    const { fetch } = fakeFetch({ HEAD: status(405), GET: status(410) });
    expect(await checkLink('https://example.org/', { ...base, fetch })).toEqual({
      status: 'dead',
      reason: 'http_status',
      httpStatus: 410,
    });
  });

  it.each([
    [new DomainError('badUserInput.linkPrivateAddress', { host: '127.0.0.1' }), 'private_address'],
    [new ServiceUnavailableError('unavailable.linkTimeout', { count: 5 }), 'timeout'],
    [new ServiceUnavailableError('unavailable.linkUnreachable', { host: 'x' }), 'unreachable'],
    [new DomainError('badUserInput.linkTooManyRedirects', { count: 5 }), 'too_many_redirects'],
    [new DomainError('badUserInput.linkScheme', { scheme: 'ftp' }), 'invalid_url'],
  ])('counts a refusal or failure as dead with its reason (%#)', async (error, reason) => {
    const { fetch } = fakeFetch({
      HEAD: () => {
        throw error;
      },
    });
    expect(await checkLink('https://example.org/', { ...base, fetch })).toEqual({
      status: 'dead',
      reason,
      httpStatus: null,
    });
  });

  it('lets an unexpected error through (the job fails and is retried) rather than call the link dead', async () => {
    const { fetch } = fakeFetch({});
    await expect(checkLink('https://example.org/', { ...base, fetch })).rejects.toThrow('unexpected HEAD');
  });
});

describe('checking one link through the real SSRF guard', () => {
  let loopback: FixtureServer;
  let fixture: FixtureServer;

  beforeAll(async () => {
    loopback = await startFixtureServer('127.0.0.1');
    fixture = await startFixtureServer();
  });
  afterAll(async () => {
    await loopback.close();
    await fixture.close();
  });

  it('calls a name that resolves to 127.0.0.1 dead (private address) and never contacts it', async () => {
    const outcome = await checkLink(`http://intranet.example:${loopback.port}/secret`, {
      timeoutMs: 3000,
      allowAddresses: ['127.0.0.2'],
      lookup: fixedLookup({ 'intranet.example': '127.0.0.1' }),
    });
    expect(outcome).toEqual({ status: 'dead', reason: 'private_address', httpStatus: null });
    expect(loopback.hits).toEqual([]);
  });

  it('calls a redirect to a loopback address dead too, without following it', async () => {
    fixture.routes.set('/vers-loopback', redirect(`http://127.0.0.1:${loopback.port}/secret`));
    const outcome = await checkLink(`${fixture.origin}/vers-loopback`, {
      timeoutMs: 3000,
      allowAddresses: ['127.0.0.2'],
    });
    expect(outcome).toEqual({ status: 'dead', reason: 'private_address', httpStatus: null });
    expect(fixture.hits).toEqual(['/vers-loopback']);
    expect(loopback.hits).toEqual([]);
  });
});
