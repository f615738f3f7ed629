import { MockedProvider } from '@apollo/client/testing/react';
import { ERROR_CODES } from '@culture-commune/shared';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { renderWithProviders } from '../../../test/render';
import { KitQuery } from '../graphql/kits.documents';
import { monthOf, parisToday } from '../hooks/calendar-days';
import { KitPage } from './kit-page';

const month = monthOf(parisToday());

const loan = (overrides: object = {}) => ({
  __typename: 'KitLoan' as const,
  id: 'l1',
  kit: { __typename: 'KitLoanKit' as const, slug: 'malle-tablettes', name: 'Malle tablettes' },
  requester: { __typename: 'Member' as const, id: 'm2', slug: 'yanis-benali', name: 'Yanis Benali' },
  organisation: { __typename: 'KitOrganisation' as const, slug: 'sij-chambery', name: 'SIJ Chambéry' },
  event: null,
  purpose: 'Atelier réalité augmentée',
  firstDay: `${month}-10`,
  lastDay: `${month}-12`,
  periodLabel: '10 au 12',
  status: 'REQUESTED',
  refusedReason: null,
  handedOverAt: null,
  returnedAt: null,
  returnCheck: [],
  viewerCanHandle: true,
  viewerCanCancel: true,
  ...overrides,
});

const kit = (overrides: object = {}) => ({
  __typename: 'Kit' as const,
  id: 'k1',
  slug: 'malle-tablettes',
  name: 'Malle tablettes',
  description: 'Huit tablettes.',
  archivedAt: null,
  organisation: {
    __typename: 'KitOrganisation' as const,
    slug: 'mediatheque-chambery',
    name: 'Médiathèque de Chambéry',
  },
  items: [{ __typename: 'KitItem' as const, label: 'iPad', quantity: 8 }],
  conditionNotes: 'Une coque fendue.',
  pickupPlace: 'Espace numérique',
  loanConditions: 'Deux semaines au plus.',
  viewerCanManage: false,
  resources: [],
  busy: [{ __typename: 'KitBusyPeriod' as const, firstDay: `${month}-20`, lastDay: `${month}-21`, status: 'ACCEPTED' }],
  debriefs: [],
  loans: [],
  photos: [],
  ...overrides,
});

function renderPage(result: object) {
  return renderWithProviders(
    <MockedProvider
      mocks={[{ request: { query: KitQuery, variables: { slug: 'malle-tablettes', month } }, result }] as never}
    >
      <Routes>
        <Route path="/malles/:slug" element={<KitPage />} />
      </Routes>
    </MockedProvider>,
    { route: '/malles/malle-tablettes' },
  );
}

describe('KitPage', () => {
  it('shows the kit, its busy days in the calendar and the request form; no owner tools for a borrower', async () => {
    renderPage({ data: { kit: kit() } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Malle tablettes' })).toBeTruthy();
    expect(screen.getByText('iPad × 8')).toBeTruthy();
    expect(screen.getByText('Une coque fendue.')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /prêtée \(Accepté\)/ })).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Demander un prêt' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Demandes à traiter' })).toBeNull();
    expect(screen.getByText('Aucun retour d’atelier pour l’instant.')).toBeTruthy();
    // No photo and not theirs to add one: no gallery.
    expect(screen.queryByRole('heading', { name: 'Photos' })).toBeNull();
  });

  it('shows the kit’s photos with their descriptions', async () => {
    const photos = [{ __typename: 'KitPhoto' as const, id: 'p1', url: '/malles/photos/p1.webp', altText: 'Huit iPad' }];
    renderPage({ data: { kit: kit({ photos }) } });
    expect((await screen.findByRole('img', { name: 'Huit iPad' })).getAttribute('src')).toBe('/malles/photos/p1.webp');
  });

  it('shows its owners the requests to handle with their actions, and the history', async () => {
    renderPage({
      data: {
        kit: kit({
          viewerCanManage: true,
          loans: [loan(), loan({ id: 'l2', status: 'RETURNED', purpose: 'Atelier passé', viewerCanCancel: false })],
        }),
      },
    });
    expect(await screen.findByRole('heading', { name: 'Demandes à traiter' })).toBeTruthy();
    expect(screen.getAllByText('Demandé par Yanis Benali (SIJ Chambéry)')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Accepter' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Refuser' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Historique des prêts' })).toBeTruthy();
    expect(screen.getByText(/Objet\s:\sAtelier passé/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Modifier la malle' }).getAttribute('href')).toBe(
      '/malles/malle-tablettes/modifier',
    );
  });

  it('asks visitors to sign in', async () => {
    renderPage({ errors: [{ message: 'Connectez-vous', extensions: { code: ERROR_CODES.unauthenticated } }] });
    expect(await screen.findByRole('link', { name: 'Connectez-vous' })).toBeTruthy();
  });
});
