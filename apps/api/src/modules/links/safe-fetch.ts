import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { Transform, type Readable } from 'node:stream';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { DomainError, ServiceUnavailableError } from '../../common/errors/domain-errors';

/** Redirects followed at most; the next one is refused. */
export const MAX_REDIRECTS = 5;

export interface SafeFetchOptions {
  timeoutMs: number;
  maxBytes: number;
  /** Private addresses let through anyway (IP or CIDR): empty in production (decision 0020). */
  allowAddresses: string[];
  /** Name resolution; the system's by default. Tests give their own to point a name at a loopback address. */
  lookup?: LookupFunction;
  /** Whether to read the body of a response of this media type (a PDF's headers are enough). */
  wantBody?: (mediaType: string) => boolean;
  accept?: string;
  /** HEAD for the broken-link check (nothing to read); GET by default. */
  method?: 'GET' | 'HEAD';
  userAgent?: string;
}

export interface FetchedPage {
  /** The address finally answered, after redirects. */
  url: string;
  status: number;
  /** Lower-cased media type without parameters (`text/html`), '' when the server says nothing. */
  mediaType: string;
  charset: string | null;
  contentLength: number | null;
  body: Buffer;
}

/** What a response says about itself before its body is read. */
interface OpenedResponse {
  url: URL;
  status: number;
  mediaType: string;
  charset: string | null;
  contentLength: number | null;
  contentDisposition: string | null;
  response: http.IncomingMessage;
  deadline: number;
}

/** A response whose body is read as a stream (see safeFetchStream). */
export interface FetchedStream extends Omit<FetchedPage, 'body'> {
  /** The raw `Content-Disposition` header (a file's name), null when absent. */
  contentDisposition: string | null;
  /**
   * The body, capped while it streams (an error with the size refusal past `maxBytes`) and under the same deadline
   * (an error with the timeout refusal); errors are DomainErrors with a French message. Consume it or destroy it.
   */
  body: Readable;
}

/**
 * Reads a web page for a member without letting the server be used against its own network (SSRF): only http(s);
 * every address a name resolves to is checked by request-filtering-agent when the socket connects (private,
 * loopback, link-local, CGNAT, metadata, IPv6 ULA and mapped addresses refused), at every hop since redirects are
 * followed here, one by one; one deadline for the whole chain; the body capped while it streams.
 */
export async function safeFetch(address: string, options: SafeFetchOptions): Promise<FetchedPage> {
  const opened = await openSafely(address, options);
  const { response, contentLength } = opened;
  const wanted = options.wantBody?.(opened.mediaType) ?? true;
  if (wanted && contentLength !== null && contentLength > options.maxBytes) {
    response.destroy();
    throw tooLarge(options.maxBytes);
  }
  const body = wanted ? await collect(cappedBody(opened, options)) : Buffer.alloc(0);
  if (!wanted) response.destroy();
  return {
    url: opened.url.toString(),
    status: opened.status,
    mediaType: opened.mediaType,
    charset: opened.charset,
    contentLength,
    body,
  };
}

/**
 * The same guard, redirects, deadline and cap as safeFetch, but the body is handed over as a stream instead of being
 * held in memory: for a file of tens of megabytes that goes to storage (decision 0026). A response announcing more
 * than `maxBytes` is refused before its body is read.
 */
export async function safeFetchStream(address: string, options: SafeFetchOptions): Promise<FetchedStream> {
  const opened = await openSafely(address, options);
  if (opened.contentLength !== null && opened.contentLength > options.maxBytes) {
    opened.response.destroy();
    throw tooLarge(options.maxBytes);
  }
  return {
    url: opened.url.toString(),
    status: opened.status,
    mediaType: opened.mediaType,
    charset: opened.charset,
    contentLength: opened.contentLength,
    contentDisposition: opened.contentDisposition,
    body: cappedBody(opened, options),
  };
}

/** Follows redirects (each hop checked) up to a 2xx answer whose body is still unread. */
async function openSafely(address: string, options: SafeFetchOptions): Promise<OpenedResponse> {
  const deadline = Date.now() + options.timeoutMs;
  let url = parseLink(address);
  for (let redirects = 0; ; redirects++) {
    const response = await requestOnce(url, options, deadline);
    const location = response.headers.location;
    if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400 && location) {
      response.destroy();
      if (redirects >= MAX_REDIRECTS)
        throw new DomainError('badUserInput.linkTooManyRedirects', { count: MAX_REDIRECTS });
      url = parseLink(new URL(location, url).toString());
      continue;
    }
    const status = response.statusCode ?? 0;
    if (status < 200 || status >= 300) {
      response.destroy();
      throw new ServiceUnavailableError('unavailable.linkStatus', { status });
    }
    const [mediaType, ...parameters] = (response.headers['content-type'] ?? '').split(';');
    const charset = parameters.map((parameter) => /^\s*charset\s*=\s*"?([^";\s]+)/i.exec(parameter)?.[1]).find(Boolean);
    const declared = Number(response.headers['content-length']);
    return {
      url,
      status,
      mediaType: mediaType.trim().toLowerCase(),
      charset: charset?.toLowerCase() ?? null,
      contentLength: Number.isFinite(declared) && response.headers['content-length'] ? declared : null,
      contentDisposition: response.headers['content-disposition'] ?? null,
      response,
      deadline,
    };
  }
}

/** A URL the fetcher may try: complete, http(s), without credentials. */
export function parseLink(address: string): URL {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new DomainError('badUserInput.linkInvalid');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new DomainError('badUserInput.linkScheme', { scheme: url.protocol.replace(/:$/, '') });
  }
  if (url.username || url.password) throw new DomainError('badUserInput.linkInvalid');
  return url;
}

function requestOnce(url: URL, options: SafeFetchOptions, deadline: number): Promise<http.IncomingMessage> {
  const secure = url.protocol === 'https:';
  const filter = { allowIPAddressList: options.allowAddresses, keepAlive: false };
  const agent = secure ? new RequestFilteringHttpsAgent(filter) : new RequestFilteringHttpAgent(filter);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return new Promise((resolve, reject) => {
    const request = (secure ? https : http).request(
      {
        protocol: url.protocol,
        hostname: host,
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: options.method ?? 'GET',
        agent,
        lookup: options.lookup,
        headers: {
          accept: options.accept ?? 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
          'accept-language': 'fr,en;q=0.5',
          // No compression: the size cap then counts what is really read (no decompression bomb).
          'accept-encoding': 'identity',
          'user-agent': options.userAgent ?? 'CultureCommune/1.0 (aperçu de lien)',
        },
      },
      resolve,
    );
    const timer = setTimeout(() => request.destroy(new LinkTimeout()), Math.max(0, deadline - Date.now()));
    request.on('response', () => clearTimeout(timer));
    request.on('close', () => clearTimeout(timer));
    request.on('error', (error) => reject(refusalFor(error, host, options.timeoutMs)));
    request.end();
  });
}

/** The response's body, failing with the size refusal past `maxBytes` and the timeout refusal at the deadline. */
function cappedBody(opened: OpenedResponse, options: SafeFetchOptions): Readable {
  const { response, deadline } = opened;
  let size = 0;
  const body = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > options.maxBytes) done(tooLarge(options.maxBytes));
      else done(null, chunk);
    },
  });
  const timer = setTimeout(() => response.destroy(new LinkTimeout()), Math.max(0, deadline - Date.now()));
  response.on('end', () => clearTimeout(timer));
  response.on('error', (error) => {
    clearTimeout(timer);
    body.destroy(error instanceof DomainError ? error : refusalFor(error, '', options.timeoutMs));
  });
  body.on('close', () => {
    clearTimeout(timer);
    response.destroy();
  });
  // A refusal before the reader attaches must not be an unhandled 'error': the reader still receives it.
  body.on('error', () => undefined);
  response.pipe(body);
  return body;
}

async function collect(body: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

class LinkTimeout extends Error {}

function refusalFor(error: Error, host: string, timeoutMs: number): DomainError {
  if (error instanceof DomainError) return error;
  if (error instanceof LinkTimeout) {
    return new ServiceUnavailableError('unavailable.linkTimeout', { count: Math.max(1, Math.round(timeoutMs / 1000)) });
  }
  // request-filtering-agent's refusal (its message is its only mark): the address is private, loopback, reserved…
  if (/^DNS lookup .* is not allowed/.test(error.message))
    return new DomainError('badUserInput.linkPrivateAddress', { host });
  return new ServiceUnavailableError('unavailable.linkUnreachable', { host });
}

function tooLarge(maxBytes: number): DomainError {
  const size =
    maxBytes >= 1024 * 1024
      ? `${Math.round((maxBytes / 1024 / 1024) * 10) / 10} Mo`
      : `${Math.round(maxBytes / 1024)} ko`;
  return new DomainError('badUserInput.linkTooLarge', { size: size.replace('.', ',') });
}
