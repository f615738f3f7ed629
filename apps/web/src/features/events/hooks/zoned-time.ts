// Wall-clock times in an IANA time zone, with Intl only (no time-zone library): the event form's `datetime-local`
// inputs hold the time as people read it in the event's zone, the API stores instants.

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const DAY_MS = 24 * 60 * 60 * 1000;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: creating them is the costly part. Throws a RangeError for an unknown zone. */
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallTimeAt(instant: number, timeZone: string): WallTime {
  const parts = Object.fromEntries(
    partsFormatter(timeZone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    // Some engines still say 24 for midnight.
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

const asUtc = (wall: WallTime) => Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);

/** How far the zone's clocks are ahead of UTC at that instant, in milliseconds (+1 h for Paris in winter). */
export function zoneOffset(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return asUtc(wallTimeAt(whole, timeZone)) - whole;
}

/** Whether Intl knows the zone. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * « 2026-12-10T09:30 » read in `timeZone` → the ISO instant (« 2026-12-10T08:30:00.000Z » for Europe/Paris); null when
 * the text is not a date-time or the zone is unknown.
 *
 * Around a change of time it does what calendars do (Temporal's « compatible »): a time that happens twice (autumn)
 * is the first one, a time that does not exist (spring, 02:30 in Paris) is moved forward by the gap (03:30).
 */
export function localToInstant(local: string, timeZone: string): string | null {
  const match = LOCAL_PATTERN.exec(local.trim());
  if (!match || !isKnownTimeZone(timeZone)) return null;
  const [, year, month, day, hour, minute, second = '0'] = match;
  const wall = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  if (Number.isNaN(wall)) return null;
  const check = new Date(wall);
  if (check.getUTCDate() !== Number(day) || check.getUTCHours() !== Number(hour)) return null; // 31 février, 25 h

  // A zone changes its offset at most once within a day or two: the offsets a day before and a day after are the
  // only candidates. An instant is right when, read back in the zone, it shows the wall time asked for.
  const before = zoneOffset(wall - DAY_MS, timeZone);
  const after = zoneOffset(wall + DAY_MS, timeZone);
  const candidates = [wall - before, wall - after].filter(
    (instant) => instant + zoneOffset(instant, timeZone) === wall,
  );
  const instant = candidates.length > 0 ? Math.min(...candidates) : wall - before; // in a gap: the offset before it
  return new Date(instant).toISOString();
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** An instant as the value of a `datetime-local` input in `timeZone` (« 2026-12-10T09:30 »); '' when it is not a date. */
export function instantToLocal(iso: string, timeZone: string): string {
  const instant = new Date(iso).getTime();
  if (Number.isNaN(instant) || !isKnownTimeZone(timeZone)) return '';
  const wall = wallTimeAt(instant, timeZone);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** The browser's own zone (« Europe/Paris »), or null when it cannot say. */
export function browserTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;
  } catch {
    return null;
  }
}
