import { MockedProvider } from '@apollo/client/testing/react';
import { ERROR_CODES } from '@culture-commune/shared';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { renderWithProviders } from '../../test/render';
import { viewerMock } from '../../test/viewer-mock';
import { MyFollowsQuery, SetFollowMutation } from '../../features/following/graphql/following.documents';
import { ContactMemberMutation, MemberProfileQuery } from '../../features/members/graphql/members.documents';
import { MemberPage } from '../../features/members/pages/member-page';
import { memberSlots } from './member-route';

const profile = (overrides: object = {}) => ({
  __typename: 'MemberProfile' as const,
  member: {
    __typename: 'Member' as const,
    id: '5',
    slug: 'claire-martin',
    name: 'Claire Martin',
    title: 'Médiatrice numérique',
    organisation: {
      __typename: 'Organisation' as const,
      id: '9',
      slug: 'mediatheque-lyon',
      name: 'Médiathèque de Lyon',
    },
  },
  expertise: [
    {
      __typename: 'Theme' as const,
      id: '1',
      slug: 'ecrans-petite-enfance',
      label: 'Écrans et petite enfance',
      labelEn: null,
    },
  ],
  viewerFollows: false,
  isViewer: false,
  deactivatedAt: null as string | null,
  followerCount: 1,
  recentResources: [{ __typename: 'ResourceLink' as const, slug: 'le-jeu-des-ecrans', title: 'Le jeu des écrans' }],
  directory: {
    __typename: 'PersonDirectory' as const,
    audiences: [{ __typename: 'Audience' as const, slug: 'parents', label: 'Parents', labelEn: 'Parents' }],
    languages: ['fr', 'lsf'],
    contactThemes: [
      {
        __typename: 'Theme' as const,
        id: '1',
        slug: 'ecrans-petite-enfance',
        label: 'Écrans et petite enfance',
        labelEn: null,
      },
    ],
    directoryVisibility: 'public' as const,
    acceptsMessages: true,
    viewerCanContact: true,
    themeKnowledge: [
      {
        __typename: 'ThemeKnowledge' as const,
        theme: {
          __typename: 'Theme' as const,
          id: '7',
          slug: 'jeux-video',
          label: 'Jeux vidéo',
          labelEn: 'Video games',
        },
        evidence: {
          __typename: 'KnowledgeEvidence' as const,
          declaredExpertise: true,
          debriefs: 3,
          resources: 5,
          lists: 2,
        },
      },
    ],
  },
  ...overrides,
});

const profileMock = (value: ReturnType<typeof profile>) => ({
  request: { query: MemberProfileQuery, variables: { slug: 'claire-martin' } },
  result: { data: { memberProfile: value } },
});
const myFollowsMock = { request: { query: MyFollowsQuery }, result: { data: { myFollows: [] } } };

function renderPage(mocks: object[], role: 'member' | 'admin' | null = 'member') {
  return renderWithProviders(
    <MockedProvider mocks={[viewerMock(role), ...mocks] as never}>
      <Routes>
        <Route path="/membres/:slug" element={<MemberPage slots={memberSlots} />} />
        <Route path="/connexion" element={<p>Page de connexion</p>} />
      </Routes>
    </MockedProvider>,
    { route: '/membres/claire-martin' },
  );
}

describe('MemberPage', () => {
  it('shows who the member is, their themes, followers and recent resources, with a follow button', async () => {
    renderPage([profileMock(profile()), myFollowsMock]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Claire Martin' })).toBeTruthy();
    expect(document.title).toBe('Claire Martin · Culture commune');
    expect(screen.getByText('Médiatrice numérique')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Médiathèque de Lyon' }).getAttribute('href')).toBe(
      '/structures/mediatheque-lyon',
    );
    // An expertise theme, and the same theme among those they accept to be contacted on.
    expect(screen.getAllByText('Écrans et petite enfance')).toHaveLength(2);
    expect(screen.getByText('Accepte d’être contacté·e sur')).toBeTruthy();
    expect(screen.getByText('Parents')).toBeTruthy();
    expect(screen.getByText('français, langue des signes française')).toBeTruthy();
    expect(screen.getByText('1 abonné·e')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Ressources récentes' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Le jeu des écrans' }).getAttribute('href')).toBe(
      '/ressources/le-jeu-des-ecrans',
    );
    expect((await screen.findByRole('button', { name: 'Suivre Claire Martin' })).getAttribute('aria-pressed')).toBe(
      'false',
    );
  });

  it('follows the member and counts the followers again', async () => {
    renderPage([
      profileMock(profile()),
      myFollowsMock,
      {
        request: { query: SetFollowMutation, variables: { kind: 'MEMBER', slug: 'claire-martin', following: true } },
        result: {
          data: {
            setFollow: [{ __typename: 'Follow', kind: 'MEMBER', slug: 'claire-martin', label: 'Claire Martin' }],
          },
        },
      },
      profileMock(profile({ viewerFollows: true, followerCount: 2 })),
    ]);
    const button = await screen.findByRole('button', { name: 'Suivre Claire Martin' });
    await act(async () => {
      fireEvent.click(button);
    });
    expect(await screen.findByText('2 abonné·e·s')).toBeTruthy();
    await waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('true'));
  });

  it('tells an admin that the person’s account is deactivated (no one else gets the page)', async () => {
    renderPage([profileMock(profile({ deactivatedAt: '2026-12-01T10:00:00.000Z' })), myFollowsMock], 'admin');
    expect(
      await screen.findByText(
        /^Compte désactivé le 1 décembre 2026.: cette page n’est visible que des administrateur·rices/,
      ),
    ).toBeTruthy();
  });

  it('offers no follow button on one’s own page', async () => {
    renderPage([profileMock(profile({ isViewer: true })), myFollowsMock]);
    expect(await screen.findByText('C’est votre page.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Modifier mon profil' }).getAttribute('href')).toBe('/profil');
    expect(screen.queryByRole('button', { name: /Suivre/ })).toBeNull();
  });

  it('says when there is no such member', async () => {
    renderPage([
      {
        request: { query: MemberProfileQuery, variables: { slug: 'claire-martin' } },
        result: { errors: [{ message: 'Membre introuvable', extensions: { code: ERROR_CODES.notFound } }] },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Membre introuvable' })).toBeTruthy();
  });

  it('shows visitors a person who chose public, without « Suivre »', async () => {
    renderPage([profileMock(profile())], null);
    expect(await screen.findByRole('heading', { level: 1, name: 'Claire Martin' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Suivre/ })).toBeNull();
  });

  it('tells visitors who ask for a person who is not public to sign in', async () => {
    renderPage(
      [
        {
          request: { query: MemberProfileQuery, variables: { slug: 'claire-martin' } },
          result: { errors: [{ message: 'Membre introuvable', extensions: { code: ERROR_CODES.notFound } }] },
        },
      ],
      null,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Membre introuvable' })).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Se connecter pour voir toutes les personnes du réseau' }).getAttribute('href'),
    ).toMatch(/^\/connexion/);
  });

  it('says what the person knows and why: declared expertise, debriefs, resources, lists', async () => {
    renderPage([profileMock(profile()), myFollowsMock]);
    expect(await screen.findByRole('heading', { level: 2, name: 'Ses thèmes' })).toBeTruthy();
    expect(
      screen.getByText('Expertise déclarée · 3 retours d’atelier sur ce thème · 5 ressources partagées · 2 listes'),
    ).toBeTruthy();
  });

  it('« Contacter » checks the message before sending, then sends it and says so', async () => {
    renderPage([
      profileMock(profile()),
      myFollowsMock,
      {
        request: {
          query: ContactMemberMutation,
          variables: { input: { memberSlug: 'claire-martin', subject: null, message: 'Bonjour Claire' } },
        },
        result: { data: { contactMember: true } },
      },
    ]);
    const send = await screen.findByRole('button', { name: 'Envoyer le message' });
    await act(async () => {
      fireEvent.click(send);
    });
    // Nothing sent without a message: the error names the field.
    expect(await screen.findByRole('link', { name: 'Message\u00a0: ce champ est obligatoire.' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Message/), { target: { value: 'Bonjour Claire' } });
    await act(async () => {
      fireEvent.click(send);
    });
    expect(
      await screen.findByText('Message envoyé à Claire Martin. Sa réponse arrivera dans votre boîte de courriel.'),
    ).toBeTruthy();
  });

  it('offers no form for a person who refuses messages', async () => {
    renderPage([
      profileMock(profile({ directory: { ...profile().directory, viewerCanContact: false } })),
      myFollowsMock,
    ]);
    expect(await screen.findByText('Cette personne ne souhaite pas être contactée par la plateforme.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Envoyer le message' })).toBeNull();
  });

  it('shows visitors no « Contacter »', async () => {
    renderPage([profileMock(profile())], null);
    expect(await screen.findByRole('heading', { level: 1, name: 'Claire Martin' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Contacter' })).toBeNull();
  });
});
