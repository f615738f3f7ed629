import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { NewPasswordForm } from './new-password-form';

function renderForm(onSubmit = jest.fn<Promise<void>, [string]>().mockResolvedValue(undefined)) {
  renderWithProviders(
    <NewPasswordForm
      onSubmit={onSubmit}
      passwordLabel="Nouveau mot de passe"
      submitLabel="Enregistrer le mot de passe"
      submittingLabel="Enregistrement…"
      failureTitle="Le mot de passe n’a pas pu être enregistré"
    />,
  );
  return onSubmit;
}

/** The texts that an input's aria-describedby points to. */
function descriptions(element: HTMLElement): string[] {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '');
}

const password = () => screen.getByLabelText(/^Nouveau mot de passe/);
const confirmation = () => screen.getByLabelText(/^Confirmation du mot de passe/);
const submit = async () => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));
  });
};

describe('NewPasswordForm', () => {
  it('says that the two passwords differ, next to the confirmation and in the summary, and saves nothing', async () => {
    const onSubmit = renderForm();
    fireEvent.change(password(), { target: { value: 'une phrase assez longue' } });
    fireEvent.change(confirmation(), { target: { value: 'une phrase assez longe' } });
    await submit();

    expect(onSubmit).not.toHaveBeenCalled();
    expect(confirmation().getAttribute('aria-invalid')).toBe('true');
    expect(descriptions(confirmation())).toContain('Les deux mots de passe ne sont pas identiques.');
    const summary = screen.getByRole('region', { name: 'Le formulaire contient 1 erreur' });
    expect(document.activeElement).toBe(summary);
    expect(
      within(summary).getByRole('link', {
        name: 'Confirmation du mot de passe\u00a0: les deux mots de passe ne sont pas identiques.',
      }),
    ).toBeTruthy();
  });

  it('clears the mismatch once the confirmation matches, and sends the password', async () => {
    const onSubmit = renderForm();
    fireEvent.change(password(), { target: { value: 'une phrase assez longue' } });
    fireEvent.change(confirmation(), { target: { value: 'autre chose' } });
    fireEvent.blur(confirmation());
    expect(descriptions(confirmation())).toContain('Les deux mots de passe ne sont pas identiques.');

    fireEvent.change(confirmation(), { target: { value: 'une phrase assez longue' } });
    expect(confirmation().getAttribute('aria-invalid')).toBeNull();
    await submit();
    expect(onSubmit).toHaveBeenCalledWith('une phrase assez longue');
  });

  it('asks for 12 characters at least, and says so before anything is typed', async () => {
    const onSubmit = renderForm();
    expect(descriptions(password()).join(' ')).toMatch(/^12\u00a0caractères au minimum/);
    expect(password().getAttribute('autocomplete')).toBe('new-password');
    expect(confirmation().getAttribute('autocomplete')).toBe('new-password');
    fireEvent.change(password(), { target: { value: 'trop court' } });
    fireEvent.change(confirmation(), { target: { value: 'trop court' } });
    await submit();

    expect(onSubmit).not.toHaveBeenCalled();
    expect(descriptions(password())).toContain('Le mot de passe doit contenir au moins 12\u00a0caractères.');
  });
});
