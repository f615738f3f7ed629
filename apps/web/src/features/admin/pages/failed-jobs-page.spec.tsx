import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { viewerMock } from '../../../test/viewer-mock';
import { FailedJobsQuery, RetryJobMutation } from '../graphql/admin.documents';
import { FailedJobsPage } from './failed-jobs-page';

const job = {
  __typename: 'FailedJob' as const,
  id: '42',
  queue: 'mail',
  summary: 'Courriel à lea.girard@example.org : Invitation à rejoindre Culture commune',
  attempts: 6,
  lastError: 'Message failed: 452 Boîte pleine',
  createdAt: '2026-11-30T08:00:00.000Z',
  failedAt: '2026-11-30T10:15:00.000Z',
};

const jobsMock = (jobs: (typeof job)[]) => ({
  request: { query: FailedJobsQuery },
  result: { data: { failedJobs: jobs } },
});

function renderPage(mocks: unknown[]) {
  return renderWithProviders(
    <MockedProvider mocks={mocks as never}>
      <FailedJobsPage />
    </MockedProvider>,
    { route: '/administration/taches' },
  );
}

describe('FailedJobsPage', () => {
  it('lists failed jobs with their queue, summary, attempts and last error', async () => {
    renderPage([viewerMock('admin'), jobsMock([job])]);
    const table = await screen.findByRole('table', { name: '1\u00a0tâche en échec' });
    const row = within(table).getByRole('row', { name: /lea\.girard/ });
    expect(within(row).getByText('Courriel')).toBeTruthy();
    expect(within(row).getByText('6')).toBeTruthy();
    expect(within(row).getByText('Message failed: 452 Boîte pleine')).toBeTruthy();
    expect(within(row).getByRole('rowheader').textContent).toMatch(/^30 novembre 2026/);
  });

  it('retries a job with retryJob, announces it, and the list is asked again', async () => {
    const retried = jest.fn(() => ({ data: { retryJob: { __typename: 'FailedJob', id: '42' } } }));
    renderPage([
      viewerMock('admin'),
      jobsMock([job]),
      { request: { query: RetryJobMutation, variables: { id: '42' } }, result: retried },
      jobsMock([]),
    ]);
    const button = await screen.findByRole('button', { name: 'Relancer la tâche n°\u00a042' });
    await act(async () => {
      fireEvent.click(button);
    });
    await screen.findByText('Aucune tâche en échec : tout ce qui devait partir est parti.');
    expect(retried).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toBe(`Tâche relancée\u00a0: ${job.summary}`);
  });

  it('tells a coordinator the page is for admins', async () => {
    renderPage([viewerMock('coordinator')]);
    expect(await screen.findByText('Réservé aux administrateur·rices.')).toBeTruthy();
  });
});
