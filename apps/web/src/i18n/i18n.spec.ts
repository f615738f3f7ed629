import { createI18n, LANGUAGE_STORAGE_KEY, loadMoreFrench, whenLanguageReady } from './i18n';

// French is in the first download; English is a chunk of its own, fetched when someone chooses it (decision 0045).
describe('the interface languages', () => {
  it('speaks French from the start, without English’s texts', async () => {
    const i18n = createI18n();
    await whenLanguageReady(i18n);
    expect(i18n.t('app.languageSwitch')).toBe('Langue de l’interface');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
  });

  it('has the texts of the pages loaded on demand only once they have arrived (decision 0051)', async () => {
    const i18n = createI18n();
    await whenLanguageReady(i18n);
    expect(i18n.exists('kits.title')).toBe(false);
    expect(i18n.t('search.title')).toBe('Bibliothèque de ressources');
    await loadMoreFrench();
    expect(i18n.t('kits.title')).toBe('Malles à emprunter');
  });

  it('fetches English when someone chooses it, and speaks it once it has arrived', async () => {
    const i18n = createI18n();
    await i18n.changeLanguage('en');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(true);
    expect(i18n.resolvedLanguage).toBe('en');
    expect(i18n.t('app.languageSwitch')).toBe('Interface language');
  });

  it('is ready only once English has arrived, for someone who chose it on an earlier visit', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const i18n = createI18n();
    expect(i18n.isInitialized).toBeFalsy();
    await whenLanguageReady(i18n);
    expect(i18n.t('app.languageSwitch')).toBe('Interface language');
    expect(document.documentElement.lang).toBe('en');
  });
});
