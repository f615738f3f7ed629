import { MockedProvider } from '@apollo/client/testing/react';
import { ERROR_CODES } from '@culture-commune/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { createCache } from '../../../app/apollo-client';
import type { Role } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render';
import { viewerMock } from '../../../test/viewer-mock';
import { event, readingListSummary } from '../../../test/fixtures/event.fixtures';
import {
  AttachableReadingListsQuery,
  AttachReadingListMutation,
  EventQuery,
  SetEventMinutesMutation,
  SetRsvpMutation,
} from '../graphql/events.documents';
import type { EventSlots } from '../components/event-reading-lists';
import { EventPage } from './event-page';

/** The reading lists' own part is tested with the composed page (app/composition). */
const slots: EventSlots = { addResources: (list) => <p>Recherche pour {list.slug}</p> };

/** A list an editor may attach, as AttachableReadingListsQuery asks for it. */
const attachable = (slug: string, title: string) => ({ __typename: 'ReadingListSummary' as const, slug, title });

const SLUG = 'rencontre-education-medias';
type EventFixture = ReturnType<typeof event>;

const eventMock = (value: EventFixture) => ({
  request: { query: EventQuery, variables: { slug: SLUG } },
  result: { data: { event: value } },
});

function renderPage(mocks: object[], role: Role | null = 'member') {
  return renderWithProviders(
    <MockedProvider mocks={[viewerMock(role), ...mocks] as never} cache={createCache()}>
      <Routes>
        <Route path="/evenements/:slug" element={<EventPage slots={slots} />} />
        <Route path="/ressources/:slug" element={<p>Page de la ressource</p>} />
      </Routes>
    </MockedProvider>,
    { route: `/evenements/${SLUG}` },
  );
}

const detail = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

describe('EventPage', () => {
  it('shows what, when (in the event’s zone and the browser’s), where, who organises, the programme and the ICS file', async () => {
    renderPage([eventMock(event())]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Rencontre du réseau éducation aux médias' }),
    ).toBeTruthy();
    expect(detail('Type')).toBe('Rencontre du réseau');
    // The tests run in UTC: the browser's clocks differ from Paris's.
    expect(detail('Date')).toBe(
      'jeudi 10 décembre 2026, 09:30–12:30 (heure de Paris)Dans votre fuseau horaire\u00a0: jeudi 10 décembre 2026, 08:30–11:30 (UTC)',
    );
    expect(detail('Lieu')).toBe('Médiathèque Jean-Jacques Rousseau, Chambéry');
    expect(detail('Organisé par')).toBe('Médiathèque Jean-Jacques RousseauPoint information jeunesse');
    expect(detail('Visibilité')).toBe('Réseau (membres connectés)');
    expect(screen.getByRole('link', { name: 'Ajouter à mon agenda (ICS)' }).getAttribute('href')).toBe(
      `/evenements/${SLUG}.ics`,
    );
    expect(screen.getByRole('region', { name: 'Présentation' }).textContent).toContain(
      'Une matinée pour partager nos pratiques.\nAvec un café.',
    );
    expect(screen.getByRole('region', { name: 'Programme' }).textContent).toContain(
      '9 h 30 : accueil\n10 h : ateliers',
    );
    expect(screen.queryByRole('link', { name: 'Modifier l’événement' })).toBeNull();
  });

  it('shows the counts and, to members, who answered what, grouped by answer', async () => {
    renderPage([eventMock(event())]);
    const section = await screen.findByRole('region', { name: 'Participation' });
    expect(within(section).getByText('3 oui · 1 peut-être · 2 non')).toBeTruthy();
    const yes = await within(section).findByRole('list', { name: 'Oui (2)' });
    expect(
      within(yes)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Claire Mounier', 'Yanis Benali']);
    expect(within(yes).getByRole('link', { name: 'Claire Mounier' }).getAttribute('href')).toBe(
      '/membres/claire-mounier',
    );
    expect(within(section).getByRole('list', { name: 'Peut-être (1)' }).textContent).toBe('Léa Martin');
    expect(within(section).queryByRole('list', { name: /^Non/ })).toBeNull();
  });

  it('saves an answer as soon as it is chosen, says so, and withdraws it with « Retirer ma réponse »', async () => {
    const answered = event({ viewerRsvp: 'YES', rsvpCounts: { __typename: 'RsvpCounts', yes: 4, no: 2, maybe: 1 } });
    renderPage([
      eventMock(event()),
      {
        request: { query: SetRsvpMutation, variables: { slug: SLUG, answer: 'YES' } },
        result: { data: { setRsvp: answered } },
      },
      {
        request: { query: SetRsvpMutation, variables: { slug: SLUG, answer: null } },
        result: { data: { setRsvp: event() } },
      },
    ]);
    const group = await screen.findByRole('group', { name: 'Participerez-vous\u202f?' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['YES', 'NO', 'MAYBE']);
    expect(screen.queryByRole('button', { name: 'Retirer ma réponse' })).toBeNull();

    fireEvent.click(within(group).getByRole('radio', { name: 'Oui' }));
    expect(await screen.findByText('Réponse enregistrée : oui.')).toBeTruthy();
    expect(screen.getByText('Réponse enregistrée : oui.').closest('[role="status"]')).toBeTruthy();
    expect((within(group).getByRole('radio', { name: 'Oui' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('4 oui · 1 peut-être · 2 non')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Retirer ma réponse' }));
    expect(await screen.findByText('Réponse retirée.')).toBeTruthy();
    expect((within(group).getByRole('radio', { name: 'Oui' }) as HTMLInputElement).checked).toBe(false);
    expect(screen.queryByRole('button', { name: 'Retirer ma réponse' })).toBeNull();
    expect(document.activeElement).toBe(within(group).getByRole('radio', { name: 'Oui' }));
  });

  it('keeps the choice as it was and says why when the answer was not saved', async () => {
    renderPage([
      eventMock(event()),
      {
        request: { query: SetRsvpMutation, variables: { slug: SLUG, answer: 'MAYBE' } },
        result: { errors: [{ message: 'Trop de requêtes' }] },
      },
    ]);
    fireEvent.click(await screen.findByRole('radio', { name: 'Peut-être' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Votre réponse n’a pas été enregistrée\u00a0: Trop de requêtes',
    );
    await waitFor(() =>
      expect((screen.getByRole('radio', { name: 'Peut-être' }) as HTMLInputElement).checked).toBe(false),
    );
  });

  it('invites visitors to sign in to answer, without the participants', async () => {
    renderPage([eventMock(event({ visibility: 'PUBLIC', participants: [] }))], null);
    const section = await screen.findByRole('region', { name: 'Participation' });
    expect((await within(section).findByRole('link', { name: 'Connectez-vous' })).getAttribute('href')).toBe(
      `/connexion?retour=%2Fevenements%2F${SLUG}`,
    );
    expect(within(section).queryByRole('radio')).toBeNull();
    expect(within(section).queryByRole('heading', { name: 'Qui a répondu' })).toBeNull();
  });

  it('links the attached reading lists with one’s progress', async () => {
    renderPage([eventMock(event())]);
    const section = await screen.findByRole('region', { name: 'Lectures pour préparer la rencontre' });
    const link = within(section).getByRole('link', { name: 'Rencontre écrans de mars' });
    expect(link.getAttribute('href')).toBe('/listes/rencontre-ecrans');
    // One's own progress, said as such (it read as the group's: issue 13, item 13).
    expect(await within(section).findByText(/^Vous\s*:\s*7\/12\s*lus$/)).toBeTruthy();
    expect(within(section).queryByRole('button', { name: /Détacher/ })).toBeNull();
    expect(within(section).queryByRole('link', { name: 'Qui a lu quoi' })).toBeNull();
  });

  it('links the list’s team to « Qui a lu quoi » on the list', async () => {
    renderPage([
      eventMock(
        event({
          readingLists: [readingListSummary('rencontre-ecrans', 'Rencontre écrans de mars', { viewerCanEdit: true })],
        }),
      ),
    ]);
    const section = await screen.findByRole('region', { name: 'Lectures pour préparer la rencontre' });
    expect((await within(section).findByRole('link', { name: 'Qui a lu quoi' })).getAttribute('href')).toBe(
      '/listes/rencontre-ecrans#qui-a-lu-quoi',
    );
  });

  it('lets an editor attach one of the visible lists and detach one, saying so', async () => {
    const editable = event({ viewerCanEdit: true });
    const withTwo = event({
      viewerCanEdit: true,
      readingLists: [
        readingListSummary('rencontre-ecrans', 'Rencontre écrans de mars'),
        readingListSummary('ecrans-0-3', 'Écrans 0-3 ans'),
      ],
    });
    renderPage(
      [
        eventMock(editable),
        {
          request: { query: AttachableReadingListsQuery },
          result: {
            data: {
              readingLists: [
                attachable('rencontre-ecrans', 'Rencontre écrans de mars'),
                attachable('ecrans-0-3', 'Écrans 0-3 ans'),
              ],
            },
          },
        },
        {
          request: {
            query: AttachReadingListMutation,
            variables: { slug: SLUG, listSlug: 'ecrans-0-3', attached: true },
          },
          result: { data: { attachReadingList: withTwo } },
        },
        {
          request: {
            query: AttachReadingListMutation,
            variables: { slug: SLUG, listSlug: 'rencontre-ecrans', attached: false },
          },
          result: {
            data: {
              attachReadingList: event({
                viewerCanEdit: true,
                readingLists: [readingListSummary('ecrans-0-3', 'Écrans 0-3 ans')],
              }),
            },
          },
        },
      ],
      'coordinator',
    );
    const select = await screen.findByRole('combobox', { name: 'Liste de lecture (obligatoire)' });
    // Already attached lists are not offered.
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['— Choisir une liste —', 'Écrans 0-3 ans']);
    fireEvent.change(select, { target: { value: 'ecrans-0-3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Associer la liste' }));
    expect(await screen.findByText('La liste « Écrans 0-3 ans » est associée à l’événement.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Écrans 0-3 ans' }).getAttribute('href')).toBe('/listes/ecrans-0-3');

    fireEvent.click(screen.getByRole('button', { name: 'Détacher «\u00a0Rencontre écrans de mars\u00a0»' }));
    expect(
      await screen.findByText('La liste « Rencontre écrans de mars » n’est plus associée à l’événement.'),
    ).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Rencontre écrans de mars' })).toBeNull();
  });

  it('renders the minutes safely: links to resources stay and open in the app, javascript: links lose their address', async () => {
    const minutesHtml =
      '<h2>Décisions</h2><p>Nous avons lu <a href="/ressources/decodex">le Décodex</a> et <a href="javascript:alert(1)">ceci</a>.</p><img src=x onerror="alert(1)">';
    renderPage([
      eventMock(
        event({
          minutesHtml,
          discussedResources: [{ __typename: 'ResourceLink', slug: 'decodex', title: 'Le Décodex' }],
        }),
      ),
    ]);
    const section = await screen.findByRole('region', { name: 'Compte rendu' });
    expect(within(section).getByRole('heading', { level: 3, name: 'Décisions' })).toBeTruthy();
    expect(within(section).getByRole('link', { name: 'le Décodex' }).getAttribute('href')).toBe('/ressources/decodex');
    const unsafe = within(section).getByText('ceci');
    expect(unsafe.getAttribute('href')).toBeNull();
    expect(section.innerHTML).not.toMatch(/javascript:|onerror|<img/);
    const discussed = within(section).getByRole('list', { name: 'Ressources discutées' });
    expect(within(discussed).getByRole('link', { name: 'Le Décodex' }).getAttribute('href')).toBe(
      '/ressources/decodex',
    );
    expect(within(section).queryByRole('textbox')).toBeNull();

    fireEvent.click(within(section).getByRole('link', { name: 'le Décodex' }));
    expect(await screen.findByText('Page de la ressource')).toBeTruthy();
  });

  it('lets an editor write the minutes in Markdown and says they are saved', async () => {
    const markdown = 'Nous avons lu [le Décodex](/ressources/decodex).';
    renderPage(
      [
        eventMock(event({ viewerCanEdit: true, readingLists: [] })),
        { request: { query: AttachableReadingListsQuery }, result: { data: { readingLists: [] } } },
        {
          request: { query: SetEventMinutesMutation, variables: { slug: SLUG, markdown } },
          result: {
            data: {
              setEventMinutes: event({
                viewerCanEdit: true,
                readingLists: [],
                minutesMarkdown: markdown,
                minutesHtml: '<p>Nous avons lu <a href="/ressources/decodex">le Décodex</a>.</p>',
                discussedResources: [{ __typename: 'ResourceLink', slug: 'decodex', title: 'Le Décodex' }],
              }),
            },
          },
        },
      ],
      'coordinator',
    );
    expect(await screen.findByText('Le compte rendu n’a pas encore été publié.')).toBeTruthy();
    const field = screen.getByRole('textbox', { name: 'Compte rendu (Markdown)' });
    expect(screen.getByText('Pour lier une ressource : [titre](/ressources/adresse)').id).toBe(
      field.getAttribute('aria-describedby'),
    );
    fireEvent.change(field, { target: { value: markdown } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le compte rendu' }));
    expect(await screen.findByText('Le compte rendu est enregistré.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'le Décodex' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Modifier l’événement' }).getAttribute('href')).toBe(
      `/evenements/${SLUG}/modifier`,
    );
  });

  it('opens « Ajouter des ressources » under an attached list the viewer may edit (issue 13, item 14)', async () => {
    renderPage([
      eventMock(
        event({
          readingLists: [readingListSummary('rencontre-ecrans', 'Rencontre écrans de mars', { viewerCanEdit: true })],
        }),
      ),
    ]);
    const section = await screen.findByRole('region', { name: 'Lectures pour préparer la rencontre' });
    const open = await within(section).findByRole('button', {
      name: 'Ajouter des ressources à «\u00a0Rencontre écrans de mars\u00a0»',
    });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    expect(within(section).queryByText('Recherche pour rencontre-ecrans')).toBeNull();
    fireEvent.click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    expect(within(section).getByText('Recherche pour rencontre-ecrans')).toBeTruthy();
    fireEvent.click(open);
    expect(within(section).queryByText('Recherche pour rencontre-ecrans')).toBeNull();
  });

  it('offers no « Ajouter des ressources » on a list the viewer may not edit', async () => {
    renderPage([eventMock(event({ viewerCanEdit: true }))]);
    const section = await screen.findByRole('region', { name: 'Lectures pour préparer la rencontre' });
    await within(section).findByRole('link', { name: 'Rencontre écrans de mars' });
    expect(within(section).queryByRole('button', { name: /^Ajouter des ressources/ })).toBeNull();
  });

  it('tells a visitor that an event not found may be for the network, with the way to sign in', async () => {
    renderPage(
      [
        {
          request: { query: EventQuery, variables: { slug: SLUG } },
          result: { errors: [{ message: 'L’événement est introuvable', extensions: { code: ERROR_CODES.notFound } }] },
        },
      ],
      null,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Événement introuvable' })).toBeTruthy();
    const link = await screen.findByRole('link', { name: 'connectez-vous pour le voir' });
    expect(link.getAttribute('href')).toBe(`/connexion?retour=%2Fevenements%2F${SLUG}`);
  });
});
