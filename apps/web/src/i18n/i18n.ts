import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import type { Translation } from './fr';
import { frFirst } from './fr-first';

export const UI_LANGUAGES = ['fr', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Where the chosen interface language is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'culture-commune.language';

/**
 * French, the reference and the fallback, is in the first download; English is a chunk of its own, fetched when someone
 * chooses it (or chose it on an earlier visit): `changeLanguage('en')` resolves once it is there (decision 0045).
 */
const englishOnDemand: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init: () => undefined,
  read(language, _namespace, callback) {
    if (language !== 'en') return callback(null, {});
    import('./en').then(
      ({ en }) => callback(null, en),
      (error: Error) => callback(error, null),
    );
  },
};

/**
 * The texts an instance has from the start: all of French (`fr`, the unit tests, which may add English to render it
 * synchronously), or the first download's (`frFirst`, the app), the rest joining with the first lazy part.
 */
export type BundledTexts = { fr: Translation; en?: Translation } | { frFirst: typeof frFirst };

/** Instances still waiting for the French of the pages loaded on demand (`fr-more.ts`). */
const waitingForMoreFrench = new Set<I18n>();
let moreFrench: Promise<Partial<Translation>> | undefined;

/**
 * Resolves once every instance that started with the first download's French also has the rest: `lazyPart` waits for
 * it with a page's code, so a page loaded on demand never shows a missing text (decision 0051).
 */
export async function loadMoreFrench(): Promise<void> {
  if (waitingForMoreFrench.size === 0) return;
  const texts = await (moreFrench ??= import('./fr-more').then(({ frMore }) => frMore));
  for (const instance of waitingForMoreFrench) instance.addResourceBundle('fr', 'translation', texts, true, true);
  waitingForMoreFrench.clear();
}

/**
 * A ready-to-use i18next instance. French unless the person chose English before: the
 * browser's language is deliberately not consulted (the network works in French).
 */
export function createI18n(bundled: BundledTexts = { frFirst }): I18n {
  const instance = i18next.createInstance();
  const texts = 'frFirst' in bundled ? { fr: bundled.frFirst } : bundled;
  if ('frFirst' in bundled) waitingForMoreFrench.add(instance);
  instance.on('languageChanged', (language) => {
    if (typeof document !== 'undefined') document.documentElement.lang = language;
  });
  void instance
    .use(englishOnDemand)
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: Object.fromEntries(
        Object.entries(texts).map(([language, translation]) => [language, { translation }]),
      ),
      partialBundledLanguages: true,
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

/**
 * Resolves once the instance speaks its language: at once in French, after English's chunk for those who chose it.
 * Change the language only after: i18next lets the detected language's late arrival override an earlier change.
 */
export function whenLanguageReady(instance: I18n): Promise<void> {
  if (instance.isInitialized) return Promise.resolve();
  return new Promise((resolve) => instance.on('initialized', () => resolve()));
}
