import { CombinedGraphQLErrors } from '@apollo/client';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { SignInForm, type Credentials } from './sign-in-form';

const submit = async () => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
  });
};

function fill(email: string, password: string) {
  fireEvent.change(screen.getByLabelText(/^Adresse électronique/), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/^Mot de passe/), { target: { value: password } });
}

describe('SignInForm', () => {
  it('has labelled fields with the autocomplete hints of a sign-in form, and a way to recover the password', () => {
    renderWithProviders(<SignInForm onSubmit={jest.fn()} />);
    const email = screen.getByLabelText(/^Adresse électronique/);
    const password = screen.getByLabelText(/^Mot de passe/);
    expect(email.getAttribute('type')).toBe('email');
    expect(email.getAttribute('autocomplete')).toBe('email');
    expect(password.getAttribute('type')).toBe('password');
    expect(password.getAttribute('autocomplete')).toBe('current-password');
    expect(screen.getByRole('link', { name: 'Mot de passe oublié\u202f?' }).getAttribute('href')).toBe(
      '/mot-de-passe-oublie',
    );
  });

  it('shows the API’s message in a focused summary when the credentials are wrong', async () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'Adresse ou mot de passe incorrect.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const onSubmit = jest.fn<Promise<void>, [Credentials]>().mockRejectedValue(error);
    renderWithProviders(<SignInForm onSubmit={onSubmit} />);
    fill(' camille.durand@example.org ', 'pas le bon mot de passe');
    await submit();

    expect(onSubmit).toHaveBeenCalledWith({ email: 'camille.durand@example.org', password: 'pas le bon mot de passe' });
    const summary = screen.getByRole('region', { name: 'La connexion a échoué' });
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getByText('Adresse ou mot de passe incorrect.')).toBeTruthy();
    // The person can try again at once.
    expect((screen.getByRole('button', { name: 'Se connecter' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('does not call the API with an empty form, and links each problem to its field', async () => {
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    renderWithProviders(<SignInForm onSubmit={onSubmit} />);
    await submit();

    expect(onSubmit).not.toHaveBeenCalled();
    const summary = screen.getByRole('region', { name: 'Le formulaire contient 2 erreurs' });
    expect(document.activeElement).toBe(summary);
    const email = screen.getByLabelText(/^Adresse électronique/);
    const link = within(summary).getByRole('link', { name: 'Adresse électronique\u00a0: ce champ est obligatoire.' });
    expect(link.getAttribute('href')).toBe(`#${email.id}`);
    expect(email.getAttribute('aria-invalid')).toBe('true');
  });
});
