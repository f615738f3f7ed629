import type { Translation } from './fr';

/** i18next's JSON v4 plural suffixes: `results_one` and `results_other` are asked for as `results` with a `count`. */
type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPluralSuffix<Key extends string> = Key extends `${infer Base}_${PluralCategory}` ? Base : Key;

/** The dot path of every text under `Tree`: `'app.siteName'`, `'search.results'` (for `results_one`…). */
type TextPaths<Tree, Prefix extends string = ''> = {
  [Key in keyof Tree & string]: Tree[Key] extends string
    ? `${Prefix}${WithoutPluralSuffix<Key>}`
    : TextPaths<Tree[Key], `${Prefix}${Key}.`>;
}[keyof Tree & string];

/** A text of the interface: a misspelt key is a type error. */
export type TranslationKey = TextPaths<Translation>;

/**
 * What `t` takes after the key: the values of the text's `{{placeholders}}`, `count` (which also picks the plural
 * form: `_zero` for 0 when the text has one, then the language's `Intl.PluralRules` category), `context` (tries
 * `key_context` first) and `defaultValue` (instead of the key when the text is missing).
 */
export interface TOptions {
  count?: number;
  context?: string;
  defaultValue?: string;
  [value: string]: unknown;
}

/** The texts in the interface language, French where a text is missing; the key itself when French lacks it too. */
export type TFunction = (key: TranslationKey, options?: TOptions) => string;
