import { commentAgeDays, debriefAgeDays, DEMO_HISTORY_DAYS, DEMO_NEWEST_DAYS, resourceAgeDays } from './demo-dates';
import { loadDemoLibrary } from './demo-library';

describe('demo history dates', () => {
  const library = loadDemoLibrary();
  const ages = library.resources.map((r) => resourceAgeDays(r.slug));

  it('spreads the resources over two years, none of them new this week, the same on every run', () => {
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(DEMO_NEWEST_DAYS);
    expect(Math.max(...ages)).toBeLessThanOrEqual(DEMO_HISTORY_DAYS);
    // Spread, not bunched: every quarter of the two years has resources.
    for (let quarter = 0; quarter < 8; quarter += 1) {
      const from = (DEMO_HISTORY_DAYS / 8) * quarter;
      expect(ages.some((age) => age >= from && age < from + DEMO_HISTORY_DAYS / 8)).toBe(true);
    }
    expect(library.resources.map((r) => resourceAgeDays(r.slug))).toEqual(ages);
  });

  it('dates comments after their resource and in the past', () => {
    const comments = library.comments ?? [];
    expect(comments.length).toBeGreaterThan(0);
    comments.forEach((comment, index) => {
      const age = commentAgeDays(comment.resource, index);
      expect(age).toBeGreaterThanOrEqual(1);
      expect(age).toBeLessThan(resourceAgeDays(comment.resource));
    });
  });

  it('dates debriefs after their workshop, after their resource, in the past', () => {
    const today = new Date('2026-12-04T09:00:00Z');
    const debriefs = library.debriefs ?? [];
    expect(debriefs.length).toBeGreaterThan(0);
    for (const debrief of debriefs) {
      const age = debriefAgeDays(debrief.resource, debrief.date, today);
      expect(age).toBeGreaterThanOrEqual(1);
      expect(age).toBeLessThan(resourceAgeDays(debrief.resource));
    }
    // A workshop of last week: the debrief is two days later, not before.
    expect(debriefAgeDays('tisseron-3-6-9-12', '2026-11-27', today)).toBe(5);
  });
});
