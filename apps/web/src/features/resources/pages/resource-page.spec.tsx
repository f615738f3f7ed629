import { MockedProvider } from '@apollo/client/testing/react';
import { ERROR_CODES } from '@culture-commune/shared';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { ResourceQuery as ResourceData } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render';
import { ViewerQuery } from '../../accounts/graphql/accounts.documents';
import { ResourceQuery } from '../graphql/resource.documents';
import { ResourcePage } from './resource-page';

const resource = (viewerCanEdit: boolean): NonNullable<ResourceData['resource']> & { __typename: 'Resource' } => ({
  __typename: 'Resource',
  id: '42',
  slug: 'le-jeu-des-ecrans',
  type: 'outil',
  format: 'jeu',
  title: 'Le jeu des écrans',
  summary: 'Un jeu de plateau pour parler des écrans en famille.',
  body: null,
  url: null,
  authors: [],
  publisher: null,
  year: null,
  language: 'fr',
  licence: null,
  durationMinutes: null,
  visibility: 'network',
  themes: [],
  audiences: [],
  tags: [],
  organisation: null,
  contributor: null,
  createdAt: '2025-03-12T10:00:00.000Z',
  updatedAt: '2025-03-12T10:00:00.000Z',
  viewerCanEdit,
});

const resourceMock = (value: ReturnType<typeof resource>) => ({
  request: { query: ResourceQuery, variables: { slug: 'le-jeu-des-ecrans' } },
  result: { data: { resource: value } },
});

function renderPage(mocks: object[]) {
  return renderWithProviders(
    <MockedProvider mocks={mocks as never}>
      <Routes>
        <Route path="/ressources/:slug" element={<ResourcePage />} />
      </Routes>
    </MockedProvider>,
    { route: '/ressources/le-jeu-des-ecrans' },
  );
}

describe('ResourcePage', () => {
  it('hides « Modifier » and « Supprimer » from someone who may not edit the resource', async () => {
    renderPage([resourceMock(resource(false))]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Le jeu des écrans' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Modifier' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Supprimer' })).toBeNull();
  });

  it('offers « Modifier » and « Supprimer » to someone who may edit it', async () => {
    renderPage([resourceMock(resource(true))]);
    const edit = await screen.findByRole('link', { name: 'Modifier' });
    expect(edit.getAttribute('href')).toBe('/ressources/le-jeu-des-ecrans/modifier');
    expect(screen.getByRole('button', { name: 'Supprimer' })).toBeTruthy();
  });

  it('tells a visitor that a resource not found may be for the network, with the way to sign in and come back', async () => {
    renderPage([
      {
        request: { query: ResourceQuery, variables: { slug: 'le-jeu-des-ecrans' } },
        result: { errors: [{ message: 'Ressource introuvable', extensions: { code: ERROR_CODES.notFound } }] },
      },
      { request: { query: ViewerQuery }, result: { data: { viewer: null } } },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ressource introuvable' })).toBeTruthy();
    const link = await screen.findByRole('link', { name: 'connectez-vous pour la voir' });
    expect(link.getAttribute('href')).toBe('/connexion?retour=%2Fressources%2Fle-jeu-des-ecrans');
    expect(link.closest('p')?.textContent).toBe(
      'Cette ressource est peut-être réservée au réseau\u00a0: connectez-vous pour la voir.',
    );
  });
});
