import { MockedProvider } from '@apollo/client/testing/react';
import { screen } from '@testing-library/react';
import { MOCKED_ANSWER_MS, advanceClock, startFakeClock } from '../../../test/clock';
import { renderWithProviders } from '../../../test/render';
import { viewerMock } from '../../../test/viewer-mock';
import { UnreadNotificationCountQuery } from '../graphql/notifications.documents';
import { NotificationsLink } from './notifications-link';

const countMock = (count: number) => ({
  request: { query: UnreadNotificationCountQuery },
  result: { data: { unreadNotificationCount: count } },
});

function renderLink(count: number) {
  return renderWithProviders(
    <MockedProvider mocks={[viewerMock(), countMock(count)] as never}>
      <NotificationsLink />
    </MockedProvider>,
  );
}

describe('NotificationsLink', () => {
  it('says how many notifications are unread in its accessible name, which starts with its visible text', async () => {
    const { container } = renderLink(3);
    const link = await screen.findByRole('link', { name: 'Notifications 3 non lues' });
    expect(link.getAttribute('href')).toBe('/notifications');
    expect(container.querySelector('.badge')?.textContent).toBe('3');
    expect(link.textContent).toBe('Notifications 3 non lues');
    expect(container.querySelector('.visually-hidden')?.textContent).toBe(' non lues');
  });

  it('says « non lue » for one', async () => {
    renderLink(1);
    expect(await screen.findByRole('link', { name: 'Notifications 1 non lue' })).toBeTruthy();
  });

  it('shows no badge when everything is read', async () => {
    startFakeClock();
    const { container } = renderLink(0);
    await screen.findByRole('link', { name: 'Notifications' });
    // The count has been answered (the mocks answer within MOCKED_ANSWER_MS of the fake clock).
    await advanceClock(2 * MOCKED_ANSWER_MS);
    expect(container.querySelector('.badge')).toBeNull();
    expect(screen.getByRole('link').textContent).toBe('Notifications');
  });
});
