import type { UiLanguage } from '../i18n/i18n';
import { localeOf } from './format-date';

/** One formatter per language and precision, made once: building an `Intl.NumberFormat` costs far more than using it. */
const formatters = new Map<string, Intl.NumberFormat>();

/** « 1 234 » / « 4,3 » in French, "1,234" / "4.3" in English: at most `fractionDigits` decimals. */
export function formatNumber(value: number, language: UiLanguage, fractionDigits = 0): string {
  const key = `${language} ${fractionDigits}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: fractionDigits });
    formatters.set(key, made);
  }
  return made.format(value);
}
