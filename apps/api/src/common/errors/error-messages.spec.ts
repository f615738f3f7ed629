import { ENTITY_KINDS, ERROR_CODES, ERROR_REASONS, ERROR_REASON_LIST } from '@culture-commune/shared';
import { GraphQLError } from 'graphql';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ForbiddenError, UnauthenticatedError } from '../auth/require-actor';
import { RateLimitedError } from '../../security/rate-limits';
import { DomainError, InvalidInputError, NotFoundError, ServiceUnavailableError } from './domain-errors';
import { SERVER_MESSAGES, serverMessage } from './error-messages';
import { formatGraphqlError } from './format-graphql-error';

describe('server error messages', () => {
  it.each(ERROR_REASON_LIST)('%s has a French message with its params filled in', (reason) => {
    expect(SERVER_MESSAGES[reason]).toBeDefined();
    const message = serverMessage(reason, {
      key: 'mon-slug',
      count: 2,
      path: '/usr/bin/chromium',
      where: 'variables.slug',
    });
    expect(message.length).toBeGreaterThan(10);
    expect(message).not.toMatch(/\{\{|\}\}|undefined/);
  });

  it('are the web app’s French texts, word for word', () => {
    const webTexts = readFileSync(resolve(__dirname, '../../../../web/src/i18n/fr/errors.ts'), 'utf8');
    for (const template of Object.values(SERVER_MESSAGES))
      if (typeof template === 'string') expect(webTexts).toContain(`'${template}'`);
  });

  it('every entity kind has its not-found reason', () => {
    for (const kind of ENTITY_KINDS) expect(ERROR_REASONS[`notFound.${kind}`]).toBe(ERROR_CODES.notFound);
  });

  it('keeps the French messages API clients already see', () => {
    expect(new NotFoundError('resource', 'mon-slug').message).toBe('La ressource « mon-slug » est introuvable.');
    expect(new NotFoundError('debrief', '42').message).toBe('Le retour d’atelier « 42 » est introuvable.');
    expect(new NotFoundError('invitation').message).toBe(
      'L’invitation « fournie (déjà utilisée ou expirée) » est introuvable.',
    );
    expect(new ForbiddenError().message).toBe('Vous n’avez pas les droits pour cette action.');
    expect(new ForbiddenError('forbidden.listCurator').message).toBe(
      'Seule la personne qui prépare cette liste peut faire cela.',
    );
    expect(new UnauthenticatedError().message).toBe('Connectez-vous pour continuer.');
    expect(new RateLimitedError(30).message).toBe('Trop de tentatives. Réessayez dans 1 minute.');
    expect(new RateLimitedError(600).message).toBe('Trop de tentatives. Réessayez dans 10 minutes.');
    expect(new ServiceUnavailableError('unavailable.pdfChromium', { path: '/opt/chrome' }).message).toBe(
      'Le PDF demande Chromium (/opt/chrome, variable CHROMIUM_PATH) ; la page imprimable reste disponible.',
    );
    expect(InvalidInputError.of('title', 'required').message).toBe('Titre : ce champ est obligatoire.');
  });

  it('gives each error the code of its reason', () => {
    expect(new NotFoundError('theme', 'x').code).toBe('NOT_FOUND');
    expect(new ForbiddenError('forbidden.moderator').code).toBe('FORBIDDEN');
    expect(new RateLimitedError(5).code).toBe('TOO_MANY_REQUESTS');
    expect(InvalidInputError.of('title', 'required').code).toBe('BAD_USER_INPUT');
    expect(new DomainError('conflict.listChanged').code).toBe('CONFLICT');
  });
});

describe('formatGraphqlError', () => {
  const format = (error: Error) =>
    formatGraphqlError(
      { message: error.message, path: ['q'] },
      new GraphQLError(error.message, { originalError: error }),
    );

  it('exposes the reason and params of a domain error next to its code', () => {
    expect(format(new NotFoundError('resource', 'mon-slug'))).toEqual({
      message: 'La ressource « mon-slug » est introuvable.',
      path: ['q'],
      locations: undefined,
      extensions: { code: 'NOT_FOUND', reason: 'notFound.resource', params: { key: 'mon-slug' } },
    });
  });

  it('keeps the issues of bad input', () => {
    const extensions = format(InvalidInputError.of('title', 'required')).extensions;
    expect(extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'badUserInput.invalid',
      issues: [{ field: 'title', rule: 'required', message: 'Titre : ce champ est obligatoire.' }],
    });
  });

  it('gives unexpected errors a reason too', () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const formatted = format(new Error('SELECT boom'));
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', reason: 'internal.unexpected', params: {} });
    expect(formatted.message).toBe('Une erreur inattendue est survenue. Réessayez dans un instant.');
  });
});
