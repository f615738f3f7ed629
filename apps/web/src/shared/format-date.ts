import { MONTHS_EN, MONTHS_FR } from '@culture-commune/shared';
import type { UiLanguage } from '../i18n/i18n';

const LOCALES: Record<UiLanguage, string> = { fr: 'fr-FR', en: 'en-GB' };

/** The locale for Intl formatting in an interface language. */
export const localeOf = (language: UiLanguage): string => LOCALES[language];

/**
 * One formatter per language and style, made once: building an `Intl.DateTimeFormat` costs far more than formatting
 * with it (a resource's page formats tens of dates on its first render, decision 0051).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
export function dateFormatter(language: UiLanguage, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(LOCALES[language], options);
    formatters.set(key, made);
  }
  return made;
}

const MONTHS: Record<UiLanguage, readonly string[]> = { fr: MONTHS_FR, en: MONTHS_EN };
const TIME_JOINER: Record<UiLanguage, string> = { fr: ' à ', en: ' at ' };

/**
 * "12 mars 2025" / "12 March 2025": what `Intl.DateTimeFormat` writes with `dateStyle: 'long'` in fr-FR and en-GB
 * (format-date.spec.ts compares them day by day), written here because building the first formatter of a page costs
 * a phone about 200 ms on its main thread (ICU's locale data), the longest task of a resource page's first render
 * (decision 0051). `utc`: the calendar day in UTC rather than in the browser's time zone.
 */
function longDate(date: Date, language: UiLanguage, utc = false): string {
  const [day, month, year] = utc
    ? [date.getUTCDate(), date.getUTCMonth(), date.getUTCFullYear()]
    : [date.getDate(), date.getMonth(), date.getFullYear()];
  return `${day} ${MONTHS[language][month]} ${year}`;
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** "12 mars 2025" in French, "12 March 2025" in English; the raw value if it is not a date. */
export function formatDate(value: string, language: UiLanguage): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return longDate(date, language);
}

/** "12 mars 2025 à 14:05" in French, "12 March 2025 at 14:05" in English; the raw value if it is not a date. */
export function formatDateTime(value: string, language: UiLanguage): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const time = `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
  return `${longDate(date, language)}${TIME_JOINER[language]}${time}`;
}

/**
 * A calendar day ("2025-03-12", no time zone) as "12 mars 2025": in UTC, so that it is the same day wherever the
 * browser is; the raw value if it is not a date.
 */
export function formatDay(value: string, language: UiLanguage): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return longDate(date, language, true);
}
