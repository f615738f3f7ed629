import { CombinedGraphQLErrors } from '@apollo/client';
import { AUDIENCES } from '@culture-commune/shared';
import { act, fireEvent, screen, within } from '@testing-library/react';
import type { ResourceInput } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render';
import type { LinkPreview, LinkTools } from '../hooks/link-tools';
import { emptyResourceFormValues } from '../hooks/resource-form-values';
import { ResourceForm, type ResourceFormOptions } from './resource-form';

const options: ResourceFormOptions = {
  themes: [{ id: '2', slug: 'jeux-video', label: 'Jeux vidéo', labelEn: 'Video games' }],
  audiences: AUDIENCES.map((a) => ({ ...a })),
  organisations: [],
};

const PAGE: LinkPreview = {
  source: 'page',
  url: 'https://exemple.fr/ecrans',
  title: 'Écrans et sommeil des enfants',
  summary: 'Une synthèse pour les familles.',
  authors: ['Élodie Durand'],
  publisher: 'Revue des familles',
  year: 2022,
  language: 'fr',
  imageData: 'data:image/png;base64,iVBORw0KGgo=',
  type: 'lecture',
  format: 'article',
  mediaType: 'text/html',
};

/** A promise the test settles when it wants, to see the form while the page is being read. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function renderForm(tools: Partial<LinkTools>, onSubmit = jest.fn().mockResolvedValue(undefined)) {
  const linkTools: LinkTools = {
    preview: jest.fn().mockResolvedValue(PAGE),
    duplicates: jest.fn().mockResolvedValue([]),
    ...tools,
  };
  renderWithProviders(
    <ResourceForm
      initialValues={emptyResourceFormValues()}
      options={options}
      onSubmit={onSubmit}
      cancelTo="/"
      linkTools={linkTools}
    />,
  );
  return { linkTools, onSubmit };
}

const urlField = () => screen.getByLabelText(/^Adresse web/) as HTMLInputElement;
const paste = (input: HTMLElement, text: string) => {
  fireEvent.paste(input, { clipboardData: { getData: () => text } });
  fireEvent.change(input, { target: { value: text } });
};

describe('ResourceForm: sharing a link in one paste', () => {
  afterEach(() => jest.useRealTimers());

  it('reads a pasted URL (« Lecture de la page… »), fills only the empty fields and shows the image', async () => {
    const reading = deferred<LinkPreview>();
    const { linkTools } = renderForm({ preview: jest.fn().mockReturnValue(reading.promise) });
    fireEvent.change(screen.getByLabelText(/^Résumé/), { target: { value: 'Mon propre résumé.' } });
    paste(urlField(), 'https://exemple.fr/ecrans');
    expect(await screen.findByText('Lecture de la page…')).toBeTruthy();
    expect(linkTools.preview).toHaveBeenCalledWith('https://exemple.fr/ecrans');

    await act(async () => reading.resolve(PAGE));
    expect((screen.getByLabelText(/^Titre/) as HTMLInputElement).value).toBe('Écrans et sommeil des enfants');
    expect((screen.getByLabelText(/^Résumé/) as HTMLTextAreaElement).value).toBe('Mon propre résumé.');
    expect((screen.getByLabelText(/^Auteurs/) as HTMLInputElement).value).toBe('Élodie Durand');
    expect((screen.getByLabelText(/^Type/) as HTMLSelectElement).value).toBe('lecture');
    expect((screen.getByLabelText(/^Format/) as HTMLSelectElement).value).toBe('article');
    expect(screen.getByRole('img', { name: 'Image de la page' }).getAttribute('src')).toBe(PAGE.imageData);
    expect(screen.queryByText('Lecture de la page…')).toBeNull();
    // Leaving the field does not read the same page again.
    fireEvent.blur(urlField());
    expect(linkTools.preview).toHaveBeenCalledTimes(1);
  });

  it('shows why a page could not be read next to the URL field', async () => {
    const refused = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'L’adresse 127.0.0.1 mène à un réseau privé ou local : le serveur ne la lit pas.',
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'badUserInput.linkPrivateAddress',
            params: { host: '127.0.0.1' },
          },
        },
      ],
    });
    renderForm({ preview: jest.fn().mockRejectedValue(refused) });
    fireEvent.change(urlField(), { target: { value: 'http://127.0.0.1/admin' } });
    fireEvent.blur(urlField());
    const field = urlField().closest('.field') as HTMLElement;
    expect(
      await within(field).findByText(
        /^La page n’a pas pu être lue\s: L’adresse 127\.0\.0\.1 mène à un réseau privé ou local.*Vous pouvez remplir le formulaire vous-même\.$/,
      ),
    ).toBeTruthy();
    expect((screen.getByLabelText(/^Titre/) as HTMLInputElement).value).toBe('');
  });

  it('says a PDF link is a document, and proposes its format', async () => {
    renderForm({ preview: jest.fn().mockResolvedValue({ ...PAGE, source: 'pdf', format: 'guide', imageData: null }) });
    paste(urlField(), 'https://exemple.fr/guide.pdf');
    expect(await screen.findByText(/Ce lien mène à un document PDF\..*format proposé\s: Guide\./)).toBeTruthy();
  });

  it('hands a link the preview says is a PDF to the files field, and no other link', async () => {
    const files = jest.fn(() => null);
    const preview = jest
      .fn()
      .mockResolvedValueOnce({
        ...PAGE,
        url: 'https://exemple.fr/guide.pdf',
        source: 'pdf',
        mediaType: 'application/pdf',
      })
      .mockResolvedValueOnce(PAGE);
    renderWithProviders(
      <ResourceForm
        initialValues={emptyResourceFormValues()}
        options={options}
        onSubmit={jest.fn()}
        cancelTo="/"
        linkTools={{ preview, duplicates: jest.fn().mockResolvedValue([]) }}
        slots={{ files }}
      />,
    );
    expect(files).toHaveBeenLastCalledWith(expect.objectContaining({ pdfUrl: null }));
    paste(urlField(), 'https://exemple.fr/guide.pdf');
    await screen.findByText(/Ce lien mène à un document PDF/);
    expect(files).toHaveBeenLastCalledWith(expect.objectContaining({ pdfUrl: 'https://exemple.fr/guide.pdf' }));
    fireEvent.change(urlField(), { target: { value: 'https://exemple.fr/ecrans' } });
    fireEvent.blur(urlField());
    await screen.findByText(/les champs vides ont été remplis/);
    expect(files).toHaveBeenLastCalledWith(expect.objectContaining({ pdfUrl: null }));
  });

  it('warns « Cette ressource existe peut-être déjà » while the title is typed (debounced)', async () => {
    jest.useFakeTimers();
    const { linkTools } = renderForm({
      duplicates: jest.fn().mockResolvedValue([
        {
          __typename: 'PossibleDuplicate',
          slug: 'ecrans-et-sommeil',
          title: 'Écrans et sommeil',
          sameUrl: false,
          sameTitle: true,
        },
      ]),
    });
    const title = screen.getByLabelText(/^Titre/);
    fireEvent.change(title, { target: { value: 'Écrans et' } });
    fireEvent.change(title, { target: { value: 'Écrans et sommeil' } });
    expect(linkTools.duplicates).not.toHaveBeenCalled();
    await act(async () => {
      jest.advanceTimersByTime(500);
    });
    expect(linkTools.duplicates).toHaveBeenCalledTimes(1);
    expect(linkTools.duplicates).toHaveBeenCalledWith({ url: '', title: 'Écrans et sommeil', excludeSlug: undefined });
    const warning = screen.getByText(/^Cette ressource existe peut-être déjà\s:$/).closest('div') as HTMLElement;
    expect(within(warning).getByRole('link', { name: 'Écrans et sommeil' }).getAttribute('href')).toBe(
      '/ressources/ecrans-et-sommeil',
    );
  });

  it('asks for confirmation when the address is already shared, and saves again with it', async () => {
    const conflict = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Une ressource a déjà cette adresse : « Écrans et sommeil ». Confirmez pour enregistrer quand même.',
          extensions: {
            code: 'CONFLICT',
            reason: 'conflict.duplicateUrl',
            params: { title: 'Écrans et sommeil', slug: 'ecrans-et-sommeil' },
          },
        },
      ],
    });
    const onSubmit = jest
      .fn<Promise<void>, [ResourceInput]>()
      .mockRejectedValueOnce(conflict)
      .mockResolvedValue(undefined);
    renderForm({}, onSubmit);
    fireEvent.change(screen.getByLabelText(/^Type/), { target: { value: 'lecture' } });
    fireEvent.change(screen.getByLabelText(/^Format/), { target: { value: 'article' } });
    fireEvent.change(screen.getByLabelText(/^Titre/), { target: { value: 'Écrans et sommeil, encore' } });
    fireEvent.change(screen.getByLabelText(/^Résumé/), { target: { value: 'Un résumé.' } });
    fireEvent.change(urlField(), { target: { value: 'https://exemple.fr/ecrans' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Jeux vidéo' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    });
    expect(onSubmit.mock.calls[0][0]).not.toHaveProperty('confirmDuplicate');
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('link', { name: 'Écrans et sommeil' }).getAttribute('href')).toBe(
      '/ressources/ecrans-et-sommeil',
    );
    await act(async () => {
      fireEvent.click(within(alert).getByRole('button', { name: 'Enregistrer quand même' }));
    });
    expect(onSubmit).toHaveBeenCalledTimes(2);
    expect(onSubmit.mock.calls[1][0]).toMatchObject({ confirmDuplicate: true, url: 'https://exemple.fr/ecrans' });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
