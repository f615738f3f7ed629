import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { viewerMock } from '../../../test/viewer-mock';
import { FailedJobsQuery, RetryJobMutation, ServiceStatusQuery } from '../graphql/admin.documents';
import { ServiceStatusPage } from './service-status-page';

const status = {
  __typename: 'ServiceStatus' as const,
  indexLagSeconds: 194,
  outboxPending: 12,
  pendingMigrations: 0,
  jobQueues: [
    {
      __typename: 'JobQueueBacklog' as const,
      queue: 'mail',
      due: 3,
      scheduled: 1,
      running: 2,
      failed: 1,
      oldestDueAgeSeconds: 45,
    },
  ],
  lastBackup: null as null | { __typename: 'BackupRecord'; completedAt: string; archive: string; sizeBytes: number },
  versions: {
    __typename: 'ServiceVersions' as const,
    app: '0.1.0',
    postgres: '18.1',
    meilisearch: '1.21.0',
    lastMigration: 'JobRequestId1764660000000',
  },
};

const failedJob = {
  __typename: 'FailedJob' as const,
  id: '42',
  queue: 'mail',
  summary: 'Courriel : Invitation à rejoindre Culture commune',
  attempts: 6,
  lastError: 'Message failed: 452 Boîte pleine',
  createdAt: '2026-11-30T08:00:00.000Z',
  failedAt: '2026-11-30T10:15:00.000Z',
};

const statusMock = (value: typeof status) => ({
  request: { query: ServiceStatusQuery },
  result: { data: { serviceStatus: value } },
});
const failedMock = (jobs: (typeof failedJob)[]) => ({
  request: { query: FailedJobsQuery },
  result: { data: { failedJobs: jobs } },
});

function renderPage(mocks: unknown[]) {
  return renderWithProviders(
    <MockedProvider mocks={mocks as never}>
      <ServiceStatusPage />
    </MockedProvider>,
    { route: '/administration/etat' },
  );
}

describe('ServiceStatusPage', () => {
  it('tells an admin the index lag, the queues, the versions, and « Aucune sauvegarde » before the first backup', async () => {
    renderPage([viewerMock('admin'), statusMock(status), failedMock([])]);
    expect(await screen.findByRole('heading', { level: 1, name: 'État du service' })).toBeTruthy();
    const search = await screen.findByRole('region', { name: 'Recherche' });
    expect(within(search).getByText('Retard de l’index').nextElementSibling?.textContent).toBe('3\u00a0min');
    expect(within(search).getByText('12')).toBeTruthy();
    const row = within(screen.getByRole('table', { name: 'Tâches non terminées par file' })).getByRole('row', {
      name: /Courriel/,
    });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['3', '1', '2', '1', '45\u00a0s']);
    expect(within(screen.getByRole('region', { name: 'Sauvegarde' })).getByText('Aucune sauvegarde')).toBeTruthy();
    const versions = screen.getByRole('region', { name: 'Versions' });
    expect(within(versions).getByText('1.21.0')).toBeTruthy();
    expect(within(versions).getByText('JobRequestId1764660000000')).toBeTruthy();
    expect(await screen.findByText('Aucune tâche en échec : tout ce qui devait partir est parti.')).toBeTruthy();
  });

  it('shows the last backup and retries a failed job with « Relancer »', async () => {
    const retried = jest.fn(() => ({ data: { retryJob: { __typename: 'FailedJob', id: '42' } } }));
    renderPage([
      viewerMock('admin'),
      statusMock({
        ...status,
        outboxPending: 0,
        lastBackup: {
          __typename: 'BackupRecord',
          completedAt: '2026-12-04T02:00:00.000Z',
          archive: 'culture-commune-2026-12-04.tar',
          sizeBytes: 1234,
        },
      }),
      failedMock([failedJob]),
      { request: { query: RetryJobMutation, variables: { id: '42' } }, result: retried },
      failedMock([]),
    ]);
    const search = await screen.findByRole('region', { name: 'Recherche' });
    expect(within(search).getByText('À jour')).toBeTruthy();
    expect(screen.getByText('culture-commune-2026-12-04.tar')).toBeTruthy();
    const button = await screen.findByRole('button', { name: 'Relancer la tâche n°\u00a042' });
    await act(async () => {
      fireEvent.click(button);
    });
    await screen.findByText('Aucune tâche en échec : tout ce qui devait partir est parti.');
    expect(retried).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toBe(`Tâche relancée\u00a0: ${failedJob.summary}`);
  });

  it('tells a coordinator the page is for admins', async () => {
    renderPage([viewerMock('coordinator')]);
    expect(await screen.findByText('Réservé aux administrateur·rices.')).toBeTruthy();
  });
});
