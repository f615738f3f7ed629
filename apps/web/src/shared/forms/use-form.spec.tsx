import { CombinedGraphQLErrors } from '@apollo/client';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import { ErrorSummary } from '../ui/error-summary';
import { TextField } from '../ui/form-controls';
import { checkEmail, checkRequired, useFieldCheckText, type FieldCheckIssue } from './field-checks';
import { useForm, type FormOptions } from './use-form';

type Values = { name: string; email: string };
type Extra = Partial<FormOptions<Values, FieldCheckIssue>>;

function TestForm({ onSubmit, extra = {} }: { onSubmit: (values: Values) => Promise<void>; extra?: Extra }) {
  const form = useForm({
    initialValues: { name: '', email: '' },
    fields: ['name', 'email'],
    label: (field) => (field === 'name' ? 'Nom' : 'Adresse électronique'),
    validate: (values) => ({ name: checkRequired(values.name), email: checkEmail(values.email) }),
    issueText: useFieldCheckText(),
    onSubmit,
    ...extra,
  });
  return (
    <form noValidate onSubmit={(event) => void form.submit(event)}>
      <ErrorSummary {...form.summary} failureTitle="L’envoi a échoué" />
      <TextField {...form.bind('name')} />
      <TextField {...form.bind('email')} type="email" />
      <button type="submit">Envoyer</button>
    </form>
  );
}

function renderForm(onSubmit = jest.fn().mockResolvedValue(undefined), extra?: Extra) {
  renderWithProviders(<TestForm onSubmit={onSubmit} extra={extra} />);
  return onSubmit;
}

const submit = async () => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer' }));
  });
};

const badUserInput = (issues: Array<{ field: string; rule?: string; message: string }>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', issues } }] });

const fill = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('useForm', () => {
  it('checks every field on submit, lists the problems in a focused summary linking to the fields, and does not save', async () => {
    const onSubmit = renderForm();
    await submit();

    const name = screen.getByLabelText(/^Nom/);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    const summary = screen.getByRole('region', { name: 'Le formulaire contient 2 erreurs' });
    expect(document.activeElement).toBe(summary);
    const link = within(summary).getByRole('link', { name: 'Nom\u00a0: ce champ est obligatoire.' });
    expect(link.getAttribute('href')).toBe(`#${name.id}`);
    expect(onSubmit).not.toHaveBeenCalled();

    // Once wrong, a field is checked again as it changes.
    fill(/^Nom/, 'Camille');
    expect(name.getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByRole('region', { name: 'Le formulaire contient 1 erreur' })).toBeTruthy();
  });

  it('checks a field when it loses focus, but leaves "required" to the submit unless asked', () => {
    renderForm();
    const email = screen.getByLabelText(/^Adresse/);
    fireEvent.blur(email);
    expect(email.getAttribute('aria-invalid')).toBeNull();
    fill(/^Adresse/, 'camille');
    fireEvent.blur(email);
    expect(email.getAttribute('aria-invalid')).toBe('true');
  });

  it('reports a missing value on blur with requiredOnBlur', () => {
    renderForm(undefined, { requiredOnBlur: true });
    const name = screen.getByLabelText(/^Nom/);
    fireEvent.blur(name);
    expect(name.getAttribute('aria-invalid')).toBe('true');
  });

  it('sends valid values', async () => {
    const onSubmit = renderForm();
    fill(/^Nom/, 'Camille');
    fill(/^Adresse/, 'camille@exemple.org');
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({ name: 'Camille', email: 'camille@exemple.org' });
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('shows the API’s issues next to their fields, and one about no field as the summary’s message', async () => {
    const error = badUserInput([
      { field: 'email', rule: 'unique', message: 'Cette adresse est déjà utilisée.' },
      { field: 'organisation', message: 'Structure inconnue.' },
    ]);
    renderForm(jest.fn().mockRejectedValue(error));
    fill(/^Nom/, 'Camille');
    fill(/^Adresse/, 'camille@exemple.org');
    await submit();

    const email = screen.getByLabelText(/^Adresse/);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const summary = screen.getByRole('region', { name: 'Le formulaire contient 1 erreur' });
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getByRole('link', { name: /^Adresse électronique\u00a0: cette adresse/ })).toBeTruthy();
    expect(within(summary).getByText('Structure inconnue.')).toBeTruthy();
  });

  it('words an API issue its own way, and shows issues the form does not name when serverField keeps them', async () => {
    const error = badUserInput([
      { field: 'input.email', rule: 'format', message: 'email: invalid' },
      { field: 'input.organisation', message: 'Structure inconnue.' },
    ]);
    renderForm(jest.fn().mockRejectedValue(error), {
      serverField: (field) => field.replace(/^input\./, ''),
      serverIssue: (issue) => (issue.rule === 'format' ? 'email' : undefined),
    });
    fill(/^Nom/, 'Camille');
    fill(/^Adresse/, 'camille@exemple.org');
    await submit();

    const summary = screen.getByRole('region', { name: 'Le formulaire contient 2 erreurs' });
    expect(
      within(summary).getByRole('link', { name: /^Adresse électronique\u00a0: indiquez une adresse/ }),
    ).toBeTruthy();
    // No link for a field the form does not show.
    expect(within(summary).getByText('organisation : structure inconnue.').tagName).toBe('LI');
  });

  it('shows any other failure under the failure title', async () => {
    renderForm(jest.fn().mockRejectedValue(new Error('Réseau indisponible')));
    fill(/^Nom/, 'Camille');
    fill(/^Adresse/, 'camille@exemple.org');
    await submit();

    const summary = screen.getByRole('region', { name: 'L’envoi a échoué' });
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getByText('Réseau indisponible')).toBeTruthy();
  });

  it('can make the failure title of the message itself (the resource and debrief forms)', () => {
    renderWithProviders(
      <ErrorSummary
        entries={[]}
        submitError="Réseau indisponible"
        failureTitle={(message) => `L’enregistrement a échoué\u00a0: ${message}`}
        summaryRef={{ current: null }}
      />,
    );
    const summary = screen.getByRole('region', { name: 'L’enregistrement a échoué\u00a0: Réseau indisponible' });
    expect(summary.querySelector('p')).toBeNull();
  });
});
