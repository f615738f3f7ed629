import type { TFunction } from '../../../i18n/keys';
import { formatNumber } from '../../../shared/format-number';
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
  const parts = [
    t('debriefs.summaryUsed', { count: summary.count, formatted: formatNumber(summary.count, language) }),
    t('debriefs.summaryParticipants', {
      count: summary.participants,
      formatted: formatNumber(summary.participants, language),
    }),
  ];
  if (summary.averageRating !== null && summary.averageRating !== undefined) {
    const rating = formatNumber(summary.averageRating, language, 1);
    parts.push(t('debriefs.summaryRating', { rating }));
  }
  return parts.join(t('debriefs.summarySeparator'));
}
