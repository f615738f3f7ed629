import { act, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import type { TFunction } from './keys';
import { I18n, type Texts } from './runtime';
import { Trans } from './trans';
import { I18nProvider, useTranslation } from './use-translation';

const fr: Texts = { app: { languageSwitch: 'Langue de l’interface' } };
const en: Texts = { app: { languageSwitch: 'Interface language' } };

function Label({ onT }: { onT: (t: TFunction) => void }) {
  const { t } = useTranslation();
  // What depends on `t` follows the language.
  useEffect(() => {
    onT(t);
  }, [t, onT]);
  return <p>{t('app.languageSwitch')}</p>;
}

describe('useTranslation', () => {
  it('renders its component again, with a new `t`, when the language changes', async () => {
    const i18n = new I18n({
      resources: { fr },
      fallbackLanguage: 'fr',
      supportedLanguages: ['fr', 'en'],
      load: () => Promise.resolve(en),
    });
    i18n.init('fr');
    const seen: TFunction[] = [];
    const onT = (t: TFunction) => seen.push(t);
    render(
      <I18nProvider i18n={i18n}>
        <Label onT={onT} />
        <span data-testid="trans">
          <Trans i18nKey="app.languageSwitch" />
        </span>
      </I18nProvider>,
    );
    expect(screen.getByRole('paragraph').textContent).toBe('Langue de l’interface');
    expect(screen.getByTestId('trans').textContent).toBe('Langue de l’interface');

    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByRole('paragraph').textContent).toBe('Interface language');
    expect(screen.getByTestId('trans').textContent).toBe('Interface language');
    expect(seen).toHaveLength(2);
    expect(seen[1]).not.toBe(seen[0]);
  });
});
