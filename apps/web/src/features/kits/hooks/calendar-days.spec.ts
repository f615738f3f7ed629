import { addMonths, dayAfterKey, daysBetween, lastDayOf, monthWeeks } from './calendar-days';

describe('the month calendar’s days', () => {
  it('lays a month out in weeks starting on Monday, with blanks for the neighbouring months', () => {
    const weeks = monthWeeks('2027-03');
    // 1 March 2027 is a Monday; 31 March a Wednesday.
    expect(weeks[0]).toEqual([
      '2027-03-01',
      '2027-03-02',
      '2027-03-03',
      '2027-03-04',
      '2027-03-05',
      '2027-03-06',
      '2027-03-07',
    ]);
    expect(weeks.at(-1)).toEqual(['2027-03-29', '2027-03-30', '2027-03-31', null, null, null, null]);
    expect(monthWeeks('2026-12')[0].slice(0, 2)).toEqual([null, '2026-12-01']);
  });

  it('moves with the keys across weeks, months and years', () => {
    expect(dayAfterKey('2027-03-31', 'ArrowRight')).toBe('2027-04-01');
    expect(dayAfterKey('2027-03-01', 'ArrowUp')).toBe('2027-02-22');
    expect(dayAfterKey('2027-03-03', 'Home')).toBe('2027-03-01');
    expect(dayAfterKey('2027-03-03', 'End')).toBe('2027-03-07');
    expect(dayAfterKey('2027-01-31', 'PageDown')).toBe('2027-02-28');
    expect(dayAfterKey('2027-01-15', 'PageUp')).toBe('2026-12-15');
    expect(dayAfterKey('2027-01-15', 'Enter')).toBeNull();
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(daysBetween('2027-02-27', '2027-03-02')).toHaveLength(4);
  });
});
