import { TestApi, eventually, startTestApi } from '../../../test/api-harness';

describe('The theme vocabulary, curated by coordinators and admins', () => {
  let api: TestApi;
  const code = (result: { errors?: { extensions?: { code?: string } }[] }) =>
    result.errors?.[0]?.extensions?.code ?? 'ok';
  const quick = async (q: string) =>
    (
      await api.gql<{ quickSearch: { hits: { kind: string; slug: string }[] } }>(
        `query($q: String!) { quickSearch(q: $q) { hits { kind slug } } }`,
        { q },
      )
    ).data!.quickSearch.hits.map((hit) => `${hit.kind}:${hit.slug}`);

  beforeAll(async () => {
    api = await startTestApi({ indexer: true });
    await api.seedDemo();
  });
  afterAll(() => api.close());

  it('members cannot change it; a coordinator adds, renames and deletes themes, and search follows', async () => {
    await api.signIn('yanis.benali@example.org');
    expect(code(await api.gql(`mutation { createTheme(input: { label: "Robotique" }) { slug } }`))).toBe('FORBIDDEN');

    await api.signIn('camille.durand@example.org');
    expect(code(await api.gql(`mutation { createTheme(input: { label: "  " }) { slug } }`))).toBe('BAD_USER_INPUT');
    const created = await api.gql<{ createTheme: { slug: string; label: string } }>(
      `mutation { createTheme(input: { label: "Robotique éducative", description: "Robots et programmation" }) { slug label } }`,
    );
    expect(created.data!.createTheme).toEqual({ slug: 'robotique-educative', label: 'Robotique éducative' });
    expect(code(await api.gql(`mutation { createTheme(input: { label: "Robotique éducative" }) { slug } }`))).toBe(
      'BAD_USER_INPUT',
    );
    await eventually(async () => (await quick('robotique educative')).includes('theme:robotique-educative'));

    // Renaming keeps the slug and reaches the resources that use the theme.
    const renamed = await api.gql<{ updateTheme: { slug: string; label: string } }>(
      `mutation { updateTheme(slug: "jeux-video", input: { label: "Jeux vidéo et ludothèques" }) { slug label } }`,
    );
    expect(renamed.data!.updateTheme).toEqual({ slug: 'jeux-video', label: 'Jeux vidéo et ludothèques' });
    await eventually(async () => {
      const result = await api.gql<{ search: { hits: { resource: { slug: string } }[] } }>(
        `{ search(input: { q: "ludothèques" }) { hits { resource { slug } } } }`,
      );
      return result.data!.search.hits.some((hit) => hit.resource.slug === 'pegi-guide');
    });

    const used = await api.gql(`mutation { deleteTheme(slug: "jeux-video") }`);
    expect(code(used)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(used.errors)).toMatch(/utilisé par \d+ ressources/);
    expect(await api.gql(`mutation { deleteTheme(slug: "robotique-educative") }`)).toEqual({
      data: { deleteTheme: true },
    });
    await eventually(async () => !(await quick('robotique educative')).includes('theme:robotique-educative'));
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action LIKE 'theme.%'`);
    expect(n).toBe(3);
  });

  it('a theme may carry an English label: the demo’s themes have theirs, an admin edits it, an older client keeps it', async () => {
    type Themes = { themes: { slug: string; label: string; labelEn: string | null }[] };
    const themes = async () => (await api.gql<Themes>(`{ themes { slug label labelEn } }`)).data!.themes;
    expect((await themes()).find((theme) => theme.slug === 'reseaux-sociaux')).toEqual({
      slug: 'reseaux-sociaux',
      label: 'Réseaux sociaux',
      labelEn: 'Social media',
    });

    await api.signIn('camille.durand@example.org');
    const update = (input: string) =>
      api.gql<{ updateTheme: { labelEn: string | null } }>(
        `mutation { updateTheme(slug: "reseaux-sociaux", input: { ${input} }) { labelEn } }`,
      );
    expect((await update(`label: "Réseaux sociaux", labelEn: "  Social  networks "`)).data!.updateTheme.labelEn).toBe(
      'Social networks',
    );
    // Without `labelEn` (a client older than the field), the English label stays.
    expect((await update(`label: "Réseaux sociaux"`)).data!.updateTheme.labelEn).toBe('Social networks');
    expect((await update(`label: "Réseaux sociaux", labelEn: ""`)).data!.updateTheme.labelEn).toBeNull();
    expect(code(await update(`label: "Réseaux sociaux", labelEn: "${'x'.repeat(121)}"`))).toBe('BAD_USER_INPUT');

    // Resources carry their themes' English labels too.
    const resource = await api.gql<{ resource: { themes: { slug: string; labelEn: string | null }[] } }>(
      `{ resource(slug: "pegi-guide") { themes { slug labelEn } } }`,
    );
    expect(resource.data!.resource.themes).toContainEqual({ slug: 'jeux-video', labelEn: 'Video games' });
  });
});
