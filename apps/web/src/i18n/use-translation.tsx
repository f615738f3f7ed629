import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { TFunction } from './keys';
import { getI18n, type I18n } from './runtime';

const I18nContext = createContext<I18n | undefined>(undefined);

/** Gives the components below it their translations (the app's instance, or a test's). */
export function I18nProvider({ i18n, children }: { i18n: I18n; children?: ReactNode }) {
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

/**
 * `t` in the interface language and the instance (`i18n.changeLanguage`…): the component renders again when the
 * language changes, and `t` is then a new function, so that memos and effects that depend on it follow. Without a
 * provider, the instance `createI18n` made last (as react-i18next's global instance).
 */
export function useTranslation(): { t: TFunction; i18n: I18n } {
  const i18n = useContext(I18nContext) ?? getI18n();
  if (!i18n) throw new Error('useTranslation: no I18nProvider above and no instance created (createI18n).');
  const t = useSyncExternalStore(i18n.subscribe, () => i18n.fixedT);
  return { t, i18n };
}
