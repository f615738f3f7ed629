import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { answer, fakeUploadServer, sampleFile } from '../test-upload-server';
import { uploadFile, type UploadOptions } from '../upload-client';
import { FilesField, type FilesFieldState } from './files-field';

function renderField(
  server = fakeUploadServer(),
  props: Partial<Parameters<typeof FilesField>[0]> = {},
): { states: FilesFieldState[]; last: () => FilesFieldState } {
  const states: FilesFieldState[] = [];
  const upload = (file: File, options: UploadOptions = {}) =>
    uploadFile(file, { ...options, fetch: server.fetch, retryDelayMs: 1 });
  renderWithProviders(
    <FilesField initialFiles={[]} pdfUrl={null} onChange={(state) => states.push(state)} upload={upload} {...props} />,
  );
  return { states, last: () => states[states.length - 1] };
}

const choose = (...files: File[]) =>
  act(async () => {
    fireEvent.change(screen.getByLabelText('Ajouter des fichiers'), { target: { files } });
  });

const row = (name: string) => screen.getByRole('listitem', { name });

describe('FilesField: « Fichiers » in the resource form', () => {
  it('offers only the accepted types, named in its help text', () => {
    renderField();
    const input = screen.getByLabelText('Ajouter des fichiers') as HTMLInputElement;
    expect(input.multiple).toBe(true);
    expect(input.accept).toContain('.pdf');
    expect(input.accept).toContain('.jpeg');
    expect(input.accept).toContain('application/vnd.oasis.opendocument.presentation');
    expect(input.accept).not.toContain('svg');
    expect(screen.getByRole('group', { name: 'Fichiers' }).getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/Types acceptés\s: PDF, ODT, DOCX/)).toBeTruthy();
  });

  it('uploads each chosen file with a named progress bar up to 100 %, and reports them in order, the first one main', async () => {
    const { last } = renderField(fakeUploadServer({ partSize: 4 }));
    await choose(sampleFile('guide.pdf', 10), sampleFile('plan.pdf', 3));
    const progress = await screen.findByRole('progressbar', { name: 'Envoi de guide.pdf' });
    await waitFor(() => expect(progress.getAttribute('value')).toBe('100'));
    expect(within(row('guide.pdf')).getByText('100 %')).toBeTruthy();
    expect(within(row('guide.pdf')).getByText('10 octets')).toBeTruthy();
    await waitFor(() =>
      expect(last()).toEqual({
        busy: false,
        files: [
          { id: 'file-u1', main: true },
          { id: 'file-u2', main: false },
        ],
      }),
    );
  });

  it('uploads files dropped on the field', async () => {
    const { last } = renderField();
    const zone = screen.getByText('Vous pouvez aussi déposer des fichiers ici.').parentElement as HTMLElement;
    await act(async () => {
      fireEvent.dragOver(zone, { dataTransfer: { files: [] } });
      fireEvent.drop(zone, { dataTransfer: { files: [sampleFile('carte.png', 5, 'image/png')] } });
    });
    await waitFor(() => expect(last().files).toEqual([{ id: 'file-u1', main: true }]));
    expect(row('carte.png')).toBeTruthy();
  });

  it('makes another file the main one, moves files with the keyboard’s buttons, and removes one', async () => {
    const { last } = renderField();
    await choose(sampleFile('guide.pdf', 5), sampleFile('plan.pdf', 5), sampleFile('carte.png', 5));
    await waitFor(() => expect(last().files).toHaveLength(3));
    fireEvent.click(within(row('plan.pdf')).getByRole('radio', { name: /Fichier principal/ }));
    const down = within(row('guide.pdf')).getByRole('button', { name: 'Descendre guide.pdf' });
    down.focus();
    fireEvent.click(down);
    // The moved file's button keeps the focus, so that it can be moved again.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Descendre guide.pdf'));
    fireEvent.click(within(row('carte.png')).getByRole('button', { name: 'Retirer carte.png' }));
    await waitFor(() =>
      expect(last().files).toEqual([
        { id: 'file-u2', main: true },
        { id: 'file-u1', main: false },
      ]),
    );
    expect(within(row('plan.pdf')).getByRole('button', { name: 'Monter plan.pdf' })).toHaveProperty('disabled', true);
  });

  it('shows the API’s refusal next to the file, naming it, and does not save it', async () => {
    const { last } = renderField(
      fakeUploadServer({ refuseAtFinish: 'Type de fichier refusé : seuls PDF, ODT sont acceptés.' }),
    );
    await choose(sampleFile('page.html', 5, 'text/html'));
    expect(
      await within(row('page.html')).findByText(
        '« page.html » refusé : Type de fichier refusé : seuls PDF, ODT sont acceptés.',
      ),
    ).toBeTruthy();
    expect(last()).toEqual({ busy: false, files: [] });
  });

  it('ticks as main the first file the API has when the first one chosen was refused', async () => {
    const server = fakeUploadServer();
    renderField(server);
    await choose(sampleFile('film.mp4', 500, 'video/mp4'), sampleFile('guide.pdf', 5));
    const radio = await within(row('guide.pdf')).findByRole('radio', { name: /Fichier principal/ });
    expect(radio).toHaveProperty('checked', true);
  });

  it('after a broken connection, « Reprendre » sends only the missing parts and the file is saved', async () => {
    const server = fakeUploadServer({ partSize: 4, failPuts: [2, 3, 4] });
    const { last } = renderField(server);
    await choose(sampleFile('guide.pdf', 10));
    expect(
      await within(row('guide.pdf')).findByText('Envoi de « guide.pdf » interrompu : la connexion a été coupée.'),
    ).toBeTruthy();
    expect(last().busy).toBe(false);
    server.calls.length = 0;
    fireEvent.click(within(row('guide.pdf')).getByRole('button', { name: 'Reprendre guide.pdf' }));
    await waitFor(() => expect(last().files).toEqual([{ id: 'file-u1', main: true }]));
    expect(server.calls).toEqual([
      'GET /fichiers/televersements/u1',
      'PUT /fichiers/televersements/u1/parties/2',
      'PUT /fichiers/televersements/u1/parties/3',
      'POST /fichiers/televersements/u1/fin',
    ]);
  });

  it('reports busy while a file is being sent, and « Annuler l’envoi » takes it off', async () => {
    const server = fakeUploadServer();
    server.fetch.mockImplementation(
      (_input, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
        }),
    );
    const { last } = renderField(server);
    await choose(sampleFile('guide.pdf', 10));
    expect(last().busy).toBe(true);
    fireEvent.click(within(row('guide.pdf')).getByRole('button', { name: 'Annuler l’envoi guide.pdf' }));
    await waitFor(() => expect(last()).toEqual({ busy: false, files: [] }));
    expect(screen.queryByRole('listitem')).toBeNull();
  });

  it('shows the files already on the resource, kept in their order with their main file', async () => {
    const { last } = renderField(fakeUploadServer(), {
      initialFiles: [
        { id: 'f1', fileName: 'guide.pdf', mediaType: 'application/pdf', size: 2_621_440, isMain: false },
        {
          id: 'f2',
          fileName: 'plan.odp',
          mediaType: 'application/vnd.oasis.opendocument.presentation',
          size: 300,
          isMain: true,
        },
      ],
    });
    expect(within(row('guide.pdf')).getByText('2,5 Mo')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(last().files).toEqual([
      { id: 'f1', main: false },
      { id: 'f2', main: true },
    ]);
  });

  it('offers to attach a pasted PDF link, and adds the file the API fetched', async () => {
    const fetch = jest
      .fn()
      .mockResolvedValue(
        answer(200, JSON.stringify({ id: 'f9', fileName: 'rapport.pdf', mediaType: 'application/pdf', size: 2048 })),
      );
    const { last } = renderField(fakeUploadServer(), { pdfUrl: 'https://exemple.fr/rapport.pdf', fetch });
    fireEvent.click(screen.getByRole('button', { name: 'Joindre ce PDF comme fichier' }));
    await waitFor(() => expect(last().files).toEqual([{ id: 'f9', main: true }]));
    expect(fetch).toHaveBeenCalledWith(
      '/fichiers/depuis-lien',
      expect.objectContaining({ method: 'POST', body: JSON.stringify({ url: 'https://exemple.fr/rapport.pdf' }) }),
    );
    expect(within(row('rapport.pdf')).getByText('2 ko')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Joindre ce PDF comme fichier' })).toBeNull();
  });

  it('shows why a pasted PDF link could not be attached', async () => {
    const fetch = jest.fn().mockResolvedValue(answer(413, 'Fichier trop volumineux : 50 Mo au plus par fichier.\n'));
    renderField(fakeUploadServer(), { pdfUrl: 'https://exemple.fr/gros.pdf', fetch });
    fireEvent.click(screen.getByRole('button', { name: 'Joindre ce PDF comme fichier' }));
    expect(
      await screen.findByText('Le PDF n’a pas pu être joint : Fichier trop volumineux : 50 Mo au plus par fichier.'),
    ).toBeTruthy();
  });
});
