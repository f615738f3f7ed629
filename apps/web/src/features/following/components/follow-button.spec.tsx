import { MockedProvider } from '@apollo/client/testing/react';
import { ERROR_CODES } from '@culture-commune/shared';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { MOCKED_ANSWER_MS, advanceClock, startFakeClock } from '../../../test/clock';
import { renderWithProviders } from '../../../test/render';
import { viewerMock } from '../../../test/viewer-mock';
import { MyFollowsQuery, SetFollowMutation } from '../graphql/following.documents';
import { FollowButton } from './follow-button';

const follow = (kind: 'THEME' | 'ORGANISATION' | 'MEMBER', slug: string, label: string) => ({
  __typename: 'Follow' as const,
  kind,
  slug,
  label,
});
const MEDIATHEQUE = follow('ORGANISATION', 'mediatheque-lyon', 'Médiathèque de Lyon');
const myFollowsMock = (follows: ReturnType<typeof follow>[]) => ({
  request: { query: MyFollowsQuery },
  result: { data: { myFollows: follows } },
});

function renderButton(mocks: object[], onChanged = jest.fn()) {
  renderWithProviders(
    <MockedProvider mocks={mocks as never}>
      <FollowButton kind="ORGANISATION" slug="mediatheque-lyon" label="Médiathèque de Lyon" onChanged={onChanged} />
    </MockedProvider>,
  );
  return { onChanged };
}

describe('FollowButton', () => {
  it('is a toggle button named after what it follows, pressed once followed, with the new list from the API', async () => {
    const { onChanged } = renderButton([
      viewerMock(),
      myFollowsMock([]),
      {
        request: {
          query: SetFollowMutation,
          variables: { kind: 'ORGANISATION', slug: 'mediatheque-lyon', following: true },
        },
        result: { data: { setFollow: [MEDIATHEQUE] } },
      },
    ]);
    const button = await screen.findByRole('button', { name: 'Suivre Médiathèque de Lyon' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    await act(async () => {
      fireEvent.click(button);
    });

    const pressed = await screen.findByRole('button', { name: 'Suivi Médiathèque de Lyon' });
    expect(pressed.getAttribute('aria-pressed')).toBe('true');
    expect(pressed).toBe(button);
    expect(screen.getByRole('status').textContent).toBe('Vous suivez désormais Médiathèque de Lyon.');
    expect(onChanged).toHaveBeenCalledWith(true);
  });

  it('unfollows', async () => {
    renderButton([
      viewerMock(),
      myFollowsMock([MEDIATHEQUE]),
      {
        request: {
          query: SetFollowMutation,
          variables: { kind: 'ORGANISATION', slug: 'mediatheque-lyon', following: false },
        },
        result: { data: { setFollow: [] } },
      },
    ]);
    const button = await screen.findByRole('button', { name: 'Suivi Médiathèque de Lyon' });
    await act(async () => {
      fireEvent.click(button);
    });
    await waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('false'));
    expect(screen.getByRole('status').textContent).toBe('Vous ne suivez plus Médiathèque de Lyon.');
  });

  it('says when the change failed', async () => {
    renderButton([
      viewerMock(),
      myFollowsMock([]),
      {
        request: {
          query: SetFollowMutation,
          variables: { kind: 'ORGANISATION', slug: 'mediatheque-lyon', following: true },
        },
        result: { errors: [{ message: 'Structure introuvable.', extensions: { code: ERROR_CODES.notFound } }] },
      },
    ]);
    const button = await screen.findByRole('button', { name: 'Suivre Médiathèque de Lyon' });
    await act(async () => {
      fireEvent.click(button);
    });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'L’abonnement n’a pas été modifié\u00a0: Structure introuvable.',
    );
    expect(button.getAttribute('aria-pressed')).toBe('false');
  });

  it('shows nothing to visitors', async () => {
    startFakeClock();
    const { container } = renderWithProviders(
      <MockedProvider mocks={[viewerMock(null)] as never}>
        <FollowButton kind="THEME" slug="ecrans" label="Écrans" />
      </MockedProvider>,
    );
    // The API has said who is there (the mocks answer within MOCKED_ANSWER_MS of the fake clock).
    await advanceClock(2 * MOCKED_ANSWER_MS);
    expect(container.querySelector('button')).toBeNull();
  });
});
