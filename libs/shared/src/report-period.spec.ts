import { changePercent, presetPeriod, previousPeriod, validateReportPeriod } from './report-period';

describe('the activity report’s periods', () => {
  it('turns presets into periods as of today', () => {
    expect(presetPeriod('thisYear', '2026-06-15')).toEqual({ from: '2026-01-01', to: '2026-06-15' });
    expect(presetPeriod('lastYear', '2026-06-15')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(presetPeriod('last12Months', '2026-06-15')).toEqual({ from: '2025-06-16', to: '2026-06-15' });
    expect(presetPeriod('last12Months', '2024-02-29')).toEqual({ from: '2023-03-02', to: '2024-02-29' });
  });

  it('compares with the period of the same length that ends the day before', () => {
    expect(previousPeriod({ from: '2026-01-01', to: '2026-03-31' })).toEqual({ from: '2025-10-03', to: '2025-12-31' });
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-01' })).toEqual({ from: '2026-02-28', to: '2026-02-28' });
  });

  it('names the field of a wrong date, a reversed or a too long period', () => {
    expect(validateReportPeriod({ from: '2026-02-30', to: '2026-03-01' })).toEqual([{ field: 'from', rule: 'date' }]);
    expect(validateReportPeriod({ from: '2026-03-01', to: '2026-01-01' })[0]).toMatchObject({
      field: 'to',
      rule: 'notBefore',
    });
    expect(validateReportPeriod({ from: '2021-01-01', to: '2025-12-31' })).toEqual([]);
    expect(validateReportPeriod({ from: '2021-01-01', to: '2026-01-01' })[0]).toMatchObject({
      field: 'to',
      rule: 'maxPeriod',
    });
  });

  it('says the change in percent, or nothing when there was nothing before', () => {
    expect(changePercent(12, 10)).toBe(20);
    expect(changePercent(2, 3)).toBe(-33);
    expect(changePercent(5, 0)).toBeNull();
    expect(changePercent(null, 4)).toBeNull();
  });
});
