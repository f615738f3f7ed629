import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider } from '../i18n/use-translation';
import { MemoryRouter } from 'react-router';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { createI18n } from '../i18n/i18n';

/**
 * Renders with the real translations (French unless a language was stored) inside a router. English is at hand from
 * the start, as in the app, which renders once the chosen language has arrived (main.tsx).
 */
export function renderWithProviders(ui: ReactElement, { route = '/' } = {}) {
  const i18n = createI18n({ fr, en });
  const result = render(
    <I18nProvider i18n={i18n}>
      <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
    </I18nProvider>,
  );
  return { ...result, i18n };
}
