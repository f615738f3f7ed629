import { TestApi, startTestApi } from '../../../test/api-harness';
import { idOf, makeMember, makeReadingList, makeResource, signInAs, type MadeMember } from '../../../test/factories';

interface Evidence {
  declaredExpertise: boolean;
  debriefs: number;
  resources: number;
  lists: number;
}
interface Answer {
  directory: {
    askedThemes: { slug: string }[];
    hits: { type: string; slug: string; evidence: Evidence | null }[];
  };
}

const ASK = `query($q: String!) { directory(input: { q: $q }) {
  askedThemes { slug } hits { type slug evidence { declaredExpertise debriefs resources lists } } } }`;

/** « Qui connaît … ? »: people ranked by declared expertise and by what they did, as the viewer may see it. */
describe('Who knows a theme or a tool (directory)', () => {
  let api: TestApi;
  let drafter: MadeMember;
  let curator: MadeMember;
  let bystander: MadeMember;

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    await api.seedDemo();
    drafter = await makeMember(api, { name: 'Dora Brouillon' });
    curator = await makeMember(api, { name: 'Paul Privé' });
    bystander = await makeMember(api);
    // Claire also shared a resource for members only; a draft on video games; a private list holding a demo tool.
    await makeResource(api, {
      visibility: 'network',
      contributor: { id: await idOf(api, 'members', 'claire-mounier') },
      themes: ['jeux-video'],
    });
    await makeResource(api, { visibility: 'draft', contributor: drafter, themes: ['jeux-video'] });
    await makeReadingList(api, {
      curatorId: curator.id,
      visibility: 'draft',
      resourceIds: [await idOf(api, 'resources', 'atelier-jeu-video-en-famille')],
    });
    for (const member of [drafter, curator, bystander])
      await api.dataSource.query(`INSERT INTO outbox_events (topic, aggregate_id) VALUES ('directory', $1)`, [
        member.id,
      ]);
    await api.drain();
  });
  afterAll(() => api.close());

  const ask = async (q: string) => {
    const result = await api.gql<Answer>(ASK, { q });
    expect(result.errors).toBeUndefined();
    return result.data!.directory;
  };
  const people = (answer: Answer['directory']) => answer.hits.filter((hit) => hit.type === 'PERSON');

  it('« qui connaît les jeux vidéo ? » puts the declared expert with debriefs first, then who debriefed a tool of it', async () => {
    await signInAs(api, bystander);
    const answer = await ask('qui connaît les jeux vidéo ?');
    expect(answer.askedThemes).toEqual([{ slug: 'jeux-video' }]);
    const [first, second] = people(answer);
    expect(first).toEqual({
      type: 'PERSON',
      slug: 'claire-mounier',
      evidence: { declaredExpertise: true, debriefs: 2, resources: 3, lists: 0 },
    });
    expect(second).toEqual({
      type: 'PERSON',
      slug: 'yanis-benali',
      evidence: { declaredExpertise: false, debriefs: 1, resources: 0, lists: 0 },
    });
    // The plain words rank the same way.
    expect(people(await ask('jeux video')).map((hit) => hit.slug)).toEqual(people(answer).map((hit) => hit.slug));
  });

  it('naming a tool asks about its themes', async () => {
    await signInAs(api, bystander);
    const answer = await ask('qui a testé Atelier : jouer en famille ?');
    expect(answer.askedThemes.map((theme) => theme.slug).sort()).toEqual(['jeux-video', 'parentalite-numerique']);
    expect(people(answer)[0].slug).toBe('claire-mounier');
  });

  it('a draft resource or a private list counts only for those who may open it', async () => {
    await signInAs(api, bystander);
    const seenByOthers = people(await ask('jeux vidéo')).map((hit) => hit.slug);
    expect(seenByOthers).not.toContain(drafter.slug);
    expect(seenByOthers).not.toContain(curator.slug);

    await signInAs(api, drafter);
    const own = people(await ask('jeux vidéo')).find((hit) => hit.slug === drafter.slug);
    expect(own?.evidence).toEqual({ declaredExpertise: false, debriefs: 0, resources: 1, lists: 0 });

    await signInAs(api, curator);
    const list = people(await ask('jeux vidéo')).find((hit) => hit.slug === curator.slug);
    expect(list?.evidence).toEqual({ declaredExpertise: false, debriefs: 0, resources: 0, lists: 1 });
  });

  it('visitors get only public people, with evidence counted on public resources only', async () => {
    api.signOut();
    const answer = await ask('jeux vidéo');
    const slugs = people(answer).map((hit) => hit.slug);
    expect(slugs).not.toContain(drafter.slug);
    expect(slugs[0]).toBe('claire-mounier');
    // The demo's two video-games resources are public; the third, for members, does not count for a visitor.
    expect(people(answer)[0].evidence).toEqual({ declaredExpertise: true, debriefs: 2, resources: 2, lists: 0 });
  });

  it('a query naming no theme nor tool searches words as before, without evidence', async () => {
    await signInAs(api, bystander);
    const answer = await ask('Claire Mounier');
    expect(answer.askedThemes).toEqual([]);
    expect(answer.hits[0]).toEqual({ type: 'PERSON', slug: 'claire-mounier', evidence: null });
  });

  it('a person’s page says what they know and why, strongest first', async () => {
    await signInAs(api, bystander);
    const result = await api.gql<{
      memberProfile: {
        directory: { themeKnowledge: { theme: { slug: string }; evidence: Evidence }[] };
      };
    }>(
      `{ memberProfile(slug: "claire-mounier") { directory { themeKnowledge {
           theme { slug } evidence { declaredExpertise debriefs resources lists } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.memberProfile.directory.themeKnowledge[0]).toEqual({
      theme: { slug: 'jeux-video' },
      evidence: { declaredExpertise: true, debriefs: 2, resources: 3, lists: 0 },
    });
  });

  it('the header’s search box suggests people to members only, and organisations to everyone', async () => {
    const suggest = async (q: string) => {
      const result = await api.gql<{ quickSearch: { hits: { kind: string; slug: string; detail: string | null }[] } }>(
        `query($q: String!) { quickSearch(q: $q, limit: 10) { hits { kind slug detail } } }`,
        { q },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.quickSearch.hits;
    };
    await signInAs(api, bystander);
    expect(await suggest('Claire Mounier')).toContainEqual({
      kind: 'person',
      slug: 'claire-mounier',
      detail: 'Médiatrice numérique · Médiathèque de Chambéry',
    });
    // Members see people who did not choose to be public, too.
    expect((await suggest('Sophie Reynaud')).map((hit) => hit.slug)).toContain('sophie-reynaud');
    expect((await suggest('médiathèque')).map((hit) => hit.kind)).toContain('organisation');

    api.signOut();
    expect((await suggest('Claire Mounier')).filter((hit) => hit.kind === 'person')).toEqual([]);
    expect((await suggest('médiathèque')).map((hit) => hit.kind)).toContain('organisation');
  });
});
