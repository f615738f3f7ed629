import type { TOptions } from './keys';
import { I18n, type Texts } from './runtime';

// The in-house runtime that replaced i18next (decision 0052), on small texts of its own: what the app's texts rely on.
const fr: Texts = {
  cart: {
    items_one: '{{count}} article',
    items_other: '{{count}} articles',
    people_zero: 'Personne',
    people_one: '{{count}} personne',
    people_other: '{{count}} personnes',
  },
  greeting: 'Bonjour {{name}}',
  nested: 'Bonjour {{person.name}}',
  markup: 'Titre\u00a0: {{title}}',
  onlyInFrench: 'Seulement en français',
  invite: 'Invitez quelqu’un',
  invite_member: 'Invitez un·e membre',
  invite_member_other: 'Invitez {{count}} membres',
};
const en: Texts = {
  cart: { items_one: '{{count}} item', items_other: '{{count}} items', people_zero: 'Nobody' },
  greeting: 'Hello {{name}}',
  invite: 'Invite someone',
};

function createInstance({ load }: { load?: (language: string) => Promise<Texts> | undefined } = {}) {
  const i18n = new I18n({ resources: { fr }, fallbackLanguage: 'fr', supportedLanguages: ['fr', 'en'], load });
  i18n.init(undefined);
  // Its own texts, not the app's: any key goes.
  const t = i18n.t as (key: string, options?: TOptions) => string;
  return { i18n, t };
}

/** A promise and the functions that settle it, to decide when a language's texts arrive. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('the translation runtime', () => {
  describe('plurals', () => {
    it.each([
      [0, '0 article'],
      [1, '1 article'],
      [1.5, '1.5 article'],
      [2, '2 articles'],
      [1_000_000, '1000000 articles'],
    ])('French reads %s as `_one` up to 2 exclusive, `_other` beyond', (count, expected) => {
      expect(createInstance().t('cart.items', { count })).toBe(expected);
    });

    it.each([
      [0, '0 items'],
      [1, '1 item'],
      [2, '2 items'],
    ])('English reads %s as `_one` for 1 only', async (count, expected) => {
      const { i18n, t } = createInstance({ load: () => Promise.resolve(en) });
      await i18n.changeLanguage('en');
      expect(t('cart.items', { count })).toBe(expected);
    });

    it('takes `_zero` for 0 where the text has one, in each language', async () => {
      const { i18n, t } = createInstance({ load: () => Promise.resolve(en) });
      expect(t('cart.people', { count: 0 })).toBe('Personne');
      expect(t('cart.people', { count: 1 })).toBe('1 personne');
      await i18n.changeLanguage('en');
      expect(t('cart.people', { count: 0 })).toBe('Nobody');
      // English has no other form of it: French stands in.
      expect(t('cart.people', { count: 3 })).toBe('3 personnes');
    });
  });

  describe('interpolation', () => {
    it('fills in the values, nested ones too, and leaves markup to React (no escaping)', () => {
      const { t } = createInstance();
      expect(t('greeting', { name: 'Awa' })).toBe('Bonjour Awa');
      expect(t('nested', { person: { name: 'Awa' } })).toBe('Bonjour Awa');
      expect(t('markup', { title: '<b>Tom & Jerry</b>' })).toBe('Titre\u00a0: <b>Tom & Jerry</b>');
    });

    it('keeps a placeholder whose value was not passed, empties one passed as undefined or null, fills a value only once', () => {
      const { t } = createInstance();
      expect(t('greeting')).toBe('Bonjour {{name}}');
      expect(t('greeting', { other: 1 })).toBe('Bonjour {{name}}');
      expect(t('greeting', { name: undefined })).toBe('Bonjour ');
      expect(t('greeting', { name: null })).toBe('Bonjour ');
      expect(t('greeting', { name: '{{name}}' })).toBe('Bonjour {{name}}');
    });
  });

  it('tries `key_context` before `key`, with its plural forms', () => {
    const { t } = createInstance();
    expect(t('invite', { context: 'member' })).toBe('Invitez un·e membre');
    expect(t('invite', { context: 'member', count: 4 })).toBe('Invitez 4 membres');
    expect(t('invite', { context: 'guest' })).toBe('Invitez quelqu’un');
    expect(t('invite')).toBe('Invitez quelqu’un');
  });

  it('shows the key of a missing text, or the default value given', () => {
    const { i18n, t } = createInstance();
    expect(t('nowhere.to.be.found')).toBe('nowhere.to.be.found');
    expect(t('nowhere', { defaultValue: 'Par défaut, {{name}}', name: 'Awa' })).toBe('Par défaut, Awa');
    // A key that leads to a group of texts is not a text either.
    expect(t('cart')).toBe('cart');
    expect(i18n.exists('nowhere')).toBe(false);
    expect(i18n.exists('cart.items', { count: 2 })).toBe(true);
  });

  it('shows French where English lacks a text', async () => {
    const { i18n, t } = createInstance({ load: () => Promise.resolve(en) });
    await i18n.changeLanguage('en');
    expect(t('greeting', { name: 'Awa' })).toBe('Hello Awa');
    expect(t('onlyInFrench')).toBe('Seulement en français');
    expect(i18n.getResource('en', 'translation', 'onlyInFrench')).toBeUndefined();
  });

  describe('languages fetched on demand', () => {
    it('fetches a language once, switches when it has arrived and announces it', async () => {
      const arrival = deferred<Texts>();
      const load = jest.fn(() => arrival.promise);
      const { i18n, t } = createInstance({ load });
      const changed: string[] = [];
      i18n.on('languageChanged', (language) => changed.push(language));

      const first = i18n.changeLanguage('en');
      const second = i18n.changeLanguage('en');
      expect(t('greeting', { name: 'Awa' })).toBe('Bonjour Awa');
      expect(i18n.language).toBe('fr');
      expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);

      arrival.resolve(en);
      await Promise.all([first, second]);
      expect(t('greeting', { name: 'Awa' })).toBe('Hello Awa');
      expect(i18n.resolvedLanguage).toBe('en');
      await i18n.changeLanguage('fr');
      await i18n.changeLanguage('en');
      expect(load).toHaveBeenCalledTimes(1);
      // Both calls waited for the same arrival: one switch.
      expect(changed).toEqual(['en', 'fr', 'en']);
    });

    it('lets the last choice win over a language still arriving', async () => {
      const arrival = deferred<Texts>();
      const { i18n, t } = createInstance({ load: () => arrival.promise });
      const english = i18n.changeLanguage('en');
      await i18n.changeLanguage('fr');
      arrival.resolve(en);
      await english;
      expect(i18n.language).toBe('fr');
      expect(t('greeting', { name: 'Awa' })).toBe('Bonjour Awa');
    });

    it('takes an unsupported language as the fallback, and a regional one as its language', async () => {
      const { i18n } = createInstance({ load: () => Promise.resolve(en) });
      await i18n.changeLanguage('de');
      expect(i18n.language).toBe('fr');
      await i18n.changeLanguage('en-GB');
      expect(i18n.language).toBe('en');
    });

    it('is initialized only once the first language has arrived, taken at once meanwhile', async () => {
      const arrival = deferred<Texts>();
      const i18n = new I18n({
        resources: { fr },
        fallbackLanguage: 'fr',
        supportedLanguages: ['fr', 'en'],
        load: () => arrival.promise,
      });
      const initialized = new Promise((resolve) => i18n.on('initialized', resolve));
      i18n.init('en');
      expect(i18n.isInitialized).toBe(false);
      expect(i18n.language).toBe('en');
      expect(i18n.resolvedLanguage).toBe('fr');
      arrival.resolve(en);
      expect(await initialized).toBe('en');
      expect(i18n.isInitialized).toBe(true);
      expect(i18n.resolvedLanguage).toBe('en');
    });

    it('switches with French texts when English cannot be fetched, and tries again next time', async () => {
      const load = jest.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(en);
      const { i18n, t } = createInstance({ load });
      await i18n.changeLanguage('en');
      expect(t('greeting', { name: 'Awa' })).toBe('Bonjour Awa');
      await i18n.changeLanguage('en');
      expect(t('greeting', { name: 'Awa' })).toBe('Hello Awa');
      expect(load).toHaveBeenCalledTimes(2);
    });
  });

  it('merges a late bundle level by level, and finds what was missing before it', () => {
    const { i18n, t } = createInstance();
    expect(t('cart.total')).toBe('cart.total');
    i18n.addResourceBundle(
      'fr',
      'translation',
      { cart: { total: 'Total\u00a0: {{sum}}' }, more: { title: 'Plus' } },
      true,
      true,
    );
    expect(t('cart.total', { sum: 3 })).toBe('Total\u00a0: 3');
    expect(t('cart.items', { count: 2 })).toBe('2 articles');
    expect(t('more.title')).toBe('Plus');
    // The texts given at the start are left as they were.
    expect(fr.cart).not.toHaveProperty('total');
  });

  it('replaces a text on a late bundle only when asked to', () => {
    const { i18n, t } = createInstance();
    i18n.addResourceBundle('fr', 'translation', { greeting: 'Salut {{name}}' }, true, false);
    expect(t('greeting', { name: 'Awa' })).toBe('Bonjour Awa');
    i18n.addResourceBundle('fr', 'translation', { greeting: 'Salut {{name}}' }, true, true);
    expect(t('greeting', { name: 'Awa' })).toBe('Salut Awa');
  });
});
