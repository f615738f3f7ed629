import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { viewerMock } from '../../../test/viewer-mock';
import { BrokenLinksQuery } from '../graphql/link-checks.documents';
import { BROKEN_LINKS_PAGE_SIZE, BrokenLinksPage } from './broken-links-page';

const item = (slug: string, title: string, overrides: object = {}) => ({
  __typename: 'BrokenLink' as const,
  url: `https://example.org/${slug}`,
  resource: { __typename: 'ResourceLink' as const, slug, title },
  contributor: { __typename: 'Member' as const, id: 'm1', slug: 'yanis', name: 'Yanis Benali' },
  status: {
    __typename: 'LinkStatus' as const,
    brokenSince: '2026-12-13T03:00:00.000Z',
    checkedAt: '2026-12-20T03:00:00.000Z',
    reason: 'HTTP_STATUS' as const,
    httpStatus: 404,
  },
  ...overrides,
});

const pageMock = (
  items: ReturnType<typeof item>[],
  { after, hasMore = false }: { after?: string; hasMore?: boolean } = {},
) => ({
  request: {
    query: BrokenLinksQuery,
    variables: after ? { first: BROKEN_LINKS_PAGE_SIZE, after } : { first: BROKEN_LINKS_PAGE_SIZE },
  },
  result: {
    data: { brokenLinks: { __typename: 'BrokenLinkPage', items, hasMore, endCursor: hasMore ? '50' : null } },
  },
});

function renderPage(mocks: unknown[]) {
  return renderWithProviders(
    <MockedProvider mocks={mocks as never}>
      <BrokenLinksPage />
    </MockedProvider>,
    { route: '/administration/liens-casses' },
  );
}

describe('BrokenLinksPage', () => {
  it('lists broken links with since when, why and whose, linking to the resource', async () => {
    renderPage([
      viewerMock('coordinator'),
      pageMock([
        item('guide-disparu', 'Le guide disparu'),
        item('site-prive', 'Le site privé', {
          contributor: null,
          status: { ...item('x', 'x').status, reason: 'PRIVATE_ADDRESS', httpStatus: null },
        }),
      ]),
    ]);
    expect(screen.getByRole('heading', { level: 1, name: 'Liens cassés' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: '2\u00a0liens cassés affichés' });
    const row = within(table).getByRole('row', { name: /Le guide disparu/ });
    expect(within(row).getByRole('link', { name: 'Le guide disparu' }).getAttribute('href')).toBe(
      '/ressources/guide-disparu',
    );
    expect(within(row).getByText('https://example.org/guide-disparu')).toBeTruthy();
    expect(within(row).getByText('13 décembre 2026')).toBeTruthy();
    expect(within(row).getByText('Le site répond par une erreur (404).')).toBeTruthy();
    expect(within(row).getByRole('link', { name: 'Yanis Benali' }).getAttribute('href')).toBe('/membres/yanis');
    const other = within(table).getByRole('row', { name: /Le site privé/ });
    expect(within(other).getByText('L’adresse mène à un réseau privé, que nous ne consultons pas.')).toBeTruthy();
    expect(within(other).getByText('—')).toBeTruthy();
  });

  it('loads more with « Voir plus »', async () => {
    renderPage([
      viewerMock('coordinator'),
      pageMock([item('premier', 'Le premier')], { hasMore: true }),
      pageMock([item('second', 'Le second')], { after: '50' }),
    ]);
    const button = await screen.findByRole('button', { name: 'Voir plus' });
    await act(async () => {
      fireEvent.click(button);
    });
    expect(await screen.findByRole('link', { name: 'Le second' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Le premier' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Voir plus' })).toBeNull();
  });

  it('says when no link is broken', async () => {
    renderPage([viewerMock('admin'), pageMock([])]);
    const empty = await screen.findByText(/^Aucun lien cassé/);
    expect(empty.textContent).toBe('Aucun lien cassé\u00a0: toutes les adresses vérifiées répondent.');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows a loading region, then offers to try again when the list could not be loaded', async () => {
    renderPage([
      viewerMock('admin'),
      { request: { query: BrokenLinksQuery, variables: { first: 50 } }, error: new Error('réseau coupé') },
    ]);
    // The region is there at once; « Chargement… » only if the wait lasts (LoadingMessage, issue 13 item 19).
    expect(await screen.findByRole('status')).toBeTruthy();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('La liste des liens cassés n’a pas pu être chargée.');
  });

  it('tells a member the page is for coordinators and administrators', async () => {
    renderPage([viewerMock('member')]);
    expect(await screen.findByText('Réservé aux coordinateur·rices et aux administrateur·rices.')).toBeTruthy();
  });
});
