import type { TFunction } from '../../../i18n/keys';
import { localeOf } from '../../../shared/format-date';
import type { ResourceDebriefsFragment } from '../../../generated/graphql';
import type { UiLanguage } from '../../../i18n/i18n';

/**
 * The aggregate of a tool's debriefs as one sentence: « Utilisé 12 fois · 214 participants · 4,3/5 »
 * (numbers in the interface language's conventions), or « Pas encore de retour d’atelier ».
 */
export function formatDebriefSummary(
  summary: ResourceDebriefsFragment['debriefSummary'],
  t: TFunction,
  language: UiLanguage,
): string {
  if (summary.count === 0) return t('debriefs.summaryNone');
  const locale = localeOf(language);
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const parts = [
    t('debriefs.summaryUsed', { count: summary.count, formatted: integer.format(summary.count) }),
    t('debriefs.summaryParticipants', { count: summary.participants, formatted: integer.format(summary.participants) }),
  ];
  if (summary.averageRating !== null && summary.averageRating !== undefined) {
    const rating = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(summary.averageRating);
    parts.push(t('debriefs.summaryRating', { rating }));
  }
  return parts.join(t('debriefs.summarySeparator'));
}
