import i18next, { type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { fr } from './fr';

export const UI_LANGUAGES = ['fr', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Where the chosen interface language is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'culture-commune.language';

/**
 * A ready-to-use i18next instance. French unless the person chose English before: the
 * browser's language is deliberately not consulted (the network works in French).
 */
export function createI18n(): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (language) => {
    if (typeof document !== 'undefined') document.documentElement.lang = language;
  });
  void instance
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: { fr: { translation: fr }, en: { translation: en } },
      fallbackLng: 'fr',
      supportedLngs: [...UI_LANGUAGES],
      load: 'languageOnly',
      detection: {
        order: ['localStorage'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
      },
      interpolation: { escapeValue: false },
      initAsync: false,
      react: { useSuspense: false },
    });
  return instance;
}

/** The current interface language, narrowed to the ones the app speaks. */
export function currentLanguage(instance: I18n): UiLanguage {
  return instance.resolvedLanguage === 'en' ? 'en' : 'fr';
}
