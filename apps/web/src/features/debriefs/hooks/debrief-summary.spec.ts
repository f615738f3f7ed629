import { fr } from '../../../i18n/fr';
import { createI18n } from '../../../i18n/i18n';
import { formatDebriefSummary } from './debrief-summary';

const summary = { count: 12, participants: 214, averageRating: 4.3 };

// All of French: the debriefs' texts come with the lazy section that shows them (fr-more.ts, decision 0051).
const allFrench = () => createI18n({ fr });

describe('formatDebriefSummary', () => {
  it('says it in French, with a decimal comma and no-break spaces', async () => {
    const i18n = allFrench();
    await i18n.changeLanguage('fr');
    expect(formatDebriefSummary(summary, i18n.t, 'fr')).toBe('Utilisé 12\u00a0fois · 214\u00a0participants · 4,3/5');
    expect(formatDebriefSummary({ count: 1, participants: 1, averageRating: 5 }, i18n.t, 'fr')).toBe(
      'Utilisé 1\u00a0fois · 1\u00a0participant · 5/5',
    );
    // Thousands are grouped the French way (narrow no-break space).
    expect(formatDebriefSummary({ count: 40, participants: 1214, averageRating: 3.85 }, i18n.t, 'fr')).toBe(
      'Utilisé 40\u00a0fois · 1\u202f214\u00a0participants · 3,9/5',
    );
  });

  it('says it in English, with a decimal point', async () => {
    const i18n = allFrench();
    await i18n.changeLanguage('en');
    expect(formatDebriefSummary(summary, i18n.t, 'en')).toBe('Used 12 times · 214 participants · 4.3/5');
    expect(formatDebriefSummary({ count: 1, participants: 1214, averageRating: 4 }, i18n.t, 'en')).toBe(
      'Used once · 1,214 participants · 4/5',
    );
  });

  it('says there is no debrief yet when the count is 0', async () => {
    const i18n = allFrench();
    expect(formatDebriefSummary({ count: 0, participants: 0, averageRating: null }, i18n.t, 'fr')).toBe(
      'Pas encore de retour d’atelier',
    );
    await i18n.changeLanguage('en');
    expect(formatDebriefSummary({ count: 0, participants: 0, averageRating: null }, i18n.t, 'en')).toBe(
      'No workshop debrief yet',
    );
  });
});
