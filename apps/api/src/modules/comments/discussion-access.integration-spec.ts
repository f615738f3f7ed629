import { TestApi, startTestApi } from '../../../test/api-harness';

/**
 * The access matrix, extended to the discussion around a resource: comments, debriefs and reactions follow the
 * visibility of their resource, and nobody edits someone else's comment (or debrief, coordinators and admins aside).
 * The resource's contributor writes the comment and the debrief the others then try to change.
 */
type Who = 'visitor' | 'member' | 'author' | 'coordinator' | 'admin';
type Visibility = 'public' | 'network' | 'draft';
type Outcome = 'ok' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED';

const EMAIL: Record<Exclude<Who, 'visitor'>, string> = {
  author: 'yanis.benali@example.org',
  member: 'lea.girard@example.org',
  coordinator: 'camille.durand@example.org',
  admin: 'admin@example.org',
};
const WHO: Who[] = ['visitor', 'member', 'author', 'coordinator', 'admin'];
const VISIBILITIES: Visibility[] = ['public', 'network', 'draft'];

const SEES: Record<Who, Record<Visibility, boolean>> = {
  visitor: { public: true, network: false, draft: false },
  member: { public: true, network: true, draft: false },
  author: { public: true, network: true, draft: true },
  coordinator: { public: true, network: true, draft: true },
  admin: { public: true, network: true, draft: true },
};

/** Writing anything needs an account first; then the resource must be visible. */
const write = (who: Who, visibility: Visibility): Outcome =>
  who === 'visitor' ? 'UNAUTHENTICATED' : SEES[who][visibility] ? 'ok' : 'NOT_FOUND';
/** Changing someone's comment: only its author. Their debrief: its author, coordinators and admins. */
const change = (who: Who, visibility: Visibility, curatorsToo: boolean): Outcome => {
  const base = write(who, visibility);
  if (base !== 'ok') return base;
  return who === 'author' || (curatorsToo && (who === 'coordinator' || who === 'admin')) ? 'ok' : 'FORBIDDEN';
};

const debrief = {
  date: '2026-11-20',
  context: 'Atelier de test',
  audienceSlug: 'adolescents',
  ageBand: '12-14 ans',
  participants: 10,
  durationMinutes: 60,
  parentsPresent: false,
  wentWell: 'Bien.',
  toAdjust: 'Rien.',
  rating: 4,
};

describe('Access matrix for comments, debriefs and reactions', () => {
  let api: TestApi;
  const as = async (who: Who) =>
    who === 'visitor' ? api.signOut() : api.signIn(EMAIL[who], undefined, { reuse: true });
  const outcome = (result: { errors?: { extensions?: { code?: string } }[] }): Outcome =>
    (result.errors?.[0]?.extensions?.code as Outcome | undefined) ?? 'ok';

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    await api.seedDemo();
  });
  afterAll(() => api.close());

  describe.each(VISIBILITIES)('on a %s tool', (visibility) => {
    let slug: string;
    let commentId: string;
    let debriefId: string;

    beforeAll(async () => {
      await as('author');
      const created = await api.gql<{ createResource: { slug: string } }>(
        `mutation($input: ResourceInput!) { createResource(input: $input) { slug } }`,
        {
          input: {
            type: 'outil',
            format: 'jeu',
            title: `Discussion ${visibility}`,
            summary: 'Pour la matrice.',
            authors: [],
            language: 'fr',
            visibility,
            themeSlugs: ['jeux-video'],
            audienceSlugs: [],
            tags: [],
          },
        },
      );
      slug = created.data!.createResource.slug;
      commentId = (
        await api.gql<{ createComment: { id: string } }>(
          `mutation($slug: String!) { createComment(resourceSlug: $slug, markdown: "Premier") { id } }`,
          { slug },
        )
      ).data!.createComment.id;
      debriefId = (
        await api.gql<{ createDebrief: { id: string } }>(
          `mutation($slug: String!, $input: DebriefInput!) { createDebrief(resourceSlug: $slug, input: $input) { id } }`,
          {
            slug,
            input: debrief,
          },
        )
      ).data!.createDebrief.id;
      await api.gql(`mutation($slug: String!) { toggleReaction(resourceSlug: $slug, kind: useful) { kind count } }`, {
        slug,
      });
    });

    it.each(WHO)('reads comments, debriefs and reactions as %s', async (who) => {
      await as(who);
      const result = await api.gql<{
        resource: { comments: { id: string }[]; debriefs: { id: string }[]; reactions: { count: number }[] };
      }>(
        `query($slug: String!) { resource(slug: $slug) { comments { id } debriefs { id } reactions { kind count } } }`,
        { slug },
      );
      expect(outcome(result)).toBe(SEES[who][visibility] ? 'ok' : 'NOT_FOUND');
      if (SEES[who][visibility]) {
        expect(result.data!.resource.comments.map((c) => c.id)).toContain(commentId);
        expect(result.data!.resource.debriefs.map((d) => d.id)).toContain(debriefId);
      } else {
        expect(result.data?.resource ?? null).toBeNull();
      }
    });

    it.each(WHO)('comments, debriefs and reacts as %s', async (who) => {
      await as(who);
      expect(
        outcome(
          await api.gql(`mutation($slug: String!) { createComment(resourceSlug: $slug, markdown: "Bonjour") { id } }`, {
            slug,
          }),
        ),
      ).toBe(write(who, visibility));
      expect(
        outcome(
          await api.gql(
            `mutation($slug: String!, $input: DebriefInput!) { createDebrief(resourceSlug: $slug, input: $input) { id } }`,
            { slug, input: debrief },
          ),
        ),
      ).toBe(write(who, visibility));
      expect(
        outcome(
          await api.gql(`mutation($slug: String!) { toggleReaction(resourceSlug: $slug, kind: tested) { kind } }`, {
            slug,
          }),
        ),
      ).toBe(write(who, visibility));
      expect(
        outcome(
          await api.gql(`mutation($id: ID!) { reportComment(id: $id, reason: "Pour la matrice") }`, { id: commentId }),
        ),
      ).toBe(who === 'author' ? 'FORBIDDEN' : write(who, visibility));
    });

    it.each(WHO)('changes the author’s comment and debrief as %s', async (who) => {
      await as(who);
      const text = `Modifié par ${who}`;
      expect(
        outcome(
          await api.gql(`mutation($id: ID!, $text: String!) { updateComment(id: $id, markdown: $text) { id } }`, {
            id: commentId,
            text,
          }),
        ),
      ).toBe(change(who, visibility, false));
      expect(
        outcome(
          await api.gql(`mutation($id: ID!, $input: DebriefInput!) { updateDebrief(id: $id, input: $input) { id } }`, {
            id: debriefId,
            input: debrief,
          }),
        ),
      ).toBe(change(who, visibility, true));
      const [{ markdown }] = await api.dataSource.query(`SELECT markdown FROM comments WHERE id = $1`, [commentId]);
      // Refused means nothing written.
      expect(markdown === text).toBe(change(who, visibility, false) === 'ok');
    });
  });
});
