import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { createCache } from '../apollo-client';
import { renderWithProviders } from '../../test/render';
import { viewerMock } from '../../test/viewer-mock';
import { event, readingListSummary } from '../../test/fixtures/event.fixtures';
import { item, readingList, resource } from '../../test/fixtures/reading-list.fixtures';
import { EventQuery } from '../../features/events/graphql/events.documents';
import { EventPage } from '../../features/events/pages/event-page';
import {
  AddReadingListItemMutation,
  ListResourceSuggestionsQuery,
  ReadingListQuery,
} from '../../features/reading-lists/graphql/reading-lists.documents';
import { eventSlots } from './event-route';

const SLUG = 'rencontre-education-medias';

const eventMock = (value: ReturnType<typeof event>) => ({
  request: { query: EventQuery, variables: { slug: SLUG } },
  result: { data: { event: value } },
});

function renderPage(mocks: object[]) {
  return renderWithProviders(
    <MockedProvider mocks={[viewerMock('member'), ...mocks] as never} cache={createCache()}>
      <Routes>
        <Route path="/evenements/:slug" element={<EventPage slots={eventSlots} />} />
      </Routes>
    </MockedProvider>,
    { route: `/evenements/${SLUG}` },
  );
}

describe('The event page with its attached reading lists’ tools', () => {
  it('lets the list’s team add resources to an attached list in place, saying so and counting it (issue 13, item 14)', async () => {
    const attached = (itemCount: number) =>
      event({
        readingLists: [
          readingListSummary('rencontre-ecrans', 'Rencontre écrans de mars', { viewerCanEdit: true, itemCount }),
        ],
      });
    const list = readingList({ items: [item('a', 1)], viewerCanEdit: true });
    const hit = (slug: string, title: string) => ({
      __typename: 'QuickSearchHit',
      kind: 'resource',
      slug,
      detail: 'Lecture · 2013',
      title: [{ __typename: 'HighlightSegment', text: title }],
    });
    const added = item('c', 2, { resource: resource('apprivoiser-les-ecrans', 'Apprivoiser les écrans') });
    const mutation = jest.fn(() => ({ data: { addReadingListItem: { ...list, items: [item('a', 1), added] } } }));
    renderPage([
      eventMock(attached(1)),
      eventMock(attached(2)),
      {
        request: { query: ReadingListQuery, variables: { slug: 'rencontre-ecrans' } },
        result: { data: { readingList: list } },
      },
      {
        request: { query: ListResourceSuggestionsQuery, variables: { q: 'écrans' } },
        result: {
          data: {
            quickSearch: {
              __typename: 'QuickSearchResult',
              hits: [hit('ressource-a', 'Ressource a'), hit('apprivoiser-les-ecrans', 'Apprivoiser les écrans')],
            },
          },
        },
      },
      {
        request: {
          query: AddReadingListItemMutation,
          variables: { slug: 'rencontre-ecrans', resourceSlug: 'apprivoiser-les-ecrans', note: '' },
        },
        result: mutation,
      },
    ]);
    const section = await screen.findByRole('region', { name: 'Lectures pour préparer la rencontre' });
    const open = await within(section).findByRole('button', {
      name: 'Ajouter des ressources à «\u00a0Rencontre écrans de mars\u00a0»',
    });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    const adding = await within(section).findByRole('region', {
      name: 'Ajouter des ressources à «\u00a0Rencontre écrans de mars\u00a0»',
    });
    expect(within(adding).getByRole('heading', { level: 3 })).toBeTruthy();
    fireEvent.change(within(adding).getByRole('searchbox', { name: 'Chercher une ressource à ajouter' }), {
      target: { value: 'écrans' },
    });
    const results = await within(adding).findByRole('list', { name: 'Ressources trouvées' });
    const [already, other] = within(results).getAllByRole('listitem');
    expect(within(already).getByText('Déjà dans la liste')).toBeTruthy();
    await act(async () => {
      fireEvent.click(
        within(other).getByRole('button', { name: 'Ajouter «\u00a0Apprivoiser les écrans\u00a0» à la liste' }),
      );
    });
    await waitFor(() => expect(mutation).toHaveBeenCalledTimes(1));
    expect(
      await within(section).findByText(/^«\s*Apprivoiser les écrans\s*» a été ajoutée à la fin de la liste\.$/),
    ).toBeTruthy();
    expect(within(other).getByText('Déjà dans la liste')).toBeTruthy();
    expect(await within(section).findByText(/^2\s+ressources$/)).toBeTruthy();
  });
});
