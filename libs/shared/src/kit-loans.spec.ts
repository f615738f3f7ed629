import { frenchLoanPeriod, isCalendarDay, nextCalendarDay } from './kit-loans';

describe('a loan’s days read in French, first and last included, without repeating what they share', () => {
  it.each([
    ['2027-03-03', '2027-03-07', '3 au 7 mars 2027'],
    ['2027-02-28', '2027-03-03', '28 février au 3 mars 2027'],
    ['2026-12-30', '2027-01-02', '30 décembre 2026 au 2 janvier 2027'],
    ['2027-03-01', '2027-03-01', '1er mars 2027'],
    ['2027-08-01', '2027-08-15', '1er au 15 août 2027'],
  ])('%s → %s: « %s »', (first, last, expected) => {
    expect(frenchLoanPeriod(first, last)).toBe(expected);
  });

  it('only real days count as days; the next day crosses months and years', () => {
    expect(isCalendarDay('2027-02-29')).toBe(false);
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2027-3-1')).toBe(false);
    expect(nextCalendarDay('2026-12-31')).toBe('2027-01-01');
    expect(nextCalendarDay('2027-03-01', -1)).toBe('2027-02-28');
  });
});
