import { AUDIENCES } from '@culture-commune/shared';
import { useTranslation } from './use-translation';
import type { Translation } from './fr';
import { core as fr } from './fr/core-first';
import { currentLanguage } from './i18n';

type TypeKey = keyof Translation['types'];
type FormatKey = keyof Translation['formats'];
type LanguageKey = keyof Translation['languages'];
type VisibilityKey = keyof Translation['visibility'];

const isKeyOf = <T extends object>(record: T, value: string): value is Extract<keyof T, string> =>
  Object.prototype.hasOwnProperty.call(record, value);

/** Display labels for coded values (types, formats, languages…) in the interface language. */
export function useLabels() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return {
    language,
    type: (value: string) => (isKeyOf(fr.types, value) ? t(`types.${value as TypeKey}`) : value),
    format: (value: string) => (isKeyOf(fr.formats, value) ? t(`formats.${value as FormatKey}`) : value),
    resourceLanguage: (value: string) =>
      isKeyOf(fr.languages, value) ? t(`languages.${value as LanguageKey}`) : value,
    visibility: (value: string) => (isKeyOf(fr.visibility, value) ? t(`visibility.${value as VisibilityKey}`) : value),
    /** A curated theme: its English label in the English interface when an admin gave one, else its French one. */
    theme: (theme: { label: string; labelEn?: string | null }) => (language === 'en' && theme.labelEn) || theme.label,
    /** Audiences are a fixed list with both labels in the shared lib; `fallback` is the API's label. */
    audience: (slug: string, fallback: string) => {
      const audience = AUDIENCES.find((a) => a.slug === slug);
      if (!audience) return fallback;
      return language === 'en' ? audience.labelEn : audience.label;
    },
  };
}
