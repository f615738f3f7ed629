import { archiveName } from './backup-archive';
import { archiveDate, archivesToPrune } from './backup-retention';

const at = (iso: string) => archiveName(new Date(iso));

describe('Backup retention (cli backup --garder-quotidiennes / --garder-hebdomadaires)', () => {
  it('reads the date an archive was taken from its name, and nothing from other files', () => {
    expect(archiveDate(at('2026-12-04T02:00:05Z'))?.toISOString()).toBe('2026-12-04T02:00:05.000Z');
    expect(archiveDate('notes.txt')).toBeNull();
    expect(archiveDate('culture-commune-2026-12-04T02-00-05Z.tar.partiel')).toBeNull();
  });

  it('keeps the newest archive of each of the last 7 days and of the last 4 weeks, and prunes the rest', () => {
    // Two archives a day at 02:00 and 14:00 for 60 days, up to Friday 4 December 2026.
    const names: string[] = [];
    for (let day = 0; day < 60; day += 1) {
      const date = new Date(Date.UTC(2026, 11, 4 - day));
      const ymd = date.toISOString().slice(0, 10);
      names.push(at(`${ymd}T02:00:00Z`), at(`${ymd}T14:00:00Z`));
    }
    const pruned = new Set(archivesToPrune(names, { daily: 7, weekly: 4 }));
    const kept = names.filter((name) => !pruned.has(name)).sort();
    expect(kept).toEqual(
      [
        // The last 7 days: each day's newest.
        ...['11-28', '11-29', '11-30', '12-01', '12-02', '12-03', '12-04'].map((d) => at(`2026-${d}T14:00:00Z`)),
        // The last 4 weeks: this one (from Monday 30 Nov; its newest is today's) and the 3 before, each ending on a
        // Sunday whose newest archive is kept (29 Nov is already kept as a day).
        ...['11-15', '11-22'].map((d) => at(`2026-${d}T14:00:00Z`)),
      ].sort(),
    );
    expect(pruned.size).toBe(names.length - kept.length);
  });

  it('never prunes what is not an archive, nor anything when there are fewer archives than kept', () => {
    const names = ['LISEZMOI.txt', at('2026-12-04T02:00:00Z'), at('2026-12-03T02:00:00Z')];
    expect(archivesToPrune(names, { daily: 7, weekly: 4 })).toEqual([]);
  });
});
