import { DomainError } from '../../common/errors/domain-errors';
import { safeFetch, type SafeFetchOptions } from '../links/safe-fetch';
import type { CheckOutcome, DeadReason } from './link-state';

/** Statuses some servers answer to HEAD although GET works: the check asks again with GET. */
const HEAD_REFUSED = new Set([400, 403, 405, 406, 501]);

export interface CheckLinkOptions {
  timeoutMs: number;
  allowAddresses: string[];
  lookup?: SafeFetchOptions['lookup'];
  /** Runs each request (HEAD, then GET when HEAD is refused) when the caller's pace per host allows it. */
  paced?: <T>(request: () => Promise<T>) => Promise<T>;
  fetch?: typeof safeFetch;
}

/**
 * Whether a link still answers, through the SSRF-safe fetcher (decision 0020): HEAD first, GET when HEAD is refused,
 * reading no body at all. A refused address (private, loopback…) counts as dead with its reason and is never contacted.
 */
export async function checkLink(url: string, options: CheckLinkOptions): Promise<CheckOutcome> {
  const fetch = options.fetch ?? safeFetch;
  const paced = options.paced ?? ((request) => request());
  const request = (method: 'HEAD' | 'GET') =>
    paced(() =>
      fetch(url, {
        method,
        timeoutMs: options.timeoutMs,
        maxBytes: 1024,
        allowAddresses: options.allowAddresses,
        lookup: options.lookup,
        wantBody: () => false,
        accept: '*/*',
        userAgent: 'CultureCommune/1.0 (vérification des liens)',
      }),
    );
  try {
    const page = await request('HEAD');
    return { status: 'ok', reason: null, httpStatus: page.status };
  } catch (error) {
    if (!HEAD_REFUSED.has(httpStatusOf(error) ?? 0)) return dead(error);
  }
  try {
    const page = await request('GET');
    return { status: 'ok', reason: null, httpStatus: page.status };
  } catch (error) {
    return dead(error);
  }
}

function httpStatusOf(error: unknown): number | null {
  if (error instanceof DomainError && error.reason === 'unavailable.linkStatus') return Number(error.params.status);
  return null;
}

const REASONS: Partial<Record<string, DeadReason>> = {
  'unavailable.linkStatus': 'http_status',
  'unavailable.linkTimeout': 'timeout',
  'unavailable.linkUnreachable': 'unreachable',
  'badUserInput.linkPrivateAddress': 'private_address',
  'badUserInput.linkTooManyRedirects': 'too_many_redirects',
  'badUserInput.linkInvalid': 'invalid_url',
  'badUserInput.linkScheme': 'invalid_url',
};

function dead(error: unknown): CheckOutcome {
  if (!(error instanceof DomainError)) throw error;
  return { status: 'dead', reason: REASONS[error.reason] ?? 'unreachable', httpStatus: httpStatusOf(error) };
}
