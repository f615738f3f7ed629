import { MockedProvider } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { renderWithProviders } from '../../../test/render';
import { SharedActivityReportQuery } from '../graphql/report.documents';
import { SharedReportPage } from './shared-report-page';

const row = (
  key: string,
  label: string,
  values: (number | null)[],
  previous: (number | null)[],
  suppressed: boolean[],
) => ({
  __typename: 'ReportRow' as const,
  key,
  label,
  resourceSlug: null,
  values,
  previous,
  suppressed,
  previousSuppressed: suppressed.map(() => false),
});

export const SHARED_REPORT = {
  __typename: 'ActivityReport' as const,
  period: { __typename: 'ReportPeriod' as const, from: '2026-01-01', to: '2026-03-31' },
  previousPeriod: { __typename: 'ReportPeriod' as const, from: '2025-10-03', to: '2025-12-31' },
  filters: {
    __typename: 'ReportFilters' as const,
    themeSlug: null,
    organisationSlug: null,
    audienceSlug: null,
    priorityNeighbourhood: false,
  },
  shared: true,
  generatedAt: '2026-06-15T10:00:00.000Z',
  figures: [
    {
      __typename: 'ReportFigure' as const,
      id: 'debriefs',
      section: 'fieldWork',
      value: 4,
      previous: 2,
      changePercent: 100,
    },
    {
      __typename: 'ReportFigure' as const,
      id: 'participants',
      section: 'fieldWork',
      value: 44,
      previous: 50,
      changePercent: -12,
    },
    {
      __typename: 'ReportFigure' as const,
      id: 'reactions',
      section: 'library',
      value: 1,
      previous: 0,
      changePercent: null,
    },
  ],
  tables: [
    {
      __typename: 'ReportTable' as const,
      id: 'fieldWorkByAgeBand',
      section: 'fieldWork',
      columns: ['debriefs', 'participants'],
      rows: [
        { ...row('8-11 ans', '8-11 ans', [null, 22], [null, 8], [true, false]), previousSuppressed: [true, false] },
        row('', '', [null, 20], [0, 0], [true, false]),
      ],
    },
    {
      __typename: 'ReportTable' as const,
      id: 'fieldWorkByMonth',
      section: 'fieldWork',
      columns: ['debriefs', 'participants'],
      rows: [row('2026-01', '2026-01', [null, 10], [null, null], [true, false])],
    },
  ],
};

function renderShared(mocks: unknown[]) {
  return renderWithProviders(
    <MockedProvider mocks={mocks as never}>
      <Routes>
        <Route path="/rapport/partage/:token" element={<SharedReportPage />} />
      </Routes>
    </MockedProvider>,
    { route: '/rapport/partage/jeton-secret' },
  );
}

describe('SharedReportPage', () => {
  it('shows the figures with their comparison, charts without inline styles, and « < 3 » for small counts', async () => {
    const { container } = renderShared([
      {
        request: { query: SharedActivityReportQuery, variables: { token: 'jeton-secret' } },
        result: { data: { sharedActivityReport: SHARED_REPORT } },
      },
    ]);
    expect(await screen.findByText('+100 % par rapport à la période précédente')).toBeTruthy();
    expect(screen.getByText('−12 % par rapport à la période précédente')).toBeTruthy();
    expect(screen.getByText(/Rien à comparer/)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Participant·es par tranche d’âge' });
    const band = within(table).getByRole('row', { name: /8-11 ans/ });
    expect(
      within(band)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['< 3', '< 3', '22', '8']);
    expect(within(table).getByRole('row', { name: /Non précisé/ })).toBeTruthy();
    expect(screen.getByText(/par mois.*janvier 2026 10\./)).toBeTruthy();
    expect(screen.getAllByText('Voir le tableau').length).toBe(2);
    // The content security policy forbids inline styles: the charts use classes only.
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
    expect(container.querySelectorAll('svg rect.chart-bar').length).toBe(1);
  });

  it('says a withdrawn link no longer works', async () => {
    renderShared([
      {
        request: { query: SharedActivityReportQuery, variables: { token: 'jeton-secret' } },
        result: {
          errors: [
            {
              message: 'Ce lien de partage du rapport n’existe pas ou a été retiré.',
              extensions: { code: 'NOT_FOUND', reason: 'notFound.reportShareLink' },
            },
          ],
        },
      },
    ]);
    expect(await screen.findByText('Ce lien de partage du rapport n’existe pas ou a été retiré.')).toBeTruthy();
  });
});
