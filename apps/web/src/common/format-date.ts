import type { UiLanguage } from '../i18n/i18n';

const LOCALES: Record<UiLanguage, string> = { fr: 'fr-FR', en: 'en-GB' };

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
