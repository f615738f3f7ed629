import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { viewerMock } from '../../../test/viewer-mock';
import { ResourceBinQuery, RestoreResourceMutation } from '../graphql/resource-history.documents';
import { ResourceBinPage } from './resource-bin-page';

const item = {
  __typename: 'BinnedResource' as const,
  id: 'r1',
  slug: 'les-ornithorynques-du-web',
  title: 'Les ornithorynques du web',
  type: 'lecture' as const,
  deletedAt: '2026-12-02T10:00:00.000Z',
  purgeAt: '2027-01-01T10:00:00.000Z',
  deletedBy: { __typename: 'Member' as const, id: 'm1', slug: 'yanis', name: 'Yanis Benali' },
};

const binMock = (items: (typeof item)[]) => ({
  request: { query: ResourceBinQuery },
  result: { data: { resourceBin: { __typename: 'ResourceBin', retentionDays: 30, items } } },
});

function renderPage(mocks: unknown[]) {
  return renderWithProviders(
    <MockedProvider mocks={mocks as never}>
      <ResourceBinPage />
    </MockedProvider>,
    { route: '/administration/corbeille' },
  );
}

describe('ResourceBinPage', () => {
  it('lists deleted resources with when, by whom and when they are erased for good', async () => {
    renderPage([viewerMock('coordinator'), binMock([item])]);
    expect(await screen.findByText(/restent ici 30.jours/)).toBeTruthy();
    const table = screen.getByRole('table', { name: '1\u00a0ressource dans la corbeille' });
    const row = within(table).getByRole('row', { name: /ornithorynques/ });
    expect(within(row).getByText('Yanis Benali')).toBeTruthy();
    expect(within(row).getByText(/^2 décembre 2026/)).toBeTruthy();
    expect(within(row).getByText('1 janvier 2027')).toBeTruthy();
  });

  it('restores a resource, announces it with a link to it, and asks for the bin again', async () => {
    const restored = jest.fn(() => ({
      data: {
        restoreResource: {
          __typename: 'Resource',
          id: 'r1',
          slug: 'les-ornithorynques-du-web',
          title: 'Les ornithorynques du web',
        },
      },
    }));
    renderPage([
      viewerMock('coordinator'),
      binMock([item]),
      { request: { query: RestoreResourceMutation, variables: { slug: item.slug } }, result: restored },
      binMock([]),
    ]);
    const button = await screen.findByRole('button', { name: 'Restaurer «\u00a0Les ornithorynques du web\u00a0»' });
    await act(async () => {
      fireEvent.click(button);
    });
    expect(await screen.findByText('La corbeille est vide.')).toBeTruthy();
    expect(restored).toHaveBeenCalledTimes(1);
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('«\u00a0Les ornithorynques du web\u00a0» a été restaurée.');
    expect(within(status).getByRole('link', { name: 'Voir la ressource' }).getAttribute('href')).toBe(
      '/ressources/les-ornithorynques-du-web',
    );
  });

  it('tells a member the page is for coordinators and administrators', async () => {
    renderPage([viewerMock('member')]);
    expect(await screen.findByText('Réservé aux coordinateur·rices et aux administrateur·rices.')).toBeTruthy();
  });

  it('offers to try again when the bin could not be loaded', async () => {
    renderPage([viewerMock('admin'), { request: { query: ResourceBinQuery }, error: new Error('réseau coupé') }]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('La corbeille n’a pas pu être chargée.');
  });
});
