import { setMaxListeners } from 'node:events';
import http from 'node:http';
import https from 'node:https';
import { MeilisearchApiError, MeilisearchRequestError } from 'meilisearch';

/** Sockets kept open to Meilisearch: a few per concurrent search, the indexer's calls and some slack. */
const MAX_SOCKETS = 64;
/** Idle sockets are closed before Meilisearch's own keep-alive (5 s) would close them under a request. */
const IDLE_SOCKET_MS = 4_000;

type HttpClient = (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => Promise<unknown>;

/**
 * The Meilisearch client's `httpClient`: `node:http` on a keep-alive agent instead of `fetch`, whose request objects
 * and web streams cost the API about a quarter of its CPU per search (decision 0007). It answers what the client's
 * own `fetch` path answers: the parsed JSON body, or a MeilisearchApiError with Meilisearch's error (`cause.code`)
 * for a status outside 2xx; the client's timeout aborts the request through `init.signal`. The client wraps
 * whatever this throws in a MeilisearchRequestError: read API errors with `meiliApiError`.
 */
export function keepAliveHttpClient(): HttpClient {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS, timeout: IDLE_SOCKET_MS }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS, timeout: IDLE_SOCKET_MS }),
  };
  // The client passes the same Headers object to every request without headers of its own: converted once.
  const plainHeaders = new WeakMap<object, Record<string, string>>();
  const headersOf = (headers: RequestInit['headers']): Record<string, string> => {
    if (!(headers instanceof Headers)) return Object.fromEntries(new Headers(headers));
    let plain = plainHeaders.get(headers);
    if (!plain) plainHeaders.set(headers, (plain = Object.fromEntries(headers)));
    return plain;
  };

  return (input, init = {}) =>
    new Promise<unknown>((resolve, reject) => {
      const url = input instanceof URL ? input : new URL(typeof input === 'string' ? input : input.url);
      const protocol = url.protocol === 'https:' ? https : http;
      const body = typeof init.body === 'string' ? init.body : undefined;
      const headers = headersOf(init.headers);
      const signal = init.signal ?? undefined;
      if (signal?.aborted) return reject(signal.reason);
      // As fetch does: the client adds a listener per request to a signal its caller gives, and `waitTask` gives one
      // signal to every poll of a task (released with it), which would trip Node's leak warning after 10 polls.
      if (signal) setMaxListeners(1500, signal);
      const request = protocol.request(url, {
        method: init.method ?? 'GET',
        agent: agents[url.protocol === 'https:' ? 'https:' : 'http:'],
        headers: body === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(body) },
      });
      const abort = () => {
        request.destroy();
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', abort, { once: true });
      request.on('error', (error) => {
        signal?.removeEventListener('abort', abort);
        reject(error);
      });
      request.on('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          signal?.removeEventListener('abort', abort);
          try {
            const text = chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8');
            const parsed: unknown = text === '' ? undefined : JSON.parse(text);
            const status = response.statusCode ?? 500;
            if (status >= 200 && status < 300) return resolve(parsed);
            const failed = new Response(null, { status, statusText: response.statusMessage });
            reject(new MeilisearchApiError(failed, parsed as ConstructorParameters<typeof MeilisearchApiError>[1]));
          } catch (error) {
            reject(error);
          }
        });
      });
      request.end(body);
    });
}

/** The Meilisearch API error behind `error` (as thrown by the client with `keepAliveHttpClient`), or null. */
export function meiliApiError(error: unknown): MeilisearchApiError | null {
  if (error instanceof MeilisearchApiError) return error;
  if (error instanceof MeilisearchRequestError && error.cause instanceof MeilisearchApiError) return error.cause;
  return null;
}
