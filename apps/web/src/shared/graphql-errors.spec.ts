import { CombinedGraphQLErrors } from '@apollo/client';
import { ERROR_REASON_LIST, ENTITY_KINDS } from '@culture-commune/shared';
import type { GraphQLFormattedError } from 'graphql';
import { createI18n, whenLanguageReady } from '../i18n/i18n';
import { badUserInputIssues, errorMessage } from './graphql-errors';

const graphqlError = (...errors: GraphQLFormattedError[]) => new CombinedGraphQLErrors({ errors });

const notFound = graphqlError({
  message: 'La ressource « mon-slug » est introuvable.',
  extensions: { code: 'NOT_FOUND', reason: 'notFound.resource', params: { key: 'mon-slug' } },
});

async function i18nIn(language: 'fr' | 'en') {
  const i18n = createI18n();
  // Ready first: the language stored by an earlier call may still be arriving (i18n.ts).
  await whenLanguageReady(i18n);
  await i18n.changeLanguage(language);
  return i18n;
}

describe('errorMessage', () => {
  afterEach(() => localStorage.clear());

  it('translates a reason with its params in the English interface', async () => {
    expect(errorMessage(notFound, await i18nIn('en'))).toBe('The resource “mon-slug” cannot be found.');
  });

  it('says it in French in the French interface, as the API does', async () => {
    expect(errorMessage(notFound, await i18nIn('fr'))).toBe('La ressource « mon-slug » est introuvable.');
  });

  it('falls back to the server’s message for a reason it does not know, or none', async () => {
    const i18n = await i18nIn('en');
    const unknown = graphqlError({
      message: 'Un message venu d’ailleurs.',
      extensions: { code: 'NOT_FOUND', reason: 'notFound.somethingNew', params: {} },
    });
    expect(errorMessage(unknown, i18n)).toBe('Un message venu d’ailleurs.');
    expect(errorMessage(graphqlError({ message: 'Sans raison.', extensions: { code: 'FORBIDDEN' } }), i18n)).toBe(
      'Sans raison.',
    );
    expect(errorMessage(new Error('Failed to fetch'), i18n)).toBe('Failed to fetch');
  });

  it('counts minutes for rate limits', async () => {
    const limited = (count: number) =>
      graphqlError({
        message: '…',
        extensions: { code: 'TOO_MANY_REQUESTS', reason: 'tooManyRequests.retryLater', params: { count } },
      });
    expect(errorMessage(limited(1), await i18nIn('en'))).toBe('Too many attempts. Try again in 1 minute.');
    expect(errorMessage(limited(5), await i18nIn('fr'))).toBe('Trop de tentatives. Réessayez dans 5 minutes.');
  });

  it('says when a list reminded today can be reminded again, in hours', async () => {
    const reminded = (count: number) =>
      graphqlError({
        message: '…',
        extensions: { code: 'TOO_MANY_REQUESTS', reason: 'tooManyRequests.listReminded', params: { count } },
      });
    expect(errorMessage(reminded(23), await i18nIn('fr'))).toBe(
      'Cette liste a déjà été relancée il y a moins de 24 h. Vous pourrez relancer dans 23 heures.',
    );
    expect(errorMessage(reminded(1), await i18nIn('en'))).toBe(
      'This list was already reminded less than 24 hours ago. You can remind again in 1 hour.',
    );
  });

  it('rebuilds bad input issues in English from their field, rule and params', async () => {
    const bad = graphqlError({
      message: 'Titre : 200 caractères au maximum.',
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'badUserInput.invalid',
        params: {},
        issues: [
          { field: 'title', rule: 'maxLength', params: { max: 200 }, message: 'Titre : 200 caractères au maximum.' },
          { field: 'slug', rule: 'unique', message: 'Cette adresse est déjà prise.' },
        ],
      },
    });
    const en = await i18nIn('en');
    expect(errorMessage(bad, en)).toBe('Title: at most 200 characters. Cette adresse est déjà prise.');
    expect(badUserInputIssues(bad, en).map((issue) => issue.message)).toEqual([
      'Title: at most 200 characters.',
      'Cette adresse est déjà prise.',
    ]);
    expect(badUserInputIssues(bad, await i18nIn('fr')).map((issue) => issue.message)).toEqual([
      'Titre : 200 caractères au maximum.',
      'Cette adresse est déjà prise.',
    ]);
  });
});

describe('error texts', () => {
  // Params every reason might use, so that no text is left with an empty {{…}}.
  const params = { key: 'mon-slug', count: 2, path: '/usr/bin/chromium', where: 'variables.slug' };

  it.each(ERROR_REASON_LIST)('%s is translated in French and English', async (reason) => {
    for (const language of ['fr', 'en'] as const) {
      const i18n = await i18nIn(language);
      const key = `errors.${reason}`;
      // Its own text in each language (not French by fallback); plural texts have a suffix.
      const own =
        i18n.getResource(language, 'translation', key) ?? i18n.getResource(language, 'translation', `${key}_other`);
      expect(typeof own).toBe('string');
      const text = i18n.t(key as 'errors.forbidden.default', params);
      expect(text).not.toBe(key);
      expect(text.length).toBeGreaterThan(10);
    }
  });

  it('has one not-found text per entity kind', async () => {
    const i18n = await i18nIn('en');
    for (const kind of ENTITY_KINDS) expect(i18n.exists(`errors.notFound.${kind}`)).toBe(true);
  });
});
