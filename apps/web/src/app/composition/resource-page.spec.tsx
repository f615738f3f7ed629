import { MockedProvider } from '@apollo/client/testing/react';
import { ERROR_CODES } from '@culture-commune/shared';
import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { ResourceQuery as ResourceData } from '../../generated/graphql';
import { renderWithProviders } from '../../test/render';
import { viewerMock } from '../../test/viewer-mock';
import { ViewerQuery } from '../../shared/viewer/viewer.documents';
import { eventLink } from '../../test/fixtures/event.fixtures';
import { MyFollowsQuery } from '../../features/following/graphql/following.documents';
import { ReadingListsQuery } from '../../features/reading-lists/graphql/reading-lists.documents';
import { ResourceQuery } from '../../features/resources/graphql/resource.documents';
import { ResourcePage } from '../../features/resources/pages/resource-page';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/i18n';
import { createCache } from '../apollo-client';
import { resourceSlots } from './resource-slots';

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
  authorKinds: [],
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
  thumbnailUrl: null,
  files: [] as NonNullable<ResourceData['resource']>['files'],
  reactions: (['useful', 'tested', 'toRead'] as const).map((kind) => ({
    __typename: 'ReactionCount' as const,
    kind,
    count: 0,
    viewerReacted: false,
    members: [],
  })),
  bookmarked: false,
  debriefSummary: Object.assign({ count: 0, participants: 0, averageRating: null }, { __typename: 'DebriefSummary' }),
  debriefs: [],
  discussedAt: [] as ReturnType<typeof eventLink>[],
  linkStatus: null as LinkStatus | null,
  comments: [] as NonNullable<ResourceData['resource']>['comments'],
});

type LinkStatus = NonNullable<NonNullable<ResourceData['resource']>['linkStatus']>;
const brokenLink: LinkStatus & { __typename: 'LinkStatus' } = {
  __typename: 'LinkStatus',
  broken: true,
  brokenSince: '2026-12-13T03:00:00.000Z',
  reason: 'HTTP_STATUS',
  httpStatus: 404,
};

const resourceMock = (value: ReturnType<typeof resource>) => ({
  request: { query: ResourceQuery, variables: { slug: 'le-jeu-des-ecrans', countView: true } },
  result: { data: { resource: value } },
});

const visitorMock = { request: { query: ViewerQuery }, result: { data: { viewer: null } } };

/** The reading lists a signed-in member may add the resource to (none here). */
const noReadingListsMock = {
  request: { query: ReadingListsQuery, variables: { mine: false, editable: true, resourceSlug: 'le-jeu-des-ecrans' } },
  result: { data: { readingLists: [] } },
};

// No mock answers the discussion's own query (ResourceComments): the page's one query brings it (decision 0050), and
// the app's cache (one cached resource per slug) answers the comment section.
function renderPage(mocks: object[]) {
  return renderWithProviders(
    <MockedProvider mocks={mocks as never} cache={createCache()}>
      <Routes>
        <Route path="/ressources/:slug" element={<ResourcePage slots={resourceSlots} />} />
      </Routes>
    </MockedProvider>,
    { route: '/ressources/le-jeu-des-ecrans' },
  );
}

describe('ResourcePage', () => {
  it('hides « Modifier » and « Supprimer » from someone who may not edit the resource', async () => {
    renderPage([resourceMock(resource(false)), visitorMock]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Le jeu des écrans' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Modifier' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Supprimer' })).toBeNull();
  });

  it('links its themes, audiences and tags to the search they filter, and offers to follow a theme', async () => {
    const value = {
      ...resource(false),
      themes: [
        { __typename: 'Theme' as const, id: 't1', slug: 'jeux-video', label: 'Jeux vidéo', labelEn: 'Video games' },
      ],
      audiences: [{ __typename: 'Audience' as const, slug: 'parents', label: 'Parents', labelEn: 'Parents' }],
      tags: [{ __typename: 'Tag' as const, id: 'g1', slug: 'pegi', label: 'PEGI' }],
    };
    const followsMock = { request: { query: MyFollowsQuery }, result: { data: { myFollows: [] } } };
    renderPage([resourceMock(value as never), viewerMock('member'), followsMock]);
    const theme = await screen.findByRole('link', { name: 'Jeux vidéo' });
    expect(theme.getAttribute('href')).toBe('/?theme=jeux-video');
    expect(screen.getByRole('link', { name: 'Parents' }).getAttribute('href')).toBe('/?audience=parents');
    expect(screen.getByRole('link', { name: 'PEGI' }).getAttribute('href')).toBe('/?tag=pegi');
    expect(await screen.findByRole('button', { name: /Suivre Jeux vidéo/ })).toBeTruthy();
  });

  it('names its themes in English in the English interface, in French when a theme has no English label', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const value = {
      ...resource(false),
      themes: [
        { __typename: 'Theme' as const, id: 't1', slug: 'jeux-video', label: 'Jeux vidéo', labelEn: 'Video games' },
        { __typename: 'Theme' as const, id: 't2', slug: 'robotique', label: 'Robotique éducative', labelEn: null },
      ],
    };
    renderPage([resourceMock(value as never), visitorMock]);
    expect((await screen.findByRole('link', { name: 'Video games' })).getAttribute('href')).toBe('/?theme=jeux-video');
    expect(screen.getByRole('link', { name: 'Robotique éducative' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Jeux vidéo' })).toBeNull();
  });

  it('offers « Modifier » and « Supprimer » to someone who may edit it', async () => {
    renderPage([resourceMock(resource(true)), visitorMock]);
    const edit = await screen.findByRole('link', { name: 'Modifier' });
    expect(edit.getAttribute('href')).toBe('/ressources/le-jeu-des-ecrans/modifier');
    expect(screen.getByRole('button', { name: 'Supprimer' })).toBeTruthy();
  });

  it('says a broken link is broken since when, with a hint to fix it for those who may edit', async () => {
    const url = 'https://example.org/disparu';
    renderPage([resourceMock({ ...resource(true), url, linkStatus: brokenLink }), visitorMock]);
    const notice = await screen.findByRole('note');
    expect(notice.textContent).toContain('Ce lien semble cassé depuis le 13 décembre 2026.');
    expect(notice.textContent).toContain('Le site répond par une erreur (404).');
    expect(within(notice).getByRole('link', { name: 'modifier la ressource' }).getAttribute('href')).toBe(
      '/ressources/le-jeu-des-ecrans/modifier',
    );
  });

  it('gives no hint to edit to someone who may not, and no notice for a link that works', async () => {
    const url = 'https://example.org/disparu';
    const { unmount } = renderPage([resourceMock({ ...resource(false), url, linkStatus: brokenLink }), visitorMock]);
    const notice = await screen.findByRole('note');
    expect(within(notice).queryByRole('link')).toBeNull();
    unmount();
    const working = { ...brokenLink, broken: false, brokenSince: null, reason: null, httpStatus: 200 };
    renderPage([resourceMock({ ...resource(false), url, linkStatus: working }), visitorMock]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Le jeu des écrans' })).toBeTruthy();
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('shows a tool’s workshop debriefs with their aggregate, and the way to sign in to add one', async () => {
    const withDebriefs = {
      ...resource(false),
      debriefSummary: Object.assign(
        { count: 2, participants: 32, averageRating: 4.5 },
        { __typename: 'DebriefSummary' },
      ),
      debriefs: [
        {
          __typename: 'Debrief' as const,
          id: '7',
          date: '2025-03-12',
          context: 'Médiathèque de quartier',
          audience: {
            __typename: 'Audience' as const,
            slug: 'enfants',
            label: 'Enfants (6-11 ans)',
            labelEn: 'Children (6-11)',
          },
          ageBand: '8-10 ans',
          participants: 20,
          durationMinutes: 90,
          parentsPresent: true,
          wentWell: 'Les échanges en petits groupes.',
          toAdjust: 'Prévoir plus de temps.',
          rating: 4,
          author: { __typename: 'Member' as const, id: '3', slug: 'yanis-benali', name: 'Yanis Benali' },
          createdAt: '2025-03-13T10:00:00.000Z',
          edited: true,
          viewerCanEdit: false,
        },
      ],
    };
    renderPage([resourceMock(withDebriefs), visitorMock]);
    const section = await screen.findByRole('region', { name: 'Retours d’atelier' });
    expect(within(section).getByText(/^Utilisé/).textContent).toBe(
      'Utilisé 2\u00a0fois · 32\u00a0participants · 4,5/5',
    );
    const item = within(section).getByRole('article', { name: /12 mars 2025/ });
    expect(item.textContent).toContain('Enfants (6-11 ans), 8-10 ans');
    expect(item.textContent).toContain('Par Yanis Benali · modifié');
    expect(within(item).getByText('4 sur 5')).toBeTruthy();
    expect(within(item).queryByRole('button', { name: /Modifier/ })).toBeNull();
    const signIn = await within(section).findByRole('link', { name: 'Connectez-vous' });
    expect(signIn.getAttribute('href')).toBe('/connexion?retour=%2Fressources%2Fle-jeu-des-ecrans');
  });

  it('lists the events whose minutes discussed it, with their day', async () => {
    const discussed = {
      ...resource(false),
      discussedAt: [eventLink('rencontre-education-medias', 'Rencontre du réseau éducation aux médias')],
    };
    renderPage([resourceMock(discussed), visitorMock]);
    const section = await screen.findByRole('region', { name: 'Discuté lors de' });
    const link = within(section).getByRole('link', { name: 'Rencontre du réseau éducation aux médias' });
    expect(link.getAttribute('href')).toBe('/evenements/rencontre-education-medias');
    expect(link.closest('li')?.textContent).toBe('Rencontre du réseau éducation aux médias, jeudi 10 décembre 2026');
  });

  it('gives each event’s day in that event’s own time zone', async () => {
    // The same instant: 21:00 on Thursday in Paris, 07:00 on Friday in Nouméa; 02:00 on Friday in Paris is Thursday
    // evening in Montréal.
    const discussed = {
      ...resource(false),
      discussedAt: [
        eventLink('soiree-paris', 'Soirée-débat à Paris', { startsAt: '2026-12-10T20:00:00.000Z' }),
        eventLink('matinee-noumea', 'Matinée à Nouméa', {
          startsAt: '2026-12-10T20:00:00.000Z',
          timeZone: 'Pacific/Noumea',
        }),
        eventLink('soiree-montreal', 'Soirée à Montréal', {
          startsAt: '2026-12-11T01:00:00.000Z',
          timeZone: 'America/Montreal',
        }),
      ],
    };
    renderPage([resourceMock(discussed), visitorMock]);
    const section = await screen.findByRole('region', { name: 'Discuté lors de' });
    expect(
      within(section)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Soirée-débat à Paris, jeudi 10 décembre 2026',
      'Matinée à Nouméa, vendredi 11 décembre 2026',
      'Soirée à Montréal, jeudi 10 décembre 2026',
    ]);
  });

  it('shows the main file’s thumbnail in the header, as a decorative image of fixed size', async () => {
    renderPage([resourceMock({ ...resource(false), thumbnailUrl: '/fichiers/f-1/vignette.webp' }), visitorMock]);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Le jeu des écrans' });
    const image = heading.closest('header')!.querySelector('img')!;
    expect(image.getAttribute('src')).toBe('/fichiers/f-1/vignette.webp');
    expect(image.getAttribute('alt')).toBe('');
    expect([image.getAttribute('width'), image.getAttribute('height')]).toEqual(['144', '192']);
  });

  it('has no thumbnail when the resource has no main file with one', async () => {
    renderPage([resourceMock(resource(false)), visitorMock]);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Le jeu des écrans' });
    expect(heading.closest('header')!.querySelector('img')).toBeNull();
  });

  it('has no « Discuté lors de » for a resource no minutes link to', async () => {
    renderPage([resourceMock(resource(false)), visitorMock]);
    await screen.findByRole('heading', { level: 1, name: 'Le jeu des écrans' });
    expect(screen.queryByRole('region', { name: 'Discuté lors de' })).toBeNull();
  });

  it('tells a visitor that a resource not found may be for the network, with the way to sign in and come back', async () => {
    renderPage([
      {
        request: { query: ResourceQuery, variables: { slug: 'le-jeu-des-ecrans', countView: true } },
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

  it('links the contributor to their page and lets members follow the organisation, not visitors', async () => {
    const shared = {
      ...resource(false),
      organisation: {
        __typename: 'Organisation' as const,
        id: '9',
        slug: 'mediatheque-lyon',
        name: 'Médiathèque de Lyon',
      },
      contributor: { __typename: 'Member' as const, id: '5', slug: 'claire-martin', name: 'Claire Martin' },
    };
    renderPage([
      resourceMock(shared),
      viewerMock(),
      { request: { query: MyFollowsQuery }, result: { data: { myFollows: [] } } },
      noReadingListsMock,
    ]);
    const contributor = await screen.findByRole('link', { name: 'Claire Martin' });
    expect(contributor.getAttribute('href')).toBe('/membres/claire-martin');
    const follow = await screen.findByRole('button', { name: 'Suivre Médiathèque de Lyon' });
    expect(follow.getAttribute('aria-pressed')).toBe('false');
    // Members may also add it to a reading list (and create one when they have none).
    const lists = screen.getByRole('region', { name: 'Ajouter à une liste de lecture' });
    expect((await within(lists).findByRole('link', { name: 'Créer une liste' })).getAttribute('href')).toBe(
      '/listes/nouvelle',
    );
  });

  it('shows the discussion that came with the resource, asking nothing more of the API', async () => {
    const author = { __typename: 'Member' as const, id: '5', slug: 'claire-martin', name: 'Claire Martin' };
    const content = {
      __typename: 'Comment' as const,
      author,
      markdown: '',
      createdAt: '2026-03-01T10:00:00.000Z',
      edited: false,
      deleted: false,
      hidden: false,
      viewerCanEdit: false,
      viewerCanReport: false,
      viewerReported: false,
    };
    const discussed = {
      ...resource(false),
      comments: [
        {
          ...content,
          id: 'c1',
          html: '<p>Testé avec des parents</p>',
          replies: [{ ...content, id: 'c2', html: '<p>Nous aussi</p>' }],
        },
      ],
    };
    // No mock answers ResourceComments: had the section asked the API, it would show its load error, not these.
    renderPage([resourceMock(discussed), visitorMock]);
    expect(await screen.findByText('Testé avec des parents')).toBeTruthy();
    expect(await screen.findByText('Nous aussi')).toBeTruthy();
  });

  it('shows no follow button to a visitor', async () => {
    const shared = {
      ...resource(false),
      organisation: {
        __typename: 'Organisation' as const,
        id: '9',
        slug: 'mediatheque-lyon',
        name: 'Médiathèque de Lyon',
      },
    };
    renderPage([resourceMock(shared), visitorMock]);
    expect(await screen.findByText('Médiathèque de Lyon')).toBeTruthy();
    await screen.findByRole('link', { name: 'Connectez-vous pour réagir' });
    expect(screen.queryByRole('button', { name: /Suivre/ })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Ajouter à une liste de lecture' })).toBeNull();
  });
});
