import { fr } from './fr';
import { createI18n } from './i18n';

// French reads 0 as singular (« 0 participant·e »): a count of nobody says so in words (issue 13, item 20).
describe('counts of people', () => {
  it.each([
    ['fr', 'events.participants', 0, 'Aucun·e participant·e'],
    ['fr', 'events.participants', 1, '1\u00a0participant·e'],
    ['fr', 'events.participants', 3, '3\u00a0participant·e·s'],
    ['fr', 'members.followers', 0, 'Aucun·e abonné·e'],
    ['fr', 'members.followers', 2, '2\u00a0abonné·e·s'],
    ['en', 'events.participants', 0, 'No participants yet'],
    ['en', 'members.followers', 0, 'No followers yet'],
  ] as const)('%s %s with %i', async (language, key, count, expected) => {
    const i18n = createI18n({ fr });
    await i18n.changeLanguage(language);
    expect(i18n.t(key, { count })).toBe(expected);
  });
});
