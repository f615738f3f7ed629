import type { UiLanguage } from '../i18n/i18n';

const LOCALES: Record<UiLanguage, string> = { fr: 'fr-FR', en: 'en-GB' };

/** The locale for Intl formatting in an interface language. */
export const localeOf = (language: UiLanguage): string => LOCALES[language];

/** "12 mars 2025" in French, "12 March 2025" in English; the raw value if it is not a date. */
export function formatDate(value: string, language: UiLanguage): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long' }).format(date);
}

/** "12 mars 2025 à 14:05" in French, "12 March 2025 at 14:05" in English; the raw value if it is not a date. */
export function formatDateTime(value: string, language: UiLanguage): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/**
 * A calendar day ("2025-03-12", no time zone) as "12 mars 2025": formatted in UTC, so that it is the same day
 * wherever the browser is; the raw value if it is not a date.
 */
export function formatDay(value: string, language: UiLanguage): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
