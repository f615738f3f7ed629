/** The network's days are Paris days: a view at 00:30 in Lyon counts on that day, not the UTC one before. */
export const NETWORK_TIME_ZONE = 'Europe/Paris';

/** Crawlers and link previews announce themselves; a browser (headless ones included) does not match. */
export function isLikelyBot(userAgent: string | undefined): boolean {
  return (
    !userAgent ||
    /bot|crawl|spider|slurp|preview|facebookexternalhit|whatsapp|embedly|curl|wget|python-requests/i.test(userAgent)
  );
}
