import { skipToken, useQuery } from '@apollo/client/react';
import { useTranslation } from '../i18n/use-translation';
import { currentLanguage } from '../i18n/i18n';
import { ThemeLabelsQuery } from './theme-labels.documents';

/**
 * A theme's name in the interface language: the English label an admin gave it when the interface is in English, the
 * French one otherwise (issue 13, item 22). Takes the theme as the page has it (slug and French label); the English
 * labels are asked once, and only by the English interface.
 */
export function useThemeLabel(): (theme: { slug: string; label: string }) => string {
  const { i18n } = useTranslation();
  const english = currentLanguage(i18n) === 'en';
  const { data } = useQuery(ThemeLabelsQuery, english ? {} : skipToken);
  if (!english || !data) return (theme) => theme.label;
  const labels = new Map(data.themes.map((theme) => [theme.slug, theme.labelEn]));
  return (theme) => labels.get(theme.slug) || theme.label;
}
