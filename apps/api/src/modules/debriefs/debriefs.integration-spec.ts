import fc from 'fast-check';
import { TestApi, startTestApi } from '../../../test/api-harness';
import { HOUR, ago, makeDebrief, makeMember, makeResource, signInAs } from '../../../test/factories';
import { DAY_MS, FixedClock } from '../../../test/fixed-clock';

const CREATE = `mutation($slug: String!, $input: DebriefInput!) { createDebrief(resourceSlug: $slug, input: $input) { id rating participants edited viewerCanEdit author { slug } } }`;
const UPDATE = `mutation($id: ID!, $input: DebriefInput!) { updateDebrief(id: $id, input: $input) { id edited } }`;
const DELETE = `mutation($id: ID!) { deleteDebrief(id: $id) }`;
const SUMMARY = `query($slug: String!) { resource(slug: $slug) { debriefSummary { count participants averageRating } debriefs { id date } } }`;

type Summary = { count: number; participants: number; averageRating: number | null };
const input = (overrides: Record<string, unknown> = {}) => ({
  date: '2026-11-20',
  context: 'Médiathèque, atelier du mercredi',
  audienceSlug: 'enfants',
  ageBand: '8-10 ans',
  participants: 12,
  durationMinutes: 60,
  parentsPresent: true,
  wentWell: 'Les enfants ont joué le jeu.',
  toAdjust: 'Prévoir plus de temps.',
  rating: 4,
  ...overrides,
});

describe('Field debriefs on mediation tools', () => {
  let api: TestApi;
  // Workshop dates are checked against the API's clock (« not after tomorrow »): the suite says what day it is.
  const clock = new FixedClock('2026-11-25T10:00:00Z');
  const code = (result: { errors?: { extensions?: { code?: string } }[] }) =>
    result.errors?.[0]?.extensions?.code ?? 'ok';
  const summary = async (slug: string) =>
    (await api.gql<{ resource: { debriefSummary: Summary } }>(SUMMARY, { slug })).data!.resource.debriefSummary;

  beforeAll(async () => {
    api = await startTestApi({ indexer: false, clock });
    await api.seedDemo();
  });
  afterAll(() => api.close());

  it('the demo debriefs give the tool its aggregate', async () => {
    expect(await summary('kit-realite-augmentee')).toEqual({ count: 1, participants: 38, averageRating: 5 });
    expect(await summary('tisseron-3-6-9-12')).toEqual({ count: 0, participants: 0, averageRating: null });
  });

  it('a member records a debrief; the aggregate updates; only tools take debriefs; bad input names fields and writes nothing', async () => {
    api.signOut();
    expect(code(await api.gql(CREATE, { slug: 'thymio', input: input() }))).toBe('UNAUTHENTICATED');
    await api.signIn('claire.mounier@example.org');
    const created = await api.gql<{
      createDebrief: { rating: number; edited: boolean; viewerCanEdit: boolean; author: { slug: string } };
    }>(CREATE, { slug: 'thymio', input: input({ participants: 20, rating: 5 }) });
    expect(created.data!.createDebrief).toMatchObject({
      rating: 5,
      edited: false,
      viewerCanEdit: true,
      author: { slug: 'claire-mounier' },
    });
    expect(await summary('thymio')).toEqual({ count: 1, participants: 20, averageRating: 5 });

    const reading = await api.gql(CREATE, { slug: 'tisseron-3-6-9-12', input: input() });
    expect(code(reading)).toBe('BAD_USER_INPUT');
    const [{ n: before }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM debriefs`);
    const bad = await api.gql<never>(CREATE, {
      slug: 'thymio',
      input: input({ rating: 6, date: '2026-02-30', wentWell: ' ', participants: 0 }),
    });
    const fields = (bad.errors![0].extensions as { issues: { field: string }[] }).issues
      .map((issue) => issue.field)
      .sort();
    expect(fields).toEqual(['date', 'participants', 'rating', 'wentWell']);
    const [{ n: after }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM debriefs`);
    expect(after).toBe(before);
  });

  it('refuses a workshop date after tomorrow by the API clock, and takes it once that day has come', async () => {
    const author = await makeMember(api);
    const tool = await makeResource(api, { type: 'outil', contributor: author });
    await signInAs(api, author);
    const early = await api.gql<never>(CREATE, { slug: tool.slug, input: input({ date: '2026-11-27' }) });
    expect((early.errors![0].extensions as { issues: unknown[] }).issues).toEqual([
      expect.objectContaining({ field: 'date', rule: 'range' }),
    ]);
    clock.advance(DAY_MS);
    try {
      expect(code(await api.gql(CREATE, { slug: tool.slug, input: input({ date: '2026-11-27' }) }))).toBe('ok');
    } finally {
      clock.advance(-DAY_MS);
    }
  });

  it('its author edits it (marked edited), another member cannot, a coordinator can delete it', async () => {
    const author = await makeMember(api);
    const tool = await makeResource(api, { type: 'outil' });
    // Written an hour ago, so that an edit now is one (the « edited » mark ignores the first second).
    const { id } = await makeDebrief(api, { resourceId: tool.id, authorId: author.id, createdAt: ago(HOUR) });
    await signInAs(api, author);
    const edited = await api.gql<{ updateDebrief: { edited: boolean } }>(UPDATE, { id, input: input({ rating: 3 }) });
    expect(edited.data!.updateDebrief.edited).toBe(true);
    await signInAs(api, await makeMember(api));
    expect(code(await api.gql(UPDATE, { id, input: input({ rating: 1 }) }))).toBe('FORBIDDEN');
    expect(code(await api.gql(DELETE, { id }))).toBe('FORBIDDEN');
    await signInAs(api, await makeMember(api, { role: 'coordinator' }));
    expect(await api.gql(DELETE, { id })).toEqual({ data: { deleteDebrief: true } });
    expect((await summary(tool.slug)).count).toBe(0);
  });

  it("text that names a child is refused without the author's confirmation, saved and recorded with it", async () => {
    const author = await makeMember(api, { name: 'Julie Martin' });
    const tool = await makeResource(api, { type: 'outil', contributor: author });
    await signInAs(api, author);
    const named = { wentWell: 'Léo a adoré jouer le sauveteur et Inès a beaucoup parlé.' };
    const [{ n: before }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM debriefs`);
    const refused = await api.gql<never>(CREATE, { slug: tool.slug, input: input(named) });
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect((refused.errors![0].extensions as { issues: unknown[] }).issues).toEqual([
      expect.objectContaining({ field: 'childPrivacyConfirmed', rule: 'childPrivacy', params: { names: 'Léo, Inès' } }),
    ]);
    const [{ n: after }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM debriefs`);
    expect(after).toBe(before);

    // A member's name (here the author's own) is not a child's: no confirmation needed, none recorded.
    const plain = await api.gql<{ createDebrief: { id: string } }>(CREATE, {
      slug: tool.slug,
      input: input({ wentWell: 'Animé avec Julie Martin, très bon moment.' }),
    });
    expect(code(plain)).toBe('ok');
    const confirmedAt = async (id: string) =>
      (await api.dataSource.query(`SELECT child_privacy_confirmed_at AS at FROM debriefs WHERE id = $1`, [id]))[0]
        .at as Date | null;
    expect(await confirmedAt(plain.data!.createDebrief.id)).toBeNull();

    const saved = await api.gql<{ createDebrief: { id: string } }>(CREATE, {
      slug: tool.slug,
      input: input({ ...named, childPrivacyConfirmed: true }),
    });
    expect(code(saved)).toBe('ok');
    const { id } = saved.data!.createDebrief;
    expect(await confirmedAt(id)).toEqual(clock.now());

    // An edit is checked the same way: the confirmation must be given again.
    expect(code(await api.gql(UPDATE, { id, input: input(named) }))).toBe('BAD_USER_INPUT');
    expect(code(await api.gql(UPDATE, { id, input: input({ ...named, childPrivacyConfirmed: true }) }))).toBe('ok');
    expect(code(await api.gql(UPDATE, { id, input: input() }))).toBe('ok');
    expect(await confirmedAt(id)).toBeNull();
  });

  it('search filters "tested in the field" and sorts tools by use and by rating', async () => {
    // A tool of its own, tested once, besides the demo's tested tools.
    const tool = await makeResource(api, { type: 'outil', visibility: 'public' });
    await makeDebrief(api, { resourceId: tool.id, authorId: (await makeMember(api)).id, rating: 2 });
    await api.drain();
    type Hits = { search: { total: number; hits: { resource: { slug: string; debriefSummary: Summary } }[] } };
    const tested = await api.gql<Hits>(
      `{ search(input: { filters: { testedInField: true }, sort: bestRated }) { total hits { resource { slug debriefSummary { count participants averageRating } } } } }`,
    );
    const slugs = tested.data!.search.hits.map((hit) => hit.resource.slug);
    expect(slugs).toEqual(expect.arrayContaining(['kit-realite-augmentee', 'bad-news-game', tool.slug]));
    expect(tested.data!.search.hits.every((hit) => hit.resource.debriefSummary.count > 0)).toBe(true);
    const ratings = tested.data!.search.hits.map((hit) => hit.resource.debriefSummary.averageRating!);
    expect(ratings).toEqual([...ratings].sort((a, b) => b - a));
    const used = await api.gql<Hits>(
      `{ search(input: { sort: mostUsed, pageSize: 3 }) { hits { resource { debriefSummary { count participants averageRating } } } } }`,
    );
    expect(used.data!.search.hits[0].resource.debriefSummary.count).toBeGreaterThanOrEqual(1);
  });

  it('the aggregate stays right through any sequence of creations, edits and deletions (property-based)', async () => {
    await api.signIn('camille.durand@example.org');
    const operation = fc.oneof(
      fc.record({
        kind: fc.constant('create' as const),
        participants: fc.integer({ min: 1, max: 60 }),
        rating: fc.integer({ min: 1, max: 5 }),
      }),
      fc.record({
        kind: fc.constant('update' as const),
        pick: fc.nat(),
        participants: fc.integer({ min: 1, max: 60 }),
        rating: fc.integer({ min: 1, max: 5 }),
      }),
      fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
    );
    const tool = 'complotisme-expo';
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 8 }), async (operations) => {
        await api.dataSource.query(
          `DELETE FROM debriefs WHERE resource_id = (SELECT id FROM resources WHERE slug = $1)`,
          [tool],
        );
        const model = new Map<string, { participants: number; rating: number }>();
        for (const op of operations) {
          const ids = [...model.keys()];
          if (op.kind === 'create') {
            const result = await api.gql<{ createDebrief: { id: string } }>(CREATE, {
              slug: tool,
              input: input({ participants: op.participants, rating: op.rating }),
            });
            model.set(result.data!.createDebrief.id, { participants: op.participants, rating: op.rating });
          } else if (ids.length && op.kind === 'update') {
            const id = ids[op.pick % ids.length];
            await api.gql(UPDATE, { id, input: input({ participants: op.participants, rating: op.rating }) });
            model.set(id, { participants: op.participants, rating: op.rating });
          } else if (ids.length && op.kind === 'delete') {
            const id = ids[op.pick % ids.length];
            await api.gql(DELETE, { id });
            model.delete(id);
          }
        }
        const rows = [...model.values()];
        const expected: Summary = {
          count: rows.length,
          participants: rows.reduce((sum, row) => sum + row.participants, 0),
          averageRating: rows.length
            ? Math.round((rows.reduce((sum, row) => sum + row.rating, 0) / rows.length) * 100) / 100
            : null,
        };
        expect(await summary(tool)).toEqual(expected);
      }),
      { numRuns: 15, seed: 7 },
    );
  });
});
