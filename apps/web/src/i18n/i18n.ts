import type { Translation } from './fr';
import { frFirst } from './fr-first';
import { I18n, setI18n, type Texts } from './runtime';

export { getI18n, I18n } from './runtime';
export type { TFunction, TOptions, TranslationKey } from './keys';

export const UI_LANGUAGES = ['fr', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Where the chosen interface language is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'culture-commune.language';

/**
 * French, the reference and the fallback, is in the first download; English is a chunk of its own, fetched when someone
 * chooses it (or chose it on an earlier visit): `changeLanguage('en')` resolves once it is there (decision 0045).
 */
const englishOnDemand = (language: string) =>
  language === 'en' ? import('./en').then(({ en }): Texts => en) : undefined;

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

function storedLanguage(): string | undefined {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY) ?? undefined;
  } catch {
    return undefined; // Storage refused (private browsing, blocked cookies): French.
  }
}

function rememberLanguage(language: string): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered: the next visit starts in French.
  }
}

/**
 * A ready-to-use instance (decision 0052). French unless the person chose English before: the browser's language is
 * deliberately not consulted (the network works in French).
 */
export function createI18n(bundled: BundledTexts = { frFirst }): I18n {
  const resources: Record<string, Texts> = 'frFirst' in bundled ? { fr: bundled.frFirst } : { ...bundled };
  const instance = new I18n({
    resources,
    fallbackLanguage: 'fr',
    supportedLanguages: UI_LANGUAGES,
    load: englishOnDemand,
  });
  if ('frFirst' in bundled) waitingForMoreFrench.add(instance);
  // The choice is remembered when it is made, the page's language set when its texts are shown.
  instance.on('languageChanging', rememberLanguage);
  instance.on('languageChanged', (language) => {
    if (typeof document !== 'undefined') document.documentElement.lang = language;
  });
  instance.init(storedLanguage());
  setI18n(instance);
  return instance;
}

/** The current interface language, narrowed to the ones the app speaks. */
export function currentLanguage(instance: I18n): UiLanguage {
  return instance.resolvedLanguage === 'en' ? 'en' : 'fr';
}

/**
 * Resolves once the instance speaks its language: at once in French, after English's chunk for those who chose it.
 */
export function whenLanguageReady(instance: I18n): Promise<void> {
  if (instance.isInitialized) return Promise.resolve();
  return new Promise((resolve) => instance.on('initialized', () => resolve()));
}
