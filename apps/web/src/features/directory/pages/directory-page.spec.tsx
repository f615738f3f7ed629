import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { viewerMock } from '../../../test/viewer-mock';
import type { DirectoryHit } from '../components/directory-hit';
import { DirectoryQuery } from '../graphql/directory.documents';
import { DirectoryPage } from './directory-page';

const input = (overrides: object = {}) => ({
  q: '',
  types: [],
  kinds: [],
  cities: [],
  themes: [],
  audiences: [],
  priorityNeighbourhood: null,
  page: 1,
  ...overrides,
});

const facet = (value: string, label: string, count: number) => ({
  __typename: 'FacetValue' as const,
  value,
  label,
  count,
});

const hits: (DirectoryHit & { __typename: 'DirectoryHit' })[] = [
  {
    __typename: 'DirectoryHit' as const,
    type: 'ORGANISATION' as const,
    slug: 'maison-enfance-biollay',
    name: 'Maison de l’enfance du Biollay',
    function: null,
    organisationSlug: null,
    organisationName: null,
    kind: 'maison-enfance',
    city: 'Chambéry',
    priorityNeighbourhood: true,
    themeLabels: ['Écrans et petite enfance'],
    archived: false,
    evidence: null,
    logoUrl: '/logos/l1.webp',
  },
  {
    __typename: 'DirectoryHit' as const,
    type: 'PERSON' as const,
    slug: 'claire-mounier',
    name: 'Claire Mounier',
    function: 'Médiatrice numérique',
    organisationSlug: 'mediatheque-chambery',
    organisationName: 'Médiathèque de Chambéry',
    kind: 'mediatheque',
    city: 'Chambéry',
    priorityNeighbourhood: false,
    themeLabels: ['Jeux vidéo'],
    archived: false,
    evidence: null,
    logoUrl: null,
  },
];

const JEUX_VIDEO = {
  __typename: 'Theme' as const,
  id: '7',
  slug: 'jeux-video',
  label: 'Jeux vidéo',
  labelEn: 'Video games',
};

const result = (found: typeof hits, askedThemes: (typeof JEUX_VIDEO)[] = []) => ({
  __typename: 'DirectoryResults' as const,
  askedThemes,
  total: found.length,
  page: 1,
  pageSize: 24,
  hits: found,
  facets: {
    __typename: 'DirectoryFacets' as const,
    types: [facet('ORGANISATION', 'Structures', 1), facet('PERSON', 'Personnes', 1)],
    kinds: [facet('maison-enfance', 'Maison de l’enfance', 1), facet('mediatheque', 'Médiathèque', 1)],
    cities: [facet('Chambéry', 'Chambéry', 2)],
    priorityNeighbourhood: [facet('true', 'En quartier prioritaire', 1)],
    themes: [facet('jeux-video', 'Jeux vidéo', 1)],
    audiences: [facet('parents', 'Parents', 2)],
  },
});

const directoryMock = (variables: object, found: typeof hits, askedThemes: (typeof JEUX_VIDEO)[] = []) => ({
  request: { query: DirectoryQuery, variables: { input: input(variables) } },
  result: { data: { directory: result(found, askedThemes) } },
});

function renderPage(mocks: object[], route = '/annuaire') {
  return renderWithProviders(<MockedProvider mocks={mocks as never}>{<DirectoryPage />}</MockedProvider>, { route });
}

describe('DirectoryPage', () => {
  it('lists organisations and people with links to their pages, kind, place and expertise', async () => {
    renderPage([viewerMock('member'), directoryMock({}, hits)]);
    expect(await screen.findByRole('heading', { level: 2, name: '2\u00a0résultats' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Maison de l’enfance du Biollay' }).getAttribute('href')).toBe(
      '/structures/maison-enfance-biollay',
    );
    expect(screen.getByRole('link', { name: 'Claire Mounier' }).getAttribute('href')).toBe('/membres/claire-mounier');
    expect(screen.getByText('Médiatrice numérique · Médiathèque de Chambéry')).toBeTruthy();
    expect(screen.getByText(/^Expertise\s: Écrans et petite enfance$/)).toBeTruthy();
    expect(screen.getByText('Quartier prioritaire')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Logo de Maison de l’enfance du Biollay' }).getAttribute('src')).toBe(
      '/logos/l1.webp',
    );
    expect(screen.queryByText(/Connectez-vous pour voir tout le réseau/)).toBeNull();
  });

  it('narrows by a facet value: the checkbox sends it to the API and the address keeps it', async () => {
    renderPage([viewerMock('member'), directoryMock({}, hits), directoryMock({ kinds: ['mediatheque'] }, [hits[1]])]);
    const kinds = await screen.findByRole('group', { name: 'Type de structure' });
    await act(async () => {
      fireEvent.click(within(kinds).getByRole('checkbox', { name: 'Médiathèque (1)' }));
    });
    expect(await screen.findByRole('heading', { level: 2, name: '1\u00a0résultat' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Maison de l’enfance du Biollay' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Retirer tous les filtres' })).toBeTruthy();
  });

  it('starts from the address: words, theme and the priority-neighbourhood choice', async () => {
    renderPage(
      [viewerMock('member'), directoryMock({ q: 'jeux', themes: ['jeux-video'], priorityNeighbourhood: true }, [])],
      '/annuaire?q=jeux&theme=jeux-video&qpv=1',
    );
    expect(await screen.findByText(/Aucune structure ni personne ne correspond/)).toBeTruthy();
    expect((screen.getByRole('searchbox', { name: 'Rechercher dans l’annuaire' }) as HTMLInputElement).value).toBe(
      'jeux',
    );
    expect(
      (screen.getByRole('checkbox', { name: 'En quartier prioritaire (QPV) uniquement' }) as HTMLInputElement).checked,
    ).toBe(true);
  });

  it('« qui connaît les jeux vidéo ? » names the theme and says why each person is listed', async () => {
    const claire = {
      ...hits[1],
      evidence: {
        __typename: 'KnowledgeEvidence' as const,
        declaredExpertise: true,
        debriefs: 3,
        resources: 5,
        lists: 1,
      },
    };
    const q = 'qui connaît les jeux vidéo ?';
    renderPage(
      [viewerMock('member'), directoryMock({ q }, [claire], [JEUX_VIDEO])],
      `/annuaire?q=${encodeURIComponent(q)}`,
    );
    expect(await screen.findByText(/^Qui connaît « Jeux vidéo » \?/)).toBeTruthy();
    const why = screen.getByRole('list', { name: 'Pourquoi Claire Mounier' });
    expect(
      within(why)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Expertise déclarée',
      '3\u00a0retours d’atelier sur ce thème',
      '5\u00a0ressources partagées',
      '1\u00a0liste',
    ]);
  });

  it('tells visitors they see only public people', async () => {
    renderPage([viewerMock(null), directoryMock({}, [hits[0]])]);
    expect(await screen.findByText(/Connectez-vous pour voir tout le réseau/)).toBeTruthy();
  });

  it('offers to try again when the directory cannot be loaded', async () => {
    renderPage([
      viewerMock('member'),
      { request: { query: DirectoryQuery, variables: { input: input() } }, error: new Error('réseau') },
    ]);
    expect(await screen.findByText('L’annuaire n’a pas pu être chargé.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  });
});
