import { MockedProvider } from '@apollo/client/testing/react';
import { ERROR_CODES } from '@culture-commune/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createCache } from '../../../app/apollo-client';
import { MOCKED_ANSWER_MS, advanceClock, startFakeClock } from '../../../test/clock';
import { renderWithProviders } from '../../../test/render';
import { viewerMock } from '../../../test/viewer-mock';
import { AddReadingListItemMutation, ReadingListsQuery } from '../graphql/reading-lists.documents';
import { item, readingList, summary } from '../../../test/fixtures/reading-list.fixtures';
import { AddToReadingList } from './add-to-reading-list';

const listsMock = (lists: ReturnType<typeof summary>[]) => ({
  request: { query: ReadingListsQuery, variables: { mine: false, editable: true, resourceSlug: 'le-jeu-des-ecrans' } },
  result: { data: { readingLists: lists } },
});

function renderControl(mocks: object[], role: 'member' | null = 'member') {
  return renderWithProviders(
    <MockedProvider mocks={[viewerMock(role), ...mocks] as never} cache={createCache()}>
      <AddToReadingList resourceSlug="le-jeu-des-ecrans" />
    </MockedProvider>,
    { route: '/ressources/le-jeu-des-ecrans' },
  );
}

describe('AddToReadingList', () => {
  it('offers the lists one may edit, those already holding the resource marked « déjà ajoutée » and not selectable', async () => {
    renderControl([
      listsMock([
        summary('rencontre-mars', 'Rencontre de mars'),
        summary('ecrans-0-3', 'Écrans 0-3 ans', { containsResource: true }),
      ]),
    ]);
    const section = await screen.findByRole('region', { name: 'Ajouter à une liste de lecture' });
    const select = (await within(section).findByRole('combobox', {
      name: 'Liste de lecture (obligatoire)',
    })) as HTMLSelectElement;
    const options = within(select).getAllByRole('option') as HTMLOptionElement[];
    expect(options.map((option) => [option.textContent, option.disabled])).toEqual([
      ['— Choisir une liste —', false],
      ['Rencontre de mars', false],
      ['Écrans 0-3 ans (déjà ajoutée)', true],
    ]);
    expect(within(section).getByRole('link', { name: 'Écrans 0-3 ans' }).getAttribute('href')).toBe(
      '/listes/ecrans-0-3',
    );
    expect(within(section).getByRole('textbox', { name: 'Note (facultative)' })).toBeTruthy();
    expect(within(section).getByRole('button', { name: 'Ajouter' })).toBeTruthy();
  });

  it('adds the resource with its note, says so with a link to the list, and marks the list « déjà ajoutée »', async () => {
    let sent: unknown = null;
    renderControl([
      listsMock([summary('rencontre-mars', 'Rencontre de mars'), summary('autre', 'Autre liste')]),
      {
        request: {
          query: AddReadingListItemMutation,
          variables: { slug: 'rencontre-mars', resourceSlug: 'le-jeu-des-ecrans', note: 'Pour lancer le débat.' },
        },
        result: (variables: unknown) => {
          sent = variables;
          return { data: { addReadingListItem: readingList({ slug: 'rencontre-mars', items: [item('a', 1)] }) } };
        },
      },
      listsMock([
        summary('rencontre-mars', 'Rencontre de mars', { containsResource: true }),
        summary('autre', 'Autre liste'),
      ]),
    ]);
    const select = await screen.findByRole('combobox', { name: 'Liste de lecture (obligatoire)' });
    fireEvent.change(select, { target: { value: 'rencontre-mars' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Note (facultative)' }), {
      target: { value: '  Pour lancer le débat. ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter' }));

    const status = await screen.findByText(
      (_, element) => element?.tagName === 'P' && element.textContent === 'Ajoutée à «\u00a0Rencontre de mars\u00a0».',
    );
    expect(status.closest('[role="status"]')).toBeTruthy();
    expect(within(status).getByRole('link', { name: 'Rencontre de mars' }).getAttribute('href')).toBe(
      '/listes/rencontre-mars',
    );
    expect(sent).toEqual({ slug: 'rencontre-mars', resourceSlug: 'le-jeu-des-ecrans', note: 'Pour lancer le débat.' });
    await waitFor(() => expect(screen.getByRole('option', { name: 'Rencontre de mars (déjà ajoutée)' })).toBeTruthy());
    expect(
      (screen.getByRole('option', { name: 'Rencontre de mars (déjà ajoutée)' }) as HTMLOptionElement).disabled,
    ).toBe(true);
    expect((screen.getByRole('textbox', { name: 'Note (facultative)' }) as HTMLTextAreaElement).value).toBe('');
  });

  it('asks to choose a list first, and shows the API’s refusal next to the field', async () => {
    renderControl([
      listsMock([summary('rencontre-mars', 'Rencontre de mars')]),
      {
        request: {
          query: AddReadingListItemMutation,
          variables: { slug: 'rencontre-mars', resourceSlug: 'le-jeu-des-ecrans', note: '' },
        },
        result: {
          errors: [
            {
              message: 'Données invalides',
              extensions: {
                code: ERROR_CODES.badUserInput,
                issues: [
                  {
                    field: 'resourceSlug',
                    rule: 'duplicate',
                    message: 'Déjà présent : « Le jeu des écrans » est déjà dans la liste.',
                  },
                ],
              },
            },
          ],
        },
      },
    ]);
    const select = await screen.findByRole('combobox', { name: 'Liste de lecture (obligatoire)' });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter' }));
    expect(await screen.findByText('Ce champ est obligatoire.', { selector: '.field-error' })).toBeTruthy();
    expect(select.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(select, { target: { value: 'rencontre-mars' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter' }));
    const error = await screen.findByText('Déjà présent : « Le jeu des écrans » est déjà dans la liste.', {
      selector: '.field-error',
    });
    expect(select.getAttribute('aria-describedby')).toContain(error.id);
  });

  it('offers to create a list when one has none to add to', async () => {
    renderControl([listsMock([])]);
    expect(await screen.findByText('Vous n’avez pas encore de liste de lecture où l’ajouter.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Créer une liste' }).getAttribute('href')).toBe('/listes/nouvelle');
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('shows nothing to a visitor', async () => {
    startFakeClock();
    const { container } = renderControl([], null);
    // The API has said who is there (the mocks answer within MOCKED_ANSWER_MS of the fake clock).
    await advanceClock(2 * MOCKED_ANSWER_MS);
    expect(container.textContent).toBe('');
  });
});
