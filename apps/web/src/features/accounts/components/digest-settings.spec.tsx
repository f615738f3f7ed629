import { MockedProvider } from '@apollo/client/testing/react';
import { ERROR_CODES } from '@culture-commune/shared';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { DigestPreviewQuery, DigestSettingQuery, SetDigestEnabledMutation } from '../graphql/accounts.documents';
import { DigestSettings } from './digest-settings';

const settingMock = (digestEnabled: boolean) => ({
  request: { query: DigestSettingQuery },
  result: { data: { viewer: { __typename: 'Viewer' as const, id: '7', digestEnabled } } },
});
const setMock = (enabled: boolean, result: object) => ({
  request: { query: SetDigestEnabledMutation, variables: { enabled } },
  result,
});
const previewMock = (itemCount: number) => ({
  request: { query: DigestPreviewQuery },
  result: {
    data: {
      digestPreview: {
        __typename: 'DigestPreview' as const,
        subject: 'Culture commune : 2 nouveautés cette semaine',
        text: 'Bonjour Camille,\n\n- Le jeu des écrans\n- Claire Martin vous a mentionnée',
        itemCount,
      },
    },
  },
});

function renderSettings(mocks: object[]) {
  return renderWithProviders(
    <MockedProvider mocks={mocks as never}>
      <DigestSettings />
    </MockedProvider>,
  );
}

describe('DigestSettings', () => {
  it('saves the weekly letter as soon as the box is ticked, and says so', async () => {
    renderSettings([settingMock(false), setMock(true, { data: { setDigestEnabled: true } })]);
    const checkbox = (await screen.findByRole('checkbox', {
      name: 'Recevoir chaque lundi la lettre des nouveautés',
    })) as HTMLInputElement;
    expect(checkbox.checked).toBe(false);
    await act(async () => {
      fireEvent.click(checkbox);
    });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('C’est noté\u00a0: vous recevrez la lettre chaque lundi.'),
    );
    expect(checkbox.checked).toBe(true);
  });

  it('turns it off, and says when saving failed', async () => {
    renderSettings([
      settingMock(true),
      setMock(false, { errors: [{ message: 'Session expirée.', extensions: { code: ERROR_CODES.unauthenticated } }] }),
    ]);
    const checkbox = (await screen.findByRole('checkbox', {
      name: 'Recevoir chaque lundi la lettre des nouveautés',
    })) as HTMLInputElement;
    expect(checkbox.checked).toBe(true);
    await act(async () => {
      fireEvent.click(checkbox);
    });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Le réglage n’a pas été enregistré\u00a0: Session expirée.',
    );
    expect(checkbox.checked).toBe(true);
  });

  it('shows the next letter’s subject and text when the preview is opened, asking for it only then', async () => {
    let asked = 0;
    renderSettings([
      settingMock(true),
      {
        ...previewMock(2),
        result: () => {
          asked += 1;
          return previewMock(2).result;
        },
      },
    ]);
    const disclosure = await screen.findByRole('button', { name: 'Aperçu de la prochaine lettre' });
    expect(disclosure.getAttribute('aria-expanded')).toBe('false');
    expect(asked).toBe(0);
    fireEvent.click(disclosure);
    expect(disclosure.getAttribute('aria-expanded')).toBe('true');
    const text = await screen.findByText(/Bonjour Camille/);
    expect(text.tagName).toBe('PRE');
    expect(screen.getByText('Objet : Culture commune : 2 nouveautés cette semaine')).toBeTruthy();
    expect(screen.getByText('2 nouveautés dans cette lettre.')).toBeTruthy();
    expect(asked).toBe(1);

    fireEvent.click(disclosure);
    expect(disclosure.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(disclosure.getAttribute('aria-controls') ?? '')?.hidden).toBe(true);
  });

  it('says when the letter would not be sent', async () => {
    renderSettings([settingMock(true), previewMock(0)]);
    fireEvent.click(await screen.findByRole('button', { name: 'Aperçu de la prochaine lettre' }));
    expect(
      await screen.findByText('Rien de neuf pour l’instant : la lettre ne serait pas envoyée cette semaine.'),
    ).toBeTruthy();
  });
});
