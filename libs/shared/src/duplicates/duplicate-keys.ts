import { foldAccents } from '../text';

/** Query parameters that only say where a click came from: two URLs differing by them name one page. */
const TRACKING_PARAMETER = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_hsenc|_hsmkt|xtor)$/i;

/**
 * The form under which two links to the same page compare equal (« Cette ressource existe peut-être déjà »):
 * scheme and `www.` ignored, host lower-cased, default port, trailing slash, fragment and tracking parameters
 * (`utm_*`, `fbclid`, …) removed, the other parameters sorted. Path case is kept (servers may tell it apart).
 * Answers null for anything that is not an http(s) URL.
 */
export function normaliseUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  const port = url.port && url.port !== '80' && url.port !== '443' ? `:${url.port}` : '';
  const path = decodeSafely(url.pathname).replace(/\/+$/, '') || '';
  const parameters = [...url.searchParams.entries()]
    .filter(([name]) => !TRACKING_PARAMETER.test(name))
    .sort(([a, va], [b, vb]) => (a === b ? va.localeCompare(vb) : a.localeCompare(b)));
  const query = parameters.length ? `?${new URLSearchParams(parameters).toString()}` : '';
  return `${host}${port}${path}${query}`;
}

/** The form under which two titles compare equal: case, accents, punctuation and spacing ignored. */
export function titleKey(value: string): string {
  return foldAccents(value)
    .toLowerCase()
    .replace(/['’]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function decodeSafely(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
