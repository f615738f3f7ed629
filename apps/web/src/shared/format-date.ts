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

/** "12 mars 2025" in French, "12 March 2025" in English; the raw value if it is not a date. */
export function formatDate(value: string, language: UiLanguage): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return dateFormatter(language, { dateStyle: 'long' }).format(date);
}

/** "12 mars 2025 à 14:05" in French, "12 March 2025 at 14:05" in English; the raw value if it is not a date. */
export function formatDateTime(value: string, language: UiLanguage): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return dateFormatter(language, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/**
 * A calendar day ("2025-03-12", no time zone) as "12 mars 2025": formatted in UTC, so that it is the same day
 * wherever the browser is; the raw value if it is not a date.
 */
export function formatDay(value: string, language: UiLanguage): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return dateFormatter(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
