import { CombinedGraphQLErrors } from '@apollo/client';
import { act, fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { ChangePasswordForm } from './change-password-form';

const fill = (current: string, next: string, confirmation = next) => {
  fireEvent.change(screen.getByLabelText(/^Mot de passe actuel/), { target: { value: current } });
  fireEvent.change(screen.getByLabelText(/^Nouveau mot de passe/), { target: { value: next } });
  fireEvent.change(screen.getByLabelText(/^Confirmation du mot de passe/), { target: { value: confirmation } });
};
const submit = async () => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));
  });
};

describe('ChangePasswordForm', () => {
  it('says in words that the current password is wrong (the API’s issue is worded for developers)', async () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            issues: [
              { field: 'currentPassword', rule: 'unknown', message: 'currentPassword : valeur inconnue : ••••.' },
            ],
          },
        },
      ],
    });
    renderWithProviders(
      <ChangePasswordForm username="camille.durand@example.org" onSubmit={jest.fn().mockRejectedValue(error)} />,
    );
    fill('pas le bon', 'une nouvelle phrase secrète');
    await submit();

    const current = screen.getByLabelText(/^Mot de passe actuel/);
    expect(current.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText(/Le mot de passe actuel n’est pas le bon\./).length).toBeGreaterThan(0);
    expect(screen.queryByText(/valeur inconnue/)).toBeNull();
  });

  it('empties the fields and confirms once the password is changed', async () => {
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    renderWithProviders(<ChangePasswordForm username="camille.durand@example.org" onSubmit={onSubmit} />);
    fill('culture-commune-demo', 'une nouvelle phrase secrète');
    await submit();

    expect(onSubmit).toHaveBeenCalledWith({
      currentPassword: 'culture-commune-demo',
      newPassword: 'une nouvelle phrase secrète',
    });
    expect(screen.getByRole('status').textContent).toBe('Votre mot de passe a été modifié.');
    expect((screen.getByLabelText(/^Nouveau mot de passe/) as HTMLInputElement).value).toBe('');
  });
});
