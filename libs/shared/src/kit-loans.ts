/** Kits and loans (decision 0029): limits and how loan periods read, shared by the API and the web app. */
import { MONTHS_FR } from './months';

export const KIT_LIMITS = {
  name: 200,
  description: 5000,
  conditionNotes: 5000,
  pickupPlace: 300,
  loanConditions: 5000,
  itemLabel: 200,
  items: 50,
  quantity: 999,
  resources: 20,
  purpose: 1000,
  refusedReason: 1000,
  returnNotes: 2000,
  /** Longest loan, in days. */
  loanDays: 92,
} as const;

/** A kit's photos: PNG, JPEG or WebP (told by the bytes), made into a WebP of `sidePx` at most, `perKit` at most. */
export const KIT_PHOTO_LIMITS = {
  maxBytes: 8 * 1024 * 1024,
  types: ['png', 'jpg', 'webp'],
  sidePx: 1200,
  perKit: 4,
  altText: 200,
} as const;

/** Where a kit's photo is served (members only; a photo never changes, so its address can be cached for good). */
export const kitPhotoUrl = (photoId: string): string => `/malles/photos/${photoId}.webp`;

export const KIT_LOAN_STATUSES = ['requested', 'accepted', 'refused', 'cancelled', 'handed_over', 'returned'] as const;
export type KitLoanStatusValue = (typeof KIT_LOAN_STATUSES)[number];

/** How a status reads after « ce prêt est … » (the API's conflict message). */
export const KIT_LOAN_STATUS_FR: Record<KitLoanStatusValue, string> = {
  requested: 'demandé',
  accepted: 'accepté',
  refused: 'refusé',
  cancelled: 'annulé',
  handed_over: 'en cours (malle remise)',
  returned: 'terminé (malle rendue)',
};

function parts(day: string): { d: number; m: number; y: number } {
  const [y, m, d] = day.split('-').map(Number);
  return { d, m, y };
}

const dayNumber = (d: number) => (d === 1 ? '1er' : String(d));

/**
 * A loan's days in French, first and last included, without repeating what they share: « 3 au 7 mars 2027 »,
 * « 28 février au 3 mars 2027 », « 30 décembre 2026 au 2 janvier 2027 », « 3 mars 2027 » for a single day.
 */
export function frenchLoanPeriod(firstDay: string, lastDay: string): string {
  const a = parts(firstDay);
  const b = parts(lastDay);
  const last = `${dayNumber(b.d)} ${MONTHS_FR[b.m - 1]} ${b.y}`;
  if (firstDay === lastDay) return last;
  if (a.y !== b.y) return `${dayNumber(a.d)} ${MONTHS_FR[a.m - 1]} ${a.y} au ${last}`;
  if (a.m !== b.m) return `${dayNumber(a.d)} ${MONTHS_FR[a.m - 1]} au ${last}`;
  return `${dayNumber(a.d)} au ${last}`;
}

/** Whether `value` is a real calendar day written `YYYY-MM-DD`. */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The day after `day` (`YYYY-MM-DD`). */
export function nextCalendarDay(day: string, offset = 1): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}
