import { fireEvent, screen } from '@testing-library/react';
import { createI18n, LANGUAGE_STORAGE_KEY } from '../i18n/i18n';
import { renderWithProviders } from '../test/render';
import { LanguageSwitch } from './language-switch';

describe('LanguageSwitch', () => {
  it('starts in French with the FR button pressed', () => {
    renderWithProviders(<LanguageSwitch />);
    expect(screen.getByRole('button', { name: 'FR' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'EN' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('group', { name: 'Langue de l’interface' })).toBeTruthy();
  });

  it('switches the interface to English and remembers the choice for the next visit', () => {
    const { i18n } = renderWithProviders(<LanguageSwitch />);
    fireEvent.click(screen.getByRole('button', { name: 'EN' }));

    expect(screen.getByRole('button', { name: 'EN' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'FR' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('group', { name: 'Interface language' })).toBeTruthy();
    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(createI18n().language).toBe('en');
  });

  it('switches back to French', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    renderWithProviders(<LanguageSwitch />);
    expect(screen.getByRole('button', { name: 'EN' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'FR' }));
    expect(screen.getByRole('button', { name: 'FR' }).getAttribute('aria-pressed')).toBe('true');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('fr');
  });
});
