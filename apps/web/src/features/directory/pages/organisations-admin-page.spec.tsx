import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { viewerMock } from '../../../test/viewer-mock';
import {
  CreateOrganisationMutation,
  MergeOrganisationsMutation,
  OrganisationsAdminQuery,
  SetOrganisationArchivedMutation,
} from '../graphql/directory.documents';
import { organisation } from '../test-organisations';
import { OrganisationsAdminPage } from './organisations-admin-page';

const audiences = [{ __typename: 'Audience' as const, slug: 'parents', label: 'Parents', labelEn: 'Parents' }];
const crefe = organisation({
  id: 'o2',
  slug: 'crefe',
  name: 'CREFE',
  kind: 'autre',
  kindDetail: 'Centre de ressources',
  priorityNeighbourhood: false,
});
const listMock = (organisations: object[]) => ({
  request: { query: OrganisationsAdminQuery },
  result: { data: { directoryOrganisations: organisations, audiences } },
});

function renderPage(mocks: object[], role: 'admin' | 'member' = 'admin') {
  return renderWithProviders(
    <MockedProvider mocks={[viewerMock(role), ...mocks] as never}>
      <OrganisationsAdminPage />
    </MockedProvider>,
    { route: '/administration/structures' },
  );
}

describe('OrganisationsAdminPage', () => {
  it('lists the organisations with their kind, commune, members and status', async () => {
    renderPage([listMock([organisation(), crefe]), listMock([organisation(), crefe])]);
    const table = await screen.findByRole('table', { name: 'Structures (2)' });
    const row = within(table).getByRole('row', { name: /CREFE/ });
    expect(within(row).getByText('Autre (Centre de ressources)')).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Archiver CREFE' })).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Modifier CREFE' })).toBeTruthy();
  });

  it('refuses bad input before sending it, naming the field', async () => {
    renderPage([listMock([crefe]), listMock([crefe])]);
    const form = await screen.findByRole('form', { name: 'Ajouter une structure' });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'Ajouter la structure' }));
    });
    const summary = await within(form).findByRole('region', { name: 'Le formulaire contient 2 erreurs' });
    expect(within(summary).getByRole('link', { name: /Nom/ })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: /Type de structure/ })).toBeTruthy();
  });

  it('creates an organisation with createOrganisation and announces it', async () => {
    const created = jest.fn(() => ({
      data: {
        createOrganisation: organisation({ slug: 'centre-social', name: 'Centre social', kind: 'centre-social' }),
      },
    }));
    renderPage([
      listMock([crefe]),
      listMock([crefe]),
      {
        request: {
          query: CreateOrganisationMutation,
          variables: {
            input: {
              name: 'Centre social',
              kind: 'centre-social',
              kindDetail: null,
              city: 'Chambéry',
              neighbourhood: null,
              priorityNeighbourhood: true,
              audienceSlugs: ['parents'],
              description: null,
              website: null,
              publicContact: null,
            },
          },
        },
        result: created,
      },
      listMock([crefe, organisation({ slug: 'centre-social', name: 'Centre social', kind: 'centre-social' })]),
    ]);
    const form = await screen.findByRole('form', { name: 'Ajouter une structure' });
    fireEvent.change(within(form).getByRole('textbox', { name: /^Nom/ }), { target: { value: 'Centre social' } });
    fireEvent.change(within(form).getByRole('combobox', { name: /Type de structure/ }), {
      target: { value: 'centre-social' },
    });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Commune' }), { target: { value: 'Chambéry' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Intervient en quartier prioritaire (QPV)' }));
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Parents' }));
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'Ajouter la structure' }));
    });
    expect(await screen.findByText(/^Structure «\sCentre social\s» ajoutée\.$/)).toBeTruthy();
    expect(created).toHaveBeenCalled();
  });

  it('archives an organisation', async () => {
    const archived = jest.fn(() => ({
      data: { setOrganisationArchived: { ...crefe, archivedAt: '2026-12-04T10:00:00.000Z' } },
    }));
    renderPage([
      listMock([crefe]),
      listMock([crefe]),
      {
        request: { query: SetOrganisationArchivedMutation, variables: { slug: 'crefe', archived: true } },
        result: archived,
      },
      listMock([{ ...crefe, archivedAt: '2026-12-04T10:00:00.000Z' }]),
    ]);
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Archiver CREFE' }));
    });
    expect(await screen.findByText(/^Structure «\sCREFE\s» archivée\.$/)).toBeTruthy();
    expect(archived).toHaveBeenCalled();
  });

  it('merges only after a confirmation naming both organisations', async () => {
    const merged = jest.fn(() => ({ data: { mergeOrganisations: organisation() } }));
    renderPage([
      listMock([organisation(), crefe]),
      listMock([organisation(), crefe]),
      {
        request: {
          query: MergeOrganisationsMutation,
          variables: { keepSlug: 'maison-enfance-biollay', mergeSlug: 'crefe' },
        },
        result: merged,
      },
      listMock([organisation()]),
    ]);
    fireEvent.change(await screen.findByRole('combobox', { name: 'Structure conservée' }), {
      target: { value: 'maison-enfance-biollay' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Structure à fusionner (sera supprimée)' }), {
      target: { value: 'crefe' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Fusionner' }));
    expect(merged).not.toHaveBeenCalled();
    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', {
          name: 'Confirmer la fusion de «\u00a0CREFE\u00a0» dans «\u00a0Maison de l’enfance du Biollay\u00a0»',
        }),
      );
    });
    expect(
      await screen.findByText(/^«\sCREFE\s» a été fusionnée dans «\sMaison de l’enfance du Biollay\s»\.$/),
    ).toBeTruthy();
    expect(merged).toHaveBeenCalled();
  });

  it('refuses the page to a member', async () => {
    renderPage([], 'member');
    expect(await screen.findByText(/Réservé/)).toBeTruthy();
  });
});
