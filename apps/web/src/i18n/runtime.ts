import type { TFunction, TOptions, TranslationKey } from './keys';

/** A language's texts: nested objects whose leaves are the texts (`{ app: { siteName: 'Culture commune' } }`). */
export interface Texts {
  [key: string]: string | Texts;
}

export type I18nEvent = 'languageChanging' | 'languageChanged' | 'initialized';
type Listener = (language: string) => void;

export interface I18nOptions {
  /** The texts at hand from the start, by language. */
  resources: Record<string, Texts>;
  /** The reference language: its texts stand in for any missing in another. */
  fallbackLanguage: string;
  supportedLanguages: readonly string[];
  /** Fetches a language's texts the first time someone needs them (undefined: none to fetch). */
  load?: (language: string) => Promise<Texts> | undefined;
}

const PLACEHOLDER = /\{\{(.+?)\}\}/g;

/**
 * Fills a text's `{{name}}` placeholders from `values` (`{{a.b}}` reads a nested value), without escaping: React does.
 * A placeholder whose value was not passed stays as it is, as with i18next; one passed as undefined or null is emptied.
 */
export function interpolate(text: string, values?: object): string {
  if (!values || !text.includes('{{')) return text;
  return text.replace(PLACEHOLDER, (placeholder, name: string) => {
    const path = name.trim();
    let value: unknown;
    if (Object.hasOwn(values, path)) value = (values as Record<string, unknown>)[path];
    else if (path.includes('.')) value = find(values, path);
    else return placeholder;
    return value === undefined || value === null ? '' : String(value);
  });
}

/** The value at a dot path, own properties only. */
function find(tree: unknown, path: string): unknown {
  let node = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** `source` merged into a copy of `target`, nested objects merged too (neither is modified). */
function merged(target: Texts, source: Texts, overwrite: boolean): Texts {
  const result = { ...target };
  for (const [key, value] of Object.entries(source)) {
    const existing = result[key];
    if (typeof value === 'object' && typeof existing === 'object') result[key] = merged(existing, value, overwrite);
    else if (overwrite || existing === undefined) result[key] = value;
  }
  return result;
}

let latest: I18n | undefined;

/** The app's instance, for code outside React that was not given one (react-i18next's `getI18n`). */
export const getI18n = (): I18n | undefined => latest;

/** Makes `i18n` the one `getI18n` and a `useTranslation` without a provider use (`createI18n` does). */
export const setI18n = (i18n: I18n): void => {
  latest = i18n;
};

const pluralRules = new Map<string, Intl.PluralRules>();
const pluralCategory = (language: string, count: number) => {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(count);
};

/**
 * The app's translations, in place of i18next (decision 0052): one namespace, nested texts looked up by dot path and
 * memoized per language, plurals (`_zero`, then `Intl.PluralRules`' `_one`, `_other`…), `key_context`, interpolation,
 * fallback to the reference language, languages fetched on demand. The method names and arguments are i18next's, so
 * that code written for it (`i18n.t`, `changeLanguage`, `getResource(language, 'translation', key)`…) reads the same.
 */
export class I18n {
  /** The language asked for; until its texts arrive, the texts come from the fallback language. */
  language = '';
  /** The language whose texts are shown: `language` once its texts are there, the fallback language until then. */
  resolvedLanguage: string | undefined;
  /** True once the first language asked for is there (`initialized` is emitted then). */
  isInitialized = false;
  private readonly options: I18nOptions;
  private readonly store: Record<string, Texts>;
  /** Per language, each key already looked up and what it leads to (a text, a subtree or undefined). */
  private readonly lookups = new Map<string, Map<string, string | Texts | undefined>>();
  private readonly loading = new Map<string, Promise<void>>();
  private readonly listeners = new Map<I18nEvent, Set<Listener>>();
  /** The languages a text is looked for in, in order. */
  private chain: string[] = [];
  private requested: string | undefined;
  /**
   * A new function at each `languageChanged`: `useTranslation` hands it out, so that what depends on `t` (memos,
   * effects) follows the language.
   */
  fixedT: TFunction;

  constructor(options: I18nOptions) {
    this.options = options;
    this.store = { ...options.resources };
    this.fixedT = (key, values) => this.t(key, values);
  }

  /** Starts in `language` (the fallback language when it is not supported); `initialized` once its texts are there. */
  init(language: string | undefined): void {
    const ready = () => {
      this.isInitialized = true;
      this.emit('initialized', this.language);
    };
    const pending = this.switchTo(this.supported(language));
    if (pending) void pending.then(ready);
    else ready();
  }

  /** A text in the current language (interpolated), French where it is missing, else `defaultValue` or the key. */
  t = (key: TranslationKey, options?: TOptions): string => interpolate(this.text(key, options), options);

  /** The text `t` would show, its placeholders not yet filled in (what `<Trans>` parses before filling them). */
  text(key: string, options?: TOptions): string {
    const found = this.resolve(key, options);
    return typeof found === 'string' ? found : (options?.defaultValue ?? key);
  }

  exists(key: string, options?: TOptions): boolean {
    return this.resolve(key, options) !== undefined;
  }

  /** A language's text or subtree at `key`, or all its texts without a key; undefined when there is none. */
  getResource(language: string, _namespace: 'translation', key?: string): string | Texts | undefined {
    return key === undefined ? this.store[language] : this.lookup(language, key);
  }

  hasResourceBundle(language: string, _namespace: 'translation'): boolean {
    return this.store[language] !== undefined;
  }

  /** Adds texts to a language: merged level by level when `deep`, else replacing whole top-level entries. */
  addResourceBundle(language: string, _namespace: 'translation', texts: Texts, deep = false, overwrite = false): void {
    const existing = this.store[language] ?? {};
    this.store[language] = deep ? merged(existing, texts, overwrite) : { ...existing, ...texts };
    this.lookups.delete(language);
  }

  /**
   * Switches to `language` (the fallback language when it is not supported) once its texts are there, fetching them
   * the first time; the last call wins when one is still waiting. Emits `languageChanging` at once (the choice can be
   * remembered) and `languageChanged` when the texts switch.
   */
  changeLanguage(language: string): Promise<TFunction> {
    const pending = this.switchTo(this.supported(language));
    return pending ? pending.then(() => this.t) : Promise.resolve(this.t);
  }

  on(event: I18nEvent, listener: Listener): void {
    let listeners = this.listeners.get(event);
    if (!listeners) this.listeners.set(event, (listeners = new Set()));
    listeners.add(listener);
  }

  off(event: I18nEvent, listener: Listener): void {
    this.listeners.get(event)?.delete(listener);
  }

  /** For `useSyncExternalStore`: calls back at each `languageChanged`. */
  subscribe = (onChange: () => void): (() => void) => {
    this.on('languageChanged', onChange);
    return () => this.off('languageChanged', onChange);
  };

  private emit(event: I18nEvent, language: string): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(language);
  }

  private supported(language: string | undefined): string {
    const code = language?.split('-')[0].toLowerCase() ?? '';
    return this.options.supportedLanguages.includes(code) ? code : this.options.fallbackLanguage;
  }

  private chainOf(language: string): string[] {
    const fallback = this.options.fallbackLanguage;
    return language && language !== fallback ? [language, fallback] : [fallback];
  }

  /** Undefined when the switch is done (the texts were there), else a promise of its end. */
  private switchTo(language: string): Promise<void> | undefined {
    this.requested = language;
    this.emit('languageChanging', language);
    // The very first language is taken at once (its missing texts read from the fallback meanwhile), as i18next does.
    if (!this.language) this.apply(language, false);
    const done = () => {
      if (this.requested === language) this.apply(language, true);
    };
    const loading = this.fetch(language);
    if (!loading) return void done();
    return loading.then(done);
  }

  private apply(language: string, announce: boolean): void {
    this.language = language;
    this.chain = this.chainOf(language);
    this.resolvedLanguage = this.chain.find((code) => this.store[code]);
    if (!announce) return;
    this.requested = undefined;
    this.fixedT = (key, values) => this.t(key, values);
    this.emit('languageChanged', language);
  }

  /** Fetches a language's texts once; undefined when they are there or there is nothing to fetch. */
  private fetch(language: string): Promise<void> | undefined {
    if (this.store[language]) return undefined;
    let loading = this.loading.get(language);
    if (!loading) {
      const texts = this.options.load?.(language);
      if (!texts) return undefined;
      loading = texts.then(
        (loaded) => this.addResourceBundle(language, 'translation', loaded, true, true),
        // Offline: the interface switches with the fallback's texts, and the next change tries again.
        () => void this.loading.delete(language),
      );
      this.loading.set(language, loading);
    }
    return loading;
  }

  /** i18next's order: per language, `key_context` (its plural forms first) before `key`, `key_zero` for 0 first. */
  private resolve(key: string, options?: TOptions): string | Texts | undefined {
    const count = options?.count;
    const context = options?.context;
    const bases = context !== undefined && context !== '' ? [`${key}_${context}`, key] : [key];
    for (const language of this.chain) {
      for (const base of bases) {
        let found: string | Texts | undefined;
        if (typeof count === 'number') {
          if (count === 0) found = this.lookup(language, `${base}_zero`);
          const category = pluralCategory(language, count);
          found ??= this.lookup(language, `${base}_${category}`);
          // French calls a million `many`: no text has that form, and `other` reads right.
          if (category !== 'other') found ??= this.lookup(language, `${base}_other`);
        }
        found ??= this.lookup(language, base);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  }

  private lookup(language: string, key: string): string | Texts | undefined {
    let known = this.lookups.get(language);
    if (!known) this.lookups.set(language, (known = new Map()));
    const value = known.get(key);
    if (value !== undefined || known.has(key)) return value;
    const found = find(this.store[language], key) as string | Texts | undefined;
    const result = typeof found === 'string' || (typeof found === 'object' && found !== null) ? found : undefined;
    known.set(key, result);
    return result;
  }
}
