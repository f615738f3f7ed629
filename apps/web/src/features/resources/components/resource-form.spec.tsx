import { CombinedGraphQLErrors } from '@apollo/client';
import { AUDIENCES } from '@culture-commune/shared';
import { act, fireEvent, screen, within } from '@testing-library/react';
import type { ResourceInput } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render';
import { emptyResourceFormValues } from '../hooks/resource-form-values';
import { ResourceForm, type ResourceFormOptions } from './resource-form';

const options: ResourceFormOptions = {
  themes: [
    { id: '1', slug: 'ecrans-petite-enfance', label: 'Écrans et petite enfance', labelEn: null },
    { id: '2', slug: 'jeux-video', label: 'Jeux vidéo', labelEn: 'Video games' },
  ],
  audiences: AUDIENCES.map((a) => ({ ...a })),
  organisations: [{ id: '10', slug: 'mediatheque', name: 'Médiathèque Jean-Jacques Rousseau' }],
};

function renderForm(onSubmit: (input: ResourceInput) => Promise<void> = jest.fn().mockResolvedValue(undefined)) {
  renderWithProviders(
    <ResourceForm initialValues={emptyResourceFormValues()} options={options} onSubmit={onSubmit} cancelTo="/" />,
  );
  return onSubmit;
}

/** The texts that an input's aria-describedby points to. */
function descriptions(element: HTMLElement): string[] {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '');
}

const submit = async () => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
  });
};

function fillValidDraft() {
  fireEvent.change(screen.getByLabelText(/^Type/), { target: { value: 'outil' } });
  fireEvent.change(screen.getByLabelText(/^Format/), { target: { value: 'jeu' } });
  fireEvent.change(screen.getByLabelText(/^Titre/), { target: { value: '  Les écrans en famille ' } });
  fireEvent.change(screen.getByLabelText(/^Résumé/), {
    target: { value: 'Un jeu de plateau pour parler des écrans.' },
  });
  fireEvent.click(screen.getByRole('checkbox', { name: 'Jeux vidéo' }));
}

describe('ResourceForm validation', () => {
  it('shows the missing title next to the Titre field, lists it in a focused summary, and does not save', async () => {
    const onSubmit = renderForm();
    await submit();

    const title = screen.getByLabelText(/^Titre/);
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(descriptions(title)).toContain('Ce champ est obligatoire.');
    const field = title.closest('.field') as HTMLElement;
    expect(within(field).getByText('Ce champ est obligatoire.')).toBeTruthy();

    const summary = screen.getByRole('region', { name: /Le formulaire contient 5 erreurs/ });
    expect(document.activeElement).toBe(summary);
    const link = within(summary).getByRole('link', { name: 'Titre\u00a0: ce champ est obligatoire.' });
    expect(link.getAttribute('href')).toBe(`#${title.id}`);
    expect(within(summary).getByRole('link', { name: /^Thèmes\u00a0: choisissez au moins 1/ })).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('clears the title error once a title is typed', async () => {
    renderForm();
    await submit();
    const title = screen.getByLabelText(/^Titre/);
    fireEvent.change(title, { target: { value: 'Les écrans en famille' } });
    expect(title.getAttribute('aria-invalid')).toBeNull();
    expect(descriptions(title)).not.toContain('Ce champ est obligatoire.');
  });

  it('checks a field when it loses focus', () => {
    renderForm();
    const url = screen.getByLabelText(/^Adresse web/);
    fireEvent.change(url, { target: { value: 'ftp://exemple.org' } });
    expect(url.getAttribute('aria-invalid')).toBeNull();
    fireEvent.blur(url);
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(descriptions(url).join(' ')).toMatch(/http:\/\/ ou https:\/\//);
  });

  it('offers the formats of the chosen type only, and a duration only for a mediation tool', () => {
    renderForm();
    const format = screen.getByLabelText(/^Format/) as HTMLSelectElement;
    expect(format.disabled).toBe(true);
    expect(screen.queryByLabelText(/^Durée/)).toBeNull();

    fireEvent.change(screen.getByLabelText(/^Type/), { target: { value: 'lecture' } });
    const lectureFormats = [...format.options].map((o) => o.value).filter(Boolean);
    expect(lectureFormats).toEqual(['livre', 'article', 'rapport', 'guide', 'etude']);
    expect(screen.queryByLabelText(/^Durée/)).toBeNull();

    fireEvent.change(format, { target: { value: 'livre' } });
    fireEvent.change(screen.getByLabelText(/^Type/), { target: { value: 'outil' } });
    expect(format.value).toBe('');
    expect(screen.getByLabelText(/^Durée/)).toBeTruthy();
  });

  it('sends a valid form as a ResourceInput', async () => {
    const onSubmit = renderForm();
    fillValidDraft();
    fireEvent.change(screen.getByLabelText(/^Auteurs/), { target: { value: 'Serge Tisseron, , Anne Martin ' } });
    fireEvent.change(screen.getByLabelText(/^Étiquettes/), { target: { value: 'Écrans, ecrans, jeu de société' } });
    fireEvent.change(screen.getByLabelText(/^Durée/), { target: { value: '45' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Public' }));
    await submit();

    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        type: 'outil',
        format: 'jeu',
        title: 'Les écrans en famille',
        authors: ['Serge Tisseron', 'Anne Martin'],
        tags: ['Écrans', 'jeu de société'],
        durationMinutes: 45,
        themeSlugs: ['jeux-video'],
        visibility: 'public',
        language: 'fr',
        url: null,
        year: null,
      }),
    );
  });

  it('shows the API’s field issues next to their fields', async () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            issues: [{ field: 'title', rule: 'unique', message: 'Une ressource porte déjà ce titre.' }],
          },
        },
      ],
    });
    renderForm(jest.fn().mockRejectedValue(error));
    fillValidDraft();
    await submit();

    const title = screen.getByLabelText(/^Titre/);
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(descriptions(title)).toContain('Une ressource porte déjà ce titre.');
    expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeTruthy();
  });
});

describe('ResourceForm files (the « Fichiers » slot)', () => {
  /** A files field that reports what the test says, as the real one does after each change. */
  function renderWithFiles(state: { files: { id: string; main: boolean }[]; busy: boolean }) {
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    const files = jest.fn(({ onChange }: { onChange: (s: typeof state) => void }) => (
      <button type="button" onClick={() => onChange(state)}>
        Fichiers prêts
      </button>
    ));
    renderWithProviders(
      <ResourceForm
        initialValues={emptyResourceFormValues()}
        options={options}
        onSubmit={onSubmit}
        cancelTo="/"
        slots={{ files }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Fichiers prêts' }));
    return { onSubmit, files };
  }

  it('saves the files in the order the field gives, with their main file', async () => {
    const chosen = [
      { id: 'f2', main: false },
      { id: 'f1', main: true },
    ];
    const { onSubmit, files } = renderWithFiles({ files: chosen, busy: false });
    expect(files.mock.calls[0][0]).toMatchObject({ initialFiles: [], pdfUrl: null });
    fillValidDraft();
    await submit();
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ files: chosen }));
  });

  it('shows the API’s issue about the files (their total size) in the summary', async () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            issues: [
              {
                field: 'files',
                rule: 'maxTotalSize',
                message: 'Fichiers\u00a0: 200 Mo au plus pour l’ensemble des fichiers d’une ressource.',
              },
            ],
          },
        },
      ],
    });
    const onSubmit = jest.fn().mockRejectedValue(error);
    renderWithProviders(
      <ResourceForm
        initialValues={emptyResourceFormValues()}
        options={options}
        onSubmit={onSubmit}
        cancelTo="/"
        slots={{ files: () => null }}
      />,
    );
    fillValidDraft();
    await submit();
    expect(await screen.findByText(/200 Mo au plus pour l’ensemble des fichiers d’une ressource\./)).toBeTruthy();
  });

  it('does not save while a file is still being sent, and says why', async () => {
    const { onSubmit } = renderWithFiles({ files: [], busy: true });
    fillValidDraft();
    await submit();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(await screen.findByText(/Attendez la fin de l’envoi des fichiers avant d’enregistrer\./)).toBeTruthy();
  });

  it('sends no files at all without the field, so that editing leaves them as they are', async () => {
    const onSubmit = renderForm();
    fillValidDraft();
    await submit();
    expect(onSubmit).toHaveBeenCalledWith(expect.not.objectContaining({ files: expect.anything() }));
  });
});
