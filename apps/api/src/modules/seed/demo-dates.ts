/**
 * When the demo library's content was « shared »: spread over the last two years, so that a newcomer's « Quoi de
 * neuf » and the resource pages read like a network's real history instead of everything being new today
 * (issue 13, item 21). Deterministic (from the slug), so that every installation and test run gets the same spread.
 */
export const DEMO_HISTORY_DAYS = 730;
/** The most recent demo resource is this many days old: nothing of the demo counts as « this week ». */
export const DEMO_NEWEST_DAYS = 10;

/** A stable number in [0, 1) from a text (FNV-1a). */
function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 2 ** 32;
}

/** How many days before the seed a resource was shared. */
export function resourceAgeDays(slug: string): number {
  return Math.round(DEMO_NEWEST_DAYS + unitHash(slug) * (DEMO_HISTORY_DAYS - DEMO_NEWEST_DAYS));
}

/** A comment on a resource: some days after the resource, and still in the past. */
export function commentAgeDays(resourceSlug: string, index: number): number {
  const resourceAge = resourceAgeDays(resourceSlug);
  const after = 1 + Math.floor(unitHash(`${resourceSlug}#${index}`) * Math.max(1, resourceAge - 2));
  return Math.max(1, resourceAge - after);
}

/** A debrief is written a couple of days after its workshop, never before its resource was shared nor in the future. */
export function debriefAgeDays(resourceSlug: string, workshopDate: string, today: Date): number {
  const workshopAge = Math.round((today.getTime() - new Date(`${workshopDate}T12:00:00Z`).getTime()) / 86_400_000);
  return Math.max(1, Math.min(resourceAgeDays(resourceSlug) - 1, workshopAge - 2));
}
