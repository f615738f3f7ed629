import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { RemoveKitPhotoMutation } from '../graphql/kits.documents';
import { KitPhotos } from './kit-photos';

const photo = { id: 'p1', url: '/malles/photos/p1.webp', altText: 'Les huit iPad dans leur malle' };

function renderPhotos(canManage: boolean, onChanged = jest.fn(), mocks: object[] = []) {
  renderWithProviders(
    <MockedProvider mocks={mocks as never}>
      <KitPhotos slug="malle-tablettes" photos={[photo]} canManage={canManage} onChanged={onChanged} />
    </MockedProvider>,
  );
  return onChanged;
}

describe('KitPhotos', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('shows each photo with its description as alternative text; borrowers get no controls', () => {
    renderPhotos(false);
    expect(screen.getByRole('img', { name: 'Les huit iPad dans leur malle' }).getAttribute('src')).toBe(
      '/malles/photos/p1.webp',
    );
    expect(screen.queryByRole('button', { name: /Retirer/ })).toBeNull();
    expect(screen.queryByLabelText('Ajouter une photo')).toBeNull();
  });

  it('asks managers for the description before sending, then sends the bytes with it', async () => {
    const fetchMock = jest.fn(async () => ({ ok: true, text: async () => '{}' }));
    global.fetch = fetchMock as never;
    const onChanged = renderPhotos(true);
    const file = new File([new Uint8Array([137, 80, 78, 71])], 'malle.png', { type: 'image/png' });
    fireEvent.change(screen.getByLabelText('Ajouter une photo'), { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter la photo' }));
    expect(await screen.findByText(/^Description de la photo\s:\sce champ est obligatoire\.$/)).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();

    fireEvent.change(screen.getByRole('textbox', { name: 'Description de la photo' }), {
      target: { value: 'La malle ouverte' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter la photo' }));
    expect(await screen.findByText('Photo ajoutée.')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledWith(
      '/malles/malle-tablettes/photos?alt=La%20malle%20ouverte',
      expect.objectContaining({ method: 'POST', headers: { 'content-type': 'image/png' }, body: file }),
    );
    expect(onChanged).toHaveBeenCalled();
  });

  it('shows the API’s message when it refuses the photo', async () => {
    global.fetch = jest.fn(async () => ({
      ok: false,
      text: async () => 'Photo\u00a0: valeur non reconnue\u00a0; valeurs possibles\u00a0: PNG, JPEG, WebP.\n',
    })) as never;
    renderPhotos(true);
    const file = new File(['x'], 'malle.webp', { type: 'image/webp' });
    fireEvent.change(screen.getByLabelText('Ajouter une photo'), { target: { files: [file] } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Description de la photo' }), { target: { value: 'Malle' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter la photo' }));
    expect(await screen.findByText(/^Photo\s:\svaleur non reconnue/)).toBeTruthy();
  });

  it('« Retirer » removes the photo', async () => {
    const onChanged = renderPhotos(true, jest.fn(), [
      {
        request: { query: RemoveKitPhotoMutation, variables: { id: 'p1' } },
        result: { data: { removeKitPhoto: { __typename: 'Kit', id: 'k1', photos: [] } } },
      },
    ]);
    fireEvent.click(screen.getByRole('button', { name: /^Retirer la photo «\sLes huit iPad dans leur malle\s»$/ }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(screen.getByText('Photo retirée.')).toBeTruthy();
  });
});
