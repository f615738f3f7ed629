import { MockedProvider } from '@apollo/client/testing/react';
import { ERROR_CODES } from '@culture-commune/shared';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { renderWithProviders } from '../../../test/render';
import { viewerMock } from '../../../test/viewer-mock';
import { OrganisationPageQuery } from '../graphql/directory.documents';
import { organisation } from '../test-organisations';
import { OrganisationPage } from './organisation-page';

const page = (overrides: object = {}) => ({
  __typename: 'OrganisationPage' as const,
  organisation: organisation(),
  members: [
    {
      __typename: 'Member' as const,
      id: 'm1',
      slug: 'sophie-reynaud',
      name: 'Sophie Reynaud',
      title: 'Éducatrice de jeunes enfants',
    },
  ],
  resources: [{ __typename: 'ResourceLink' as const, slug: 'le-jeu-des-ecrans', title: 'Le jeu des écrans' }],
  debriefs: [
    {
      __typename: 'OrganisationDebrief' as const,
      id: 'd1',
      resource: { __typename: 'ResourceLink' as const, slug: 'le-jeu-des-ecrans', title: 'Le jeu des écrans' },
      author: { __typename: 'Member' as const, id: 'm1', slug: 'sophie-reynaud', name: 'Sophie Reynaud' },
      workshopDate: '2026-11-20',
      participants: 14,
    },
  ],
  participantsReached: 14,
  events: [
    {
      __typename: 'OrganisationEvent' as const,
      slug: 'connectons-nous',
      title: 'Connectons-nous',
      startsAt: '2026-11-28T13:00:00.000Z',
    },
  ],
  kits: [] as { __typename: 'Kit'; slug: string; name: string; archivedAt: string | null }[],
  ...overrides,
});

function renderPage(result: object, role: 'member' | 'admin' | null = 'member') {
  return renderWithProviders(
    <MockedProvider
      mocks={
        [
          viewerMock(role),
          { request: { query: OrganisationPageQuery, variables: { slug: 'maison-enfance-biollay' } }, result },
        ] as never
      }
    >
      <Routes>
        <Route path="/structures/:slug" element={<OrganisationPage />} />
      </Routes>
    </MockedProvider>,
    { route: '/structures/maison-enfance-biollay' },
  );
}

describe('OrganisationPage', () => {
  it('shows the organisation, its members, resources, debriefs with participants reached, and events', async () => {
    renderPage({ data: { organisationPage: page() } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Maison de l’enfance du Biollay' })).toBeTruthy();
    expect(document.title).toBe('Maison de l’enfance du Biollay · Culture commune');
    expect(screen.getByText('Maison de l’enfance')).toBeTruthy();
    expect(screen.getByText('Intervient en quartier prioritaire de la politique de la ville')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'https://biollay.example.org' })).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Sophie Reynaud' })[0].getAttribute('href')).toBe(
      '/membres/sophie-reynaud',
    );
    expect(screen.getByText(/14\sparticipants touchés/)).toBeTruthy();
    expect(screen.getByText(/20 novembre 2026 · 14\sparticipants/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Connectons-nous' }).getAttribute('href')).toBe(
      '/evenements/connectons-nous',
    );
  });

  it('says so when there is nothing yet in a section', async () => {
    renderPage({
      data: {
        organisationPage: page({ members: [], resources: [], debriefs: [], participantsReached: 0, events: [] }),
      },
    });
    expect(await screen.findByText('Aucun membre visible pour l’instant.')).toBeTruthy();
    expect(screen.getByText('Aucune ressource partagée pour l’instant.')).toBeTruthy();
    expect(screen.getByText('Aucun retour d’atelier pour l’instant.')).toBeTruthy();
    expect(screen.getByText('Aucun événement pour l’instant.')).toBeTruthy();
  });

  it('shows members the kits it lends', async () => {
    const kits = [{ __typename: 'Kit' as const, slug: 'malle-tablettes', name: 'Malle tablettes', archivedAt: null }];
    renderPage({ data: { organisationPage: page({ kits }) } }, 'member');
    expect((await screen.findByRole('link', { name: 'Malle tablettes' })).getAttribute('href')).toBe(
      '/malles/malle-tablettes',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Malles qu’elle prête' })).toBeTruthy();
  });

  it('shows the logo with its alternative text; admins get the control to change it, members do not', async () => {
    const withLogo = {
      data: { organisationPage: page({ organisation: organisation({ logoUrl: '/logos/l1.webp' }) }) },
    };
    renderPage(withLogo, 'admin');
    const logo = await screen.findByRole('img', { name: 'Logo de Maison de l’enfance du Biollay' });
    expect(logo.getAttribute('src')).toBe('/logos/l1.webp');
    expect(await screen.findByLabelText('Logo de la structure')).toBeTruthy();
  });

  it('offers members no logo control', async () => {
    renderPage({ data: { organisationPage: page() } }, 'member');
    expect(await screen.findByRole('heading', { level: 1, name: 'Maison de l’enfance du Biollay' })).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByLabelText('Logo de la structure')).toBeNull();
  });

  it('tells admins an organisation is archived', async () => {
    renderPage({
      data: { organisationPage: page({ organisation: organisation({ archivedAt: '2026-12-01T10:00:00.000Z' }) }) },
    });
    expect(await screen.findByText(/Cette structure est archivée/)).toBeTruthy();
  });

  it('says when there is no such organisation (or it is archived), with the way back to the directory', async () => {
    renderPage({ errors: [{ message: 'Structure introuvable', extensions: { code: ERROR_CODES.notFound } }] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Structure introuvable' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Retour à l’annuaire' }).getAttribute('href')).toBe('/annuaire');
  });
});
