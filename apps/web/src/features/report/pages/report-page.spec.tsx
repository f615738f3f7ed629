import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { viewerMock } from '../../../test/viewer-mock';
import { ActivityReportQuery, ReportFilterOptionsQuery, ReportShareLinksQuery } from '../graphql/report.documents';
import { ReportPage } from './report-page';
import { SHARED_REPORT } from '../test-report';

const input = (from: string, to: string) => ({
  input: {
    from,
    to,
    filters: { themeSlug: null, organisationSlug: null, audienceSlug: null, priorityNeighbourhood: false },
  },
});
const reportMock = (from: string, to: string, value: number) => ({
  request: { query: ActivityReportQuery, variables: input(from, to) },
  result: {
    data: {
      activityReport: {
        ...SHARED_REPORT,
        shared: false,
        period: { ...SHARED_REPORT.period, from, to },
        figures: [{ ...SHARED_REPORT.figures[0], value }],
      },
    },
  },
});
const options = {
  request: { query: ReportFilterOptionsQuery },
  result: { data: { themes: [], audiences: [], organisations: [] } },
};
const links = { request: { query: ReportShareLinksQuery }, result: { data: { reportShareLinks: [] } } };

function renderPage(route: string, mocks: unknown[]) {
  return renderWithProviders(<MockedProvider mocks={mocks as never}>{<ReportPage />}</MockedProvider>, { route });
}

describe('ReportPage', () => {
  it('shows the report of the period in the address, and another one when the period changes', async () => {
    renderPage('/rapport?periode=personnalisee&du=2026-01-01&au=2026-03-31', [
      viewerMock('coordinator'),
      options,
      links,
      reportMock('2026-01-01', '2026-03-31', 4),
      reportMock('2025-01-01', '2025-03-31', 9),
      options,
      links,
    ]);
    expect(await screen.findByText('+100 % par rapport à la période précédente')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Partager ce rapport' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Du'), { target: { value: '2025-01-01' } });
    fireEvent.change(screen.getByLabelText('Au'), { target: { value: '2025-03-31' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Afficher' }));
    });
    expect(await screen.findByText('9')).toBeTruthy();
    expect(screen.getByText(/Du 1 janvier 2025 au 31 mars 2025/)).toBeTruthy();
  });

  it('tells a member the report is for coordinators and admins', async () => {
    renderPage('/rapport', [viewerMock('member')]);
    expect(await screen.findByText(/réservé|réservée|coordinat/)).toBeTruthy();
  });
});
