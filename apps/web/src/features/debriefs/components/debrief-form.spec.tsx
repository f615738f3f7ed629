import { AUDIENCES } from '@culture-commune/shared';
import { act, fireEvent, screen, within } from '@testing-library/react';
import type { DebriefInput } from '../../../generated/graphql';
import { advanceClock, startFakeClock } from '../../../test/clock';
import { renderWithProviders } from '../../../test/render';
import { emptyDebriefFormValues } from '../hooks/debrief-form-values';
import { PRIVACY_CHECK_DELAY_MS } from './child-privacy-warning';
import { DebriefForm } from './debrief-form';

function renderForm(onSubmit: (input: DebriefInput) => Promise<void> = jest.fn().mockResolvedValue(undefined)) {
  renderWithProviders(
    <>
      <h3 id="form-title">Ajouter un retour d’atelier</h3>
      <DebriefForm
        initialValues={emptyDebriefFormValues()}
        audiences={AUDIENCES.map((a) => ({ ...a }))}
        onSubmit={onSubmit}
        onCancel={jest.fn()}
        labelledBy="form-title"
      />
    </>,
  );
  return onSubmit;
}

const submit = async () => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le retour d’atelier' }));
  });
};

function fillAllButRating() {
  fireEvent.change(screen.getByLabelText(/^Date de l’atelier/), { target: { value: '2025-03-12' } });
  fireEvent.change(screen.getByLabelText(/^Lieu ou contexte/), { target: { value: 'Médiathèque de quartier' } });
  fireEvent.change(screen.getByLabelText(/^Nombre de participants/), { target: { value: '20' } });
  fireEvent.change(screen.getByLabelText(/^Ce qui a bien marché/), {
    target: { value: 'Les échanges en petits groupes.' },
  });
  fireEvent.change(screen.getByLabelText(/^Ce qu’il faudrait ajuster/), {
    target: { value: 'Prévoir plus de temps.' },
  });
}

/** The texts that an element's aria-describedby points to. */
function descriptions(element: HTMLElement): string[] {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '');
}

describe('DebriefForm', () => {
  it('shows the missing rating next to the « Note » group and in the summary, and does not save', async () => {
    const onSubmit = renderForm();
    fillAllButRating();
    await submit();

    const group = screen.getByRole('group', { name: /^Note/ });
    expect(descriptions(group)).toContain('Choisissez une note de 1 à 5.');
    expect(within(group).getByText('Choisissez une note de 1 à 5.')).toBeTruthy();
    const summary = screen.getByRole('region', { name: 'Le formulaire contient 1 erreur' });
    expect(document.activeElement).toBe(summary);
    const link = within(summary).getByRole('link', { name: 'Note\u00a0: choisissez une note de 1 à 5.' });
    expect(link.getAttribute('href')).toBe(`#${within(group).getByRole('radio', { name: '1 — à revoir' }).id}`);
    expect(onSubmit).not.toHaveBeenCalled();

    // Choosing a rating clears the error; saving sends the typed values.
    fireEvent.click(screen.getByRole('radio', { name: '5 — excellent' }));
    expect(within(group).queryByText('Choisissez une note de 1 à 5.')).toBeNull();
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({
      date: '2025-03-12',
      context: 'Médiathèque de quartier',
      audienceSlug: null,
      ageBand: null,
      participants: 20,
      durationMinutes: null,
      parentsPresent: false,
      wentWell: 'Les échanges en petits groupes.',
      toAdjust: 'Prévoir plus de temps.',
      rating: 5,
    });
  });

  it('has labelled fields, the rating as radios in a fieldset, and the note about photos (no upload)', () => {
    renderForm();
    expect((screen.getByLabelText(/^Date de l’atelier/) as HTMLInputElement).type).toBe('date');
    expect(screen.getByLabelText(/^Public/).tagName).toBe('SELECT');
    expect(screen.getByRole('option', { name: 'Familles' })).toBeTruthy();
    expect((screen.getByLabelText(/^Nombre de participants/) as HTMLInputElement).min).toBe('1');
    expect(screen.getByRole('checkbox', { name: 'Parents présents' })).toBeTruthy();
    expect(within(screen.getByRole('group', { name: /^Note/ })).getAllByRole('radio')).toHaveLength(5);
    expect(screen.getByText('Ne joignez jamais de photo des participants.')).toBeTruthy();
    expect(document.querySelector('input[type="file"]')).toBeNull();
  });

  it('warns when a free text looks like a child’s identity, and saves it only once the person confirms', async () => {
    const onSubmit = renderForm();
    const wentWell = screen.getByLabelText(/^Ce qui a bien marché/);
    fireEvent.change(wentWell, { target: { value: 'Léo, 7 ans, a adoré le jeu des cartes.' } });

    const warning = await screen.findByText(/ressemble à l’identité d’un enfant/);
    expect(warning.textContent).toBe(
      'Attention\u00a0: «\u00a0Léo, 7 ans\u00a0» ressemble à l’identité d’un enfant. ' +
        'Décrivez le groupe sans prénom (par exemple «\u00a0un garçon de 7\u00a0ans\u00a0»).',
    );
    // A polite status next to the field, which describes the field; not an alert.
    expect(warning.closest('[role="status"]')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(descriptions(wentWell)).toContain(warning.textContent);

    // Saving needs the confirmation, which the form asks for next to the texts.
    fireEvent.change(screen.getByLabelText(/^Date de l’atelier/), { target: { value: '2025-03-12' } });
    fireEvent.change(screen.getByLabelText(/^Lieu ou contexte/), { target: { value: 'Classe de CM1' } });
    fireEvent.change(screen.getByLabelText(/^Nombre de participants/), { target: { value: '24' } });
    fireEvent.change(screen.getByLabelText(/^Ce qu’il faudrait ajuster/), { target: { value: 'Rien.' } });
    fireEvent.click(screen.getByRole('radio', { name: '4 — bien' }));
    await submit();
    expect(onSubmit).not.toHaveBeenCalled();
    const confirm = screen.getByRole('checkbox', { name: 'J’ai vérifié\u00a0: aucun enfant n’est identifiable' });
    expect(confirm.getAttribute('aria-invalid')).toBe('true');
    expect(descriptions(confirm).join(' ')).toContain('Le texte semble nommer un enfant (Léo, 7 ans)');
    const summary = screen.getByRole('region', { name: 'Le formulaire contient 1 erreur' });
    expect(within(summary).getByRole('link').getAttribute('href')).toBe(`#${confirm.id}`);

    fireEvent.click(confirm);
    await submit();
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ childPrivacyConfirmed: true }));
  });

  it('flags plain first names in running text, but not the names it is told are members’ or authors’', async () => {
    startFakeClock();
    renderWithProviders(
      <DebriefForm
        initialValues={emptyDebriefFormValues()}
        audiences={[]}
        onSubmit={jest.fn()}
        onCancel={jest.fn()}
        labelledBy="x"
        allowedNames={['Julie Martin']}
      />,
    );
    const wentWell = screen.getByLabelText(/^Ce qui a bien marché/);
    fireEvent.change(wentWell, { target: { value: 'Animé avec Julie Martin, très bon moment.' } });
    await advanceClock(PRIVACY_CHECK_DELAY_MS + 1);
    expect(screen.queryByText(/identité/)).toBeNull();
    expect(screen.queryByRole('checkbox', { name: /aucun enfant/ })).toBeNull();

    fireEvent.change(wentWell, { target: { value: 'Léo a adoré jouer le sauveteur et Inès a beaucoup parlé.' } });
    await advanceClock(PRIVACY_CHECK_DELAY_MS + 1);
    expect(screen.getByText(/ressemblent à l’identité d’enfants/).textContent).toContain(
      '«\u00a0Léo\u00a0» et «\u00a0Inès\u00a0»',
    );
    expect(screen.getByRole('checkbox', { name: /aucun enfant n’est identifiable/ })).toBeTruthy();
  });

  it('does not warn about a group described without first names', async () => {
    startFakeClock();
    renderForm();
    const wentWell = screen.getByLabelText(/^Ce qui a bien marché/);
    fireEvent.change(wentWell, { target: { value: 'Léo' } });
    fireEvent.change(wentWell, { target: { value: 'un groupe de 7 enfants' } });
    // Past the pause after which the text is checked, on the fake clock.
    await advanceClock(PRIVACY_CHECK_DELAY_MS + 1);
    expect(screen.queryByText(/ressemble à l’identité/)).toBeNull();
    expect(descriptions(wentWell).join(' ')).not.toMatch(/Attention/);

    // The same wait is enough for a first name to be noticed, so the silence above means something.
    fireEvent.change(wentWell, { target: { value: 'Léo, 7 ans, a adoré.' } });
    await advanceClock(PRIVACY_CHECK_DELAY_MS + 1);
    expect(screen.getByText(/ressemble à l’identité/)).toBeTruthy();
  });
});
