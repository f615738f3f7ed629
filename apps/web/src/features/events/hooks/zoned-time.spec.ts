import { instantToLocal, isKnownTimeZone, localToInstant, zoneOffset } from './zoned-time';

const HOUR = 60 * 60 * 1000;

describe('localToInstant: a wall time in an IANA zone becomes the instant the API stores', () => {
  it('reads a winter time in Paris as UTC+1 and a summer time as UTC+2', () => {
    expect(localToInstant('2026-12-10T09:30', 'Europe/Paris')).toBe('2026-12-10T08:30:00.000Z');
    expect(localToInstant('2026-06-18T18:00', 'Europe/Paris')).toBe('2026-06-18T16:00:00.000Z');
  });

  it('reads the same wall time differently in each zone of the network', () => {
    expect(localToInstant('2026-12-10T09:30', 'Indian/Reunion')).toBe('2026-12-10T05:30:00.000Z');
    expect(localToInstant('2026-12-10T09:30', 'America/Guadeloupe')).toBe('2026-12-10T13:30:00.000Z');
    expect(localToInstant('2026-12-10T09:30', 'Pacific/Noumea')).toBe('2026-12-09T22:30:00.000Z');
    expect(localToInstant('2026-07-01T09:30', 'America/Montreal')).toBe('2026-07-01T13:30:00.000Z');
  });

  it('keeps the right offset on the very day clocks change (29 March and 25 October 2026 in Paris)', () => {
    // Before and after the spring change, at 02:00 local time.
    expect(localToInstant('2026-03-29T01:30', 'Europe/Paris')).toBe('2026-03-29T00:30:00.000Z');
    expect(localToInstant('2026-03-29T10:00', 'Europe/Paris')).toBe('2026-03-29T08:00:00.000Z');
    // Before and after the autumn change, at 03:00 local time.
    expect(localToInstant('2026-10-25T01:00', 'Europe/Paris')).toBe('2026-10-24T23:00:00.000Z');
    expect(localToInstant('2026-10-25T10:00', 'Europe/Paris')).toBe('2026-10-25T09:00:00.000Z');
  });

  it('moves a time that does not exist (spring gap) forward, as calendars do', () => {
    // 02:30 never happens on 29 March 2026 in Paris: it is 03:30 summer time.
    expect(localToInstant('2026-03-29T02:30', 'Europe/Paris')).toBe('2026-03-29T01:30:00.000Z');
    expect(instantToLocal('2026-03-29T01:30:00.000Z', 'Europe/Paris')).toBe('2026-03-29T03:30');
  });

  it('takes the first of a time that happens twice (autumn overlap)', () => {
    // 02:30 happens at 00:30Z (summer time) and again at 01:30Z (winter time).
    expect(localToInstant('2026-10-25T02:30', 'Europe/Paris')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('also works once North American clocks went back, and across the date line', () => {
    expect(localToInstant('2026-11-01T12:00', 'America/Montreal')).toBe('2026-11-01T17:00:00.000Z');
    expect(localToInstant('2026-01-01T00:00', 'Pacific/Noumea')).toBe('2025-12-31T13:00:00.000Z');
  });

  it('answers null for what is not a date-time or an unknown zone', () => {
    expect(localToInstant('', 'Europe/Paris')).toBeNull();
    expect(localToInstant('2026-12-10', 'Europe/Paris')).toBeNull();
    expect(localToInstant('2026-02-31T10:00', 'Europe/Paris')).toBeNull();
    expect(localToInstant('2026-12-10T09:30', 'Mars/Olympus')).toBeNull();
  });
});

describe('instantToLocal: an instant as a datetime-local value in a zone', () => {
  it('shows the wall time of the zone, back and forth', () => {
    expect(instantToLocal('2026-12-10T08:30:00.000Z', 'Europe/Paris')).toBe('2026-12-10T09:30');
    expect(instantToLocal('2026-12-09T22:30:00.000Z', 'Pacific/Noumea')).toBe('2026-12-10T09:30');
    expect(instantToLocal('2026-06-30T22:00:00.000Z', 'Europe/Paris')).toBe('2026-07-01T00:00');
    for (const local of ['2026-03-29T03:00', '2026-10-25T03:00', '2026-10-25T01:59', '2027-01-01T00:00']) {
      expect(instantToLocal(localToInstant(local, 'Europe/Brussels') ?? '', 'Europe/Brussels')).toBe(local);
    }
  });

  it('gives an empty value for what is not a date', () => {
    expect(instantToLocal('pas une date', 'Europe/Paris')).toBe('');
  });
});

describe('zoneOffset and isKnownTimeZone', () => {
  it('say how far a zone is ahead of UTC, and whether Intl knows it', () => {
    expect(zoneOffset(Date.parse('2026-12-10T08:30:00Z'), 'Europe/Paris')).toBe(HOUR);
    expect(zoneOffset(Date.parse('2026-06-10T08:30:00Z'), 'Europe/Paris')).toBe(2 * HOUR);
    expect(zoneOffset(Date.parse('2026-06-10T08:30:00Z'), 'Indian/Reunion')).toBe(4 * HOUR);
    expect(isKnownTimeZone('Europe/Zurich')).toBe(true);
    expect(isKnownTimeZone('Nowhere/Town')).toBe(false);
  });
});
