import { AUDIENCES } from '@culture-commune/shared';
import { act, fireEvent, screen, within } from '@testing-library/react';
import type { ResourceInput } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render';
import { emptyResourceFormValues, type ResourceFormValues } from '../hooks/resource-form-values';
import { ResourceForm, type ResourceFormOptions } from './resource-form';

const options: ResourceFormOptions = {
  themes: [{ id: '2', slug: 'jeux-video', label: 'Jeux vidéo', labelEn: 'Video games' }],
  audiences: AUDIENCES.map((a) => ({ ...a })),
  organisations: [],
};

const VALID: ResourceFormValues = {
  ...emptyResourceFormValues(),
  type: 'lecture',
  format: 'guide',
  title: 'Guide des ateliers photo',
  summary: 'Des ateliers d’éducation à l’image.',
  themeSlugs: ['jeux-video'],
};

function renderForm(initialValues: ResourceFormValues = VALID) {
  const onSubmit = jest.fn<Promise<void>, [ResourceInput]>().mockResolvedValue(undefined);
  renderWithProviders(
    <ResourceForm initialValues={initialValues} options={options} onSubmit={onSubmit} cancelTo="/" />,
  );
  return onSubmit;
}

const group = () => screen.getByRole('group', { name: 'Personne ou organisation\u00a0?' });
const typeAuthors = (text: string) => fireEvent.change(screen.getByLabelText(/^Auteurs/), { target: { value: text } });

describe('Saying which author is a person and which an organisation (issue 13, item 1)', () => {
  it('asks nothing until an author is typed, then one labelled choice per author, « Automatique » saying the guess', () => {
    renderForm();
    expect(screen.queryByRole('group', { name: /Personne ou organisation/ })).toBeNull();
    typeAuthors('Serge Tisseron, CNIL');
    const tisseron = within(group()).getByRole('combobox', { name: 'Serge Tisseron' }) as HTMLSelectElement;
    const cnil = within(group()).getByRole('combobox', { name: 'CNIL' }) as HTMLSelectElement;
    expect([...tisseron.options].map((option) => option.text)).toEqual([
      'Automatique (personne)',
      'Personne',
      'Organisation',
    ]);
    expect(cnil.options[0].text).toBe('Automatique (organisation)');
    // Native selects in the tab order: Tab reaches each, the arrow keys change it.
    expect(tisseron.tabIndex).toBe(0);
    expect(tisseron.disabled).toBe(false);
    expect(group().getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(group().getAttribute('aria-describedby')!)?.textContent).toMatch(
      /citent une personne par son nom de famille/,
    );
  });

  it('sends the choices made with the authors, and none for an author left on « Automatique » or removed', async () => {
    const onSubmit = renderForm();
    typeAuthors('Simone Veil, Xiaoling Wang, Serge Tisseron');
    fireEvent.change(screen.getByRole('combobox', { name: 'Simone Veil' }), { target: { value: 'organisation' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Xiaoling Wang' }), { target: { value: 'person' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Serge Tisseron' }), { target: { value: 'person' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Serge Tisseron' }), { target: { value: '' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    });
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0][0]).toMatchObject({
      authors: ['Simone Veil', 'Xiaoling Wang', 'Serge Tisseron'],
      authorKinds: [
        { name: 'Simone Veil', kind: 'organisation' },
        { name: 'Xiaoling Wang', kind: 'person' },
      ],
    });

    typeAuthors('Xiaoling Wang');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    });
    expect(onSubmit.mock.calls[1][0].authorKinds).toEqual([{ name: 'Xiaoling Wang', kind: 'person' }]);
  });

  it('shows the choices saved with the resource when it is edited', () => {
    renderForm({ ...VALID, authors: 'Simone Veil, Serge Tisseron', authorKinds: { 'Simone Veil': 'organisation' } });
    expect((screen.getByRole('combobox', { name: 'Simone Veil' }) as HTMLSelectElement).value).toBe('organisation');
    expect((screen.getByRole('combobox', { name: 'Serge Tisseron' }) as HTMLSelectElement).value).toBe('');
  });
});
