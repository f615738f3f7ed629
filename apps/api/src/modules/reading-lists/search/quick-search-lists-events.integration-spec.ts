import { TestApi, startTestApi } from '../../../../test/api-harness';

const QUICK = `query($q: String!) { quickSearch(q: $q, limit: 20) { hits { kind slug detail } } }`;
type Hit = { kind: string; slug: string; detail: string | null };

describe('Reading lists and events in the one search box', () => {
  let api: TestApi;
  const as = (email: string) => (email === 'visitor' ? api.signOut() : api.signIn(email, undefined, { reuse: true }));
  const hits = async (q: string) =>
    (await api.gql<{ quickSearch: { hits: Hit[] } }>(QUICK, { q })).data!.quickSearch.hits;
  const kinds = (found: Hit[], kind: string) => found.filter((hit) => hit.kind === kind).map((hit) => hit.slug);

  beforeAll(async () => {
    api = await startTestApi();
    await api.seedDemo();
    await api.signIn('claire.mounier@example.org', undefined, { reuse: true });
    await api.gql(
      `mutation { createReadingList(input: { title: "Rencontre : mes lectures privées", intro: "", visibility: draft }) { slug } }`,
    );
    await api.drain();
  });
  afterAll(() => api.close());

  it('finds events and lists by the same rules as their pages', async () => {
    await as('visitor');
    let found = await hits('rencontre');
    expect(kinds(found, 'event')).toContain('rencontre-reseau-2026-12');
    expect(found.find((hit) => hit.slug === 'rencontre-reseau-2026-12')?.detail).toBe(
      '10 décembre 2026 · Médiathèque de Chambéry',
    );
    expect(kinds(found, 'readingList')).toEqual([]);

    await as('lea.girard@example.org');
    found = await hits('rencontre');
    expect(kinds(found, 'readingList')).toEqual(['lectures-rencontre-decembre']);

    await as('claire.mounier@example.org');
    found = await hits('rencontre');
    expect(kinds(found, 'readingList').sort()).toEqual([
      'lectures-rencontre-decembre',
      'rencontre-mes-lectures-privees',
    ]);
  });

  it('follows changes through the outbox, with no drift', async () => {
    await as('camille.durand@example.org');
    await api.gql(
      `mutation { updateReadingList(slug: "lectures-rencontre-decembre", input: { title: "Lectures de décembre : ateliers parents", intro: "", visibility: public }) { slug } }`,
    );
    await api.drain();
    await as('visitor');
    expect(kinds(await hits('ateliers parents'), 'readingList')).toEqual(['lectures-rencontre-decembre']);
    const drift = await api.checkDrift('reading_lists');
    expect(drift).toMatchObject({ missing: [], stale: [], extra: [] });
    expect(await api.checkDrift('events')).toMatchObject({ missing: [], stale: [], extra: [] });
  });
});
