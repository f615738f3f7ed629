import { MockedProvider } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { renderWithProviders } from '../../../test/render';
import { SharedActivityReportQuery } from '../graphql/report.documents';
import { SharedReportPage } from './shared-report-page';
import { SHARED_REPORT } from '../test-report';

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
    expect(screen.getAllByText('Voir le tableau').length).toBe(3);
    // The content security policy forbids inline styles: the charts use classes only.
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
    expect(container.querySelectorAll('svg rect.chart-bar').length).toBe(2);
  });

  it('shows the equipment section: days lent with the comparison, unnamed kits, loans by owner as a chart', async () => {
    renderShared([
      {
        request: { query: SharedActivityReportQuery, variables: { token: 'jeton-secret' } },
        result: { data: { sharedActivityReport: SHARED_REPORT } },
      },
    ]);
    const section = await screen.findByRole('region', { name: 'Équipement' });
    const days = within(section).getByRole('term');
    expect(days.textContent).toBe('Jours de prêt');
    expect(days.parentElement?.textContent).toBe('Jours de prêt20+82 % par rapport à la période précédente');
    const kits = within(section).getByRole('table', { name: 'Malles les plus prêtées' });
    const kit = within(kits).getByRole('row', { name: /Malle réservée aux membres/ });
    expect(
      within(kit)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['< 3', '17']);
    expect(within(section).getByText(/Prêts par structure propriétaire.*Médiathèque du Parc/)).toBeTruthy();
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
