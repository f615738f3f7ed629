import { isIP } from 'node:net';
import { ConfigError, Env, readInt, readUrl } from './config-error';

export interface LinksConfig {
  /** How long reading a shared link may take, redirects included (ms). */
  fetchTimeoutMs: number;
  /**
   * How long taking a file from a link may take, redirects and body included (ms): longer than a page's, since the
   * file may weigh up to FILES_MAX_FILE_MB (decision 0026).
   */
  fileFetchTimeoutMs: number;
  /** Bytes of a page read at most; a bigger page is refused. */
  fetchMaxBytes: number;
  /**
   * Addresses (IP or CIDR) let through although private or loopback. Empty in production; the tests let one
   * loopback address through for their fixture server (decision 0020).
   */
  allowAddresses: string[];
  /** Crossref's works API (a DOI is appended). */
  doiLookupUrl: string;
  /** Open Library's book API (`?bibkeys=ISBN:…` is appended). */
  isbnLookupUrl: string;
}

export const LINKS_CONFIG = Symbol('LINKS_CONFIG');

function readAddresses(env: Env, variable: string): string[] {
  const raw = env[variable] ?? '';
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, bits, ...rest] = entry.split('/');
    const family = isIP(address);
    const maxBits = family === 6 ? 128 : 32;
    const validBits = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= maxBits);
    if (!family || !validBits || rest.length) {
      throw new ConfigError(
        variable,
        `doit lister des adresses IP ou des plages CIDR séparées par des virgules (reçu « ${entry} »)`,
      );
    }
  }
  return entries;
}

export function loadLinksConfig(env: Env = process.env): LinksConfig {
  return {
    fetchTimeoutMs: readInt(env, 'LINK_FETCH_TIMEOUT_MS', 8000, 100, 60_000),
    fileFetchTimeoutMs: readInt(env, 'LINK_FILE_FETCH_TIMEOUT_MS', 120_000, 100, 600_000),
    fetchMaxBytes: readInt(env, 'LINK_FETCH_MAX_BYTES', 2 * 1024 * 1024, 1024, 50 * 1024 * 1024),
    allowAddresses: readAddresses(env, 'LINK_FETCH_ALLOW_ADDRESSES'),
    doiLookupUrl: readUrl(env, 'DOI_LOOKUP_URL', ['http:', 'https:']) ?? 'https://api.crossref.org/works/',
    isbnLookupUrl: readUrl(env, 'ISBN_LOOKUP_URL', ['http:', 'https:']) ?? 'https://openlibrary.org/api/books',
  };
}
