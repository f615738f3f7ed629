/** How many archives `cli backup --garder …` keeps: the newest of each of the last N days and of the last M weeks. */
export interface Retention {
  daily: number;
  weekly: number;
}

const ARCHIVE = /^culture-commune-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.tar$/;

/** When an archive was taken, from its name (null for any other file: never pruned). */
export function archiveDate(name: string): Date | null {
  const match = ARCHIVE.exec(name);
  return match ? new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}Z`) : null;
}

/** Monday of the archive's ISO week (UTC), as YYYY-MM-DD. */
function weekOf(date: Date): string {
  const monday = new Date(date);
  monday.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return monday.toISOString().slice(0, 10);
}

/**
 * The archives to delete: every archive that is neither the newest of one of the `daily` most recent days that have
 * one, nor the newest of one of the `weekly` most recent weeks that have one. Files that are not archives are kept.
 */
export function archivesToPrune(names: string[], retention: Retention): string[] {
  const dated = names
    .map((name) => ({ name, date: archiveDate(name) }))
    .filter((entry): entry is { name: string; date: Date } => entry.date !== null)
    .sort((a, b) => b.date.getTime() - a.date.getTime());
  const keep = new Set<string>();
  const newestPer = (period: (date: Date) => string, count: number) => {
    const seen = new Set<string>();
    for (const { name, date } of dated) {
      const key = period(date);
      if (seen.has(key)) continue;
      if (seen.size === count) break;
      seen.add(key);
      keep.add(name);
    }
  };
  newestPer((date) => date.toISOString().slice(0, 10), retention.daily);
  newestPer(weekOf, retention.weekly);
  return dated.filter(({ name }) => !keep.has(name)).map(({ name }) => name);
}
