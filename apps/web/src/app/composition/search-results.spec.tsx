import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createCache } from '../apollo-client';
import { renderWithProviders } from '../../test/render';
import { viewerMock } from '../../test/viewer-mock';
import { MOCKED_ANSWER_MS, advanceClock, startFakeClock } from '../../test/clock';
import {
  AddReadingListItemMutation,
  ReadingListsQuery,
} from '../../features/reading-lists/graphql/reading-lists.documents';
import { item, readingList, summary } from '../../test/fixtures/reading-list.fixtures';
import type { Hit } from '../../features/search/components/search-hit';
import { SearchResults } from '../../features/search/components/search-results';
import { searchSlots } from './search-slots';

const hit = (slug: string, title: string): Hit => ({
  resource: {
    id: `r-${slug}`,
    slug,
    type: 'lecture',
    format: 'livre',
    title,
    summary: 'Un résumé.',
    year: 2013,
    themes: [],
  },
  title: [],
  summary: [],
  thumbnailUrl: null,
  fileMatch: null,
});

const hits = [hit('le-jeu-des-ecrans', 'Le jeu des écrans'), hit('apprivoiser-les-ecrans', 'Apprivoiser les écrans')];

const openName = (title: string) => `Ajouter à une liste de lecture\u00a0: «\u00a0${title}\u00a0»`;

/** The lists one may add a resource to (« Le jeu des écrans » unless told); counts how often they were asked for. */
function listsMock(asked: { count: number }, resourceSlug = 'le-jeu-des-ecrans') {
  return {
    request: { query: ReadingListsQuery, variables: { mine: false, editable: true, resourceSlug } },
    result: () => {
      asked.count += 1;
      return {
        data: { readingLists: [summary('rencontre-mars', 'Rencontre de mars'), summary('autre', 'Autre liste')] },
      };
    },
    maxUsageCount: 5,
  };
}

function renderResults(mocks: object[], role: 'member' | null = 'member') {
  return renderWithProviders(
    <MockedProvider mocks={[viewerMock(role), ...mocks] as never} cache={createCache()}>
      <SearchResults
        hits={hits}
        loading={false}
        error={undefined}
        onRetry={() => undefined}
        empty={null}
        slots={searchSlots}
      />
    </MockedProvider>,
    { route: '/' },
  );
}

describe('SearchResults « Ajouter à une liste »', () => {
  it('offers members, under each result, a closed « Ajouter à une liste » naming the resource, without asking for their lists', async () => {
    startFakeClock();
    const asked = { count: 0 };
    renderResults([listsMock(asked)]);
    const button = await screen.findByRole('button', { name: openName('Le jeu des écrans') });
    // On screen « Ajouter à une liste »; the rest is visually hidden, after the words shown (label in name).
    const hidden = button.querySelector('.visually-hidden');
    expect(hidden?.textContent).toBe(' de lecture\u00a0: «\u00a0Le jeu des écrans\u00a0»');
    expect(button.textContent?.replace(hidden?.textContent ?? '', '')).toBe('Ajouter à une liste');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('button', { name: openName('Apprivoiser les écrans') }).getAttribute('aria-expanded')).toBe(
      'false',
    );
    expect(screen.queryByRole('combobox')).toBeNull();
    // Long past the time a mocked request would have been answered.
    await advanceClock(2 * MOCKED_ANSWER_MS);
    expect(asked.count).toBe(0);
  });

  it('shows visitors the results without « Ajouter à une liste »', async () => {
    startFakeClock();
    renderResults([], null);
    expect(screen.getByRole('link', { name: 'Le jeu des écrans' })).toBeTruthy();
    // The API has said who is there (the mocks answer within MOCKED_ANSWER_MS of the fake clock).
    await advanceClock(2 * MOCKED_ANSWER_MS);
    expect(screen.queryByRole('button', { name: /Ajouter à une liste/ })).toBeNull();
  });

  it('opens the list choice under that result only, in a group named by the button, with no heading of its own', async () => {
    const asked = { count: 0 };
    renderResults([listsMock(asked), listsMock({ count: 0 }, 'apprivoiser-les-ecrans')]);
    const button = await screen.findByRole('button', { name: openName('Le jeu des écrans') });
    fireEvent.click(button);

    expect(button.getAttribute('aria-expanded')).toBe('true');
    const group = screen.getByRole('group', { name: openName('Le jeu des écrans') });
    expect(button.getAttribute('aria-controls')).toBe(group.id);
    expect(button.closest('article')?.contains(group)).toBe(true);
    const select = (await within(group).findByRole('combobox', {
      name: 'Liste de lecture (obligatoire)',
    })) as HTMLSelectElement;
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['— Choisir une liste —', 'Rencontre de mars', 'Autre liste']);
    expect(asked.count).toBe(1);
    // The results' titles are h3: the control adds no heading among them.
    expect(within(group).queryByRole('heading')).toBeNull();

    // One at a time: opening another closes the first.
    const other = screen.getByRole('button', { name: openName('Apprivoiser les écrans') });
    fireEvent.click(other);
    expect(other.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('group', { name: openName('Le jeu des écrans') })).toBeNull();
    const otherGroup = screen.getByRole('group', { name: openName('Apprivoiser les écrans') });
    expect(await within(otherGroup).findByRole('combobox', { name: 'Liste de lecture (obligatoire)' })).toBeTruthy();

    fireEvent.click(other);
    expect(other.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('adds the resource to the list chosen and says so under the result', async () => {
    let sent: unknown = null;
    renderResults([
      listsMock({ count: 0 }),
      {
        request: {
          query: AddReadingListItemMutation,
          variables: { slug: 'rencontre-mars', resourceSlug: 'le-jeu-des-ecrans', note: 'À lire avant la rencontre.' },
        },
        result: (variables: unknown) => {
          sent = variables;
          return { data: { addReadingListItem: readingList({ slug: 'rencontre-mars', items: [item('a', 1)] }) } };
        },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: openName('Le jeu des écrans') }));
    const group = screen.getByRole('group', { name: openName('Le jeu des écrans') });
    fireEvent.change(await within(group).findByRole('combobox', { name: 'Liste de lecture (obligatoire)' }), {
      target: { value: 'rencontre-mars' },
    });
    fireEvent.change(within(group).getByRole('textbox', { name: 'Note (facultative)' }), {
      target: { value: 'À lire avant la rencontre.' },
    });
    fireEvent.click(within(group).getByRole('button', { name: 'Ajouter' }));

    const status = await within(group).findByText(
      (_, element) => element?.tagName === 'P' && element.textContent === 'Ajoutée à «\u00a0Rencontre de mars\u00a0».',
    );
    expect(status.closest('[role="status"]')).toBeTruthy();
    expect(within(status).getByRole('link', { name: 'Rencontre de mars' }).getAttribute('href')).toBe(
      '/listes/rencontre-mars',
    );
    await waitFor(() =>
      expect(sent).toEqual({
        slug: 'rencontre-mars',
        resourceSlug: 'le-jeu-des-ecrans',
        note: 'À lire avant la rencontre.',
      }),
    );
  });

  it('puts an error summary one level below the result’s title', async () => {
    renderResults([listsMock({ count: 0 })]);
    fireEvent.click(await screen.findByRole('button', { name: openName('Le jeu des écrans') }));
    const group = screen.getByRole('group', { name: openName('Le jeu des écrans') });
    await within(group).findByRole('combobox', { name: 'Liste de lecture (obligatoire)' });
    fireEvent.click(within(group).getByRole('button', { name: 'Ajouter' }));
    expect((await within(group).findByRole('heading', { name: 'Le formulaire contient 1 erreur' })).tagName).toBe('H4');
  });
});
