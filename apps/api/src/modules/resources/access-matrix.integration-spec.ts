import { TestApi, startTestApi } from '../../../test/api-harness';
import { rest, sampleFiles, uploadedFileId } from '../../../test/file-uploads';
import type { Meilisearch } from 'meilisearch';
import { MEILI_CLIENT } from '../search/meili.provider';
import { SearchIndexRegistry } from '../search/search-index.registry';
import { FILE_STORAGE, fileKeys, type FileStorage } from '../files/storage/file-storage';

/**
 * The access matrix: every query and mutation that takes a resource slug, played by every kind of person against
 * public, network and draft resources, plus what search returns and counts. Written as a table the test iterates.
 */
type Who = 'visitor' | 'member-same-org' | 'member-other-org' | 'contributor' | 'coordinator' | 'admin';
type Visibility = 'public' | 'network' | 'draft';
type Outcome = 'ok' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED';

const EMAIL: Record<Exclude<Who, 'visitor'>, string> = {
  // Yanis (SIJ) contributes the test resources; Léa is at another organisation; Camille coordinates; admin administers.
  contributor: 'yanis.benali@example.org',
  'member-same-org': 'colleague@example.org',
  'member-other-org': 'lea.girard@example.org',
  coordinator: 'camille.durand@example.org',
  admin: 'admin@example.org',
};

const VIEW: Record<Who, Record<Visibility, Outcome>> = {
  visitor: { public: 'ok', network: 'NOT_FOUND', draft: 'NOT_FOUND' },
  'member-same-org': { public: 'ok', network: 'ok', draft: 'NOT_FOUND' },
  'member-other-org': { public: 'ok', network: 'ok', draft: 'NOT_FOUND' },
  contributor: { public: 'ok', network: 'ok', draft: 'ok' },
  coordinator: { public: 'ok', network: 'ok', draft: 'ok' },
  admin: { public: 'ok', network: 'ok', draft: 'ok' },
};

const EDIT: Record<Who, Record<Visibility, Outcome>> = {
  visitor: { public: 'UNAUTHENTICATED', network: 'UNAUTHENTICATED', draft: 'UNAUTHENTICATED' },
  'member-same-org': { public: 'FORBIDDEN', network: 'FORBIDDEN', draft: 'NOT_FOUND' },
  'member-other-org': { public: 'FORBIDDEN', network: 'FORBIDDEN', draft: 'NOT_FOUND' },
  contributor: { public: 'ok', network: 'ok', draft: 'ok' },
  coordinator: { public: 'ok', network: 'ok', draft: 'ok' },
  admin: { public: 'ok', network: 'ok', draft: 'ok' },
};

const WHO: Who[] = ['visitor', 'member-same-org', 'member-other-org', 'contributor', 'coordinator', 'admin'];
const VISIBILITIES: Visibility[] = ['public', 'network', 'draft'];

/** A word found only in the resources of one visibility, so that a search's total counts only them. */
const CODEWORD: Record<Visibility, string> = { public: 'alphapublico', network: 'betareseau', draft: 'gammabrouillon' };

const input = (visibility: Visibility, title: string) => ({
  type: 'outil',
  format: 'quiz',
  title: `${title} ${CODEWORD[visibility]}`,
  summary: 'Quiz pour la matrice d’accès.',
  authors: [],
  language: 'fr',
  visibility,
  themeSlugs: ['jeux-video'],
  audienceSlugs: [],
  tags: [`matrice ${visibility}`],
});

describe('Access matrix: who sees and changes public, network and draft resources', () => {
  let api: TestApi;
  const as = async (who: Who) =>
    who === 'visitor' ? api.signOut() : api.signIn(EMAIL[who], undefined, { reuse: true });
  const outcome = (result: { errors?: { extensions?: { code?: string } }[] }): Outcome =>
    (result.errors?.[0]?.extensions?.code as Outcome | undefined) ?? 'ok';

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    await api.seedDemo();
    await api.dataSource.query(
      `INSERT INTO members (slug, name, email, role, organisation_id) SELECT 'colleague', 'Collègue', 'colleague@example.org', 'member', id FROM organisations WHERE slug = 'sij-chambery'`,
    );
  });
  afterAll(() => api.close());

  /** A fresh resource of the given visibility, shared by the contributor (with these files) and indexed. */
  async function resourceOf(visibility: Visibility, title: string, files: string[] = []): Promise<string> {
    await as('contributor');
    // Resources with files keep the search counts of the matrix: no codeword in their title.
    const fields = files.length
      ? { ...input(visibility, title), title, files: files.map((id) => ({ id })) }
      : input(visibility, title);
    const created = await api.gql<{ createResource: { slug: string } }>(
      `mutation($input: ResourceInput!) { createResource(input: $input) { slug } }`,
      { input: fields },
    );
    if (created.errors) throw new Error(created.errors[0].message);
    await api.drain();
    return created.data!.createResource.slug;
  }

  describe.each(VISIBILITIES)('a %s resource', (visibility) => {
    let slug: string;
    beforeAll(async () => {
      slug = await resourceOf(visibility, `Matrice ${visibility}`);
    });

    it.each(WHO)('resource(slug) as %s', async (who) => {
      await as(who);
      const result = await api.gql<{ resource: { viewerCanEdit: boolean } }>(
        `query($slug: String!) { resource(slug: $slug) { slug viewerCanEdit } }`,
        { slug },
      );
      expect(outcome(result)).toBe(VIEW[who][visibility]);
      // The page offers « Modifier » exactly to those the API lets edit.
      if (result.data) expect(result.data.resource.viewerCanEdit).toBe(EDIT[who][visibility] === 'ok');
    });

    describe('its files', () => {
      let attached: string;
      let removed: string;
      beforeAll(async () => {
        await as('contributor');
        attached = await uploadedFileId(api, 'guide.pdf', sampleFiles.pdf());
        removed = await uploadedFileId(api, 'ancien.pdf', sampleFiles.pdf());
        const target = await resourceOf(visibility, 'Pièces jointes de la matrice', [attached, removed]);
        // The second file is taken off: it stays in the resource's history, seen by the same people.
        await api.gql(
          `mutation($slug: String!, $input: ResourceInput!) { updateResource(slug: $slug, input: $input) { slug } }`,
          {
            slug: target,
            input: { ...input(visibility, ''), title: 'Pièces jointes de la matrice', files: [{ id: attached }] },
          },
        );
        await withThumbnail(attached);
      });

      it.each(WHO)('download, thumbnail and a file taken off as %s', async (who) => {
        await as(who);
        const status = VIEW[who][visibility] === 'ok' ? 200 : 404;
        expect((await rest(api, 'GET', `/fichiers/${attached}/guide.pdf`)).status).toBe(status);
        expect((await rest(api, 'GET', `/fichiers/${attached}/vignette.webp`)).status).toBe(status);
        expect((await rest(api, 'GET', `/fichiers/${removed}/ancien.pdf`)).status).toBe(status);
      });
    });

    it.each(WHO)('search hits, totals and facet counts as %s', async (who) => {
      await as(who);
      const result = await api.gql<{
        search: {
          total: number;
          hits: { resource: { slug: string } }[];
          facets: { tags: { value: string; count: number }[] };
        };
      }>(
        `{ search(input: { q: "${CODEWORD[visibility]}" }) { total hits { resource { slug } } facets { tags { value count } } } }`,
      );
      const visible = VIEW[who][visibility] === 'ok';
      expect(result.data!.search.hits.some((hit) => hit.resource.slug === slug)).toBe(visible);
      expect(result.data!.search.total).toBe(visible ? 1 : 0);
      expect(result.data!.search.facets.tags.some((tag) => tag.value === `matrice-${visibility}`)).toBe(visible);
      const quick = await api.gql<{ quickSearch: { hits: { slug: string }[] } }>(
        `{ quickSearch(q: "${CODEWORD[visibility]}") { hits { slug } } }`,
      );
      expect(quick.data!.quickSearch.hits.some((hit) => hit.slug === slug)).toBe(visible);
    });

    it.each(WHO)('updateResource as %s', async (who) => {
      const target = await resourceOf(visibility, `Matrice ${visibility} modifiable ${who}`);
      await as(who);
      const result = await api.gql(
        `mutation($slug: String!, $input: ResourceInput!) { updateResource(slug: $slug, input: $input) { slug } }`,
        {
          slug: target,
          input: input(visibility, `Matrice ${visibility} modifiable ${who}`),
        },
      );
      expect(outcome(result)).toBe(EDIT[who][visibility]);
    });

    it.each(WHO)('deleteResource as %s', async (who) => {
      const target = await resourceOf(visibility, `Matrice ${visibility} supprimable ${who}`);
      await as(who);
      const result = await api.gql(`mutation($slug: String!) { deleteResource(slug: $slug) }`, { slug: target });
      expect(outcome(result)).toBe(EDIT[who][visibility]);
      // Deleting moves it to the bin (decision 0019): no longer live, its row kept for curators to restore.
      const [{ live, binned }] = await api.dataSource.query(
        `SELECT count(*) FILTER (WHERE deleted_at IS NULL)::int AS live, count(*) FILTER (WHERE deleted_at IS NOT NULL)::int AS binned
           FROM resources WHERE slug = $1`,
        [target],
      );
      expect({ live, binned }).toEqual(
        EDIT[who][visibility] === 'ok' ? { live: 0, binned: 1 } : { live: 1, binned: 0 },
      );
    });
  });

  describe.each(VISIBILITIES)('a %s resource in the bin', (visibility) => {
    let slug: string;
    let file: string;
    beforeAll(async () => {
      await as('contributor');
      file = await uploadedFileId(api, 'corbeille.pdf', sampleFiles.pdf());
      slug = await resourceOf(visibility, `Corbeille ${visibility}`, [file]);
      await api.gql(`mutation($slug: String!) { deleteResource(slug: $slug) }`, { slug });
      await api.drain();
    });

    // Nobody sees it, curators included: they find it in the bin only.
    it.each(WHO)('resource(slug) and its history as %s: NOT_FOUND', async (who) => {
      await as(who);
      const result = await api.gql(`query($slug: String!) { resource(slug: $slug) { slug history { version } } }`, {
        slug,
      });
      expect(outcome(result)).toBe('NOT_FOUND');
    });

    it.each(WHO)('its file as %s: 404', async (who) => {
      await as(who);
      expect((await rest(api, 'GET', `/fichiers/${file}/corbeille.pdf`)).status).toBe(404);
    });

    it.each(WHO)('search as %s: not found, not counted', async (who) => {
      await as(who);
      const result = await api.gql<{ search: { hits: { resource: { slug: string } }[] } }>(
        `{ search(input: { q: "${CODEWORD[visibility]}" }) { hits { resource { slug } } } }`,
      );
      expect(result.data!.search.hits.some((hit) => hit.resource.slug === slug)).toBe(false);
    });

    it.each(WHO)('updateResource, deleteResource and restoreResourceVersion as %s', async (who) => {
      await as(who);
      const expected = who === 'visitor' ? 'UNAUTHENTICATED' : 'NOT_FOUND';
      const update = await api.gql(
        `mutation($slug: String!, $input: ResourceInput!) { updateResource(slug: $slug, input: $input) { slug } }`,
        { slug, input: input(visibility, `Corbeille ${visibility}`) },
      );
      expect(outcome(update)).toBe(expected);
      expect(outcome(await api.gql(`mutation($slug: String!) { deleteResource(slug: $slug) }`, { slug }))).toBe(
        expected,
      );
      const restoreVersion = await api.gql(
        `mutation($slug: String!) { restoreResourceVersion(slug: $slug, version: 1) { slug } }`,
        { slug },
      );
      expect(outcome(restoreVersion)).toBe(expected);
    });

    it.each(WHO)('resourceBin as %s', async (who) => {
      await as(who);
      const result = await api.gql<{ resourceBin: { items: { slug: string }[] } }>(
        `{ resourceBin { items { slug } } }`,
      );
      const expected: Outcome =
        who === 'visitor' ? 'UNAUTHENTICATED' : who === 'coordinator' || who === 'admin' ? 'ok' : 'FORBIDDEN';
      expect(outcome(result)).toBe(expected);
      if (result.data) expect(result.data.resourceBin.items.some((item) => item.slug === slug)).toBe(true);
    });
  });

  describe('a file uploaded but not attached yet', () => {
    let file: string;
    beforeAll(async () => {
      await as('contributor');
      file = await uploadedFileId(api, 'brouillon.pdf', sampleFiles.pdf());
    });

    it.each(WHO)('download as %s: its uploader only', async (who) => {
      await as(who);
      const status = who === 'contributor' ? 200 : 404;
      expect((await rest(api, 'GET', `/fichiers/${file}/brouillon.pdf`)).status).toBe(status);
    });
  });

  /** Gives a file a thumbnail, as the extraction job would. */
  async function withThumbnail(fileId: string): Promise<void> {
    const storage = api.app.get<FileStorage>(FILE_STORAGE);
    await storage.put(fileKeys.thumbnail(fileId), Buffer.from('RIFF\0\0\0\0WEBPVP8 '), 'image/webp');
    await api.dataSource.query(`UPDATE resource_files SET thumbnail_key = $2 WHERE id = $1`, [
      fileId,
      fileKeys.thumbnail(fileId),
    ]);
  }

  it('a visitor cannot share a resource; a member can, and becomes its contributor', async () => {
    await as('visitor');
    const refused = await api.gql(`mutation($input: ResourceInput!) { createResource(input: $input) { slug } }`, {
      input: input('public', 'Anonyme'),
    });
    expect(outcome(refused)).toBe('UNAUTHENTICATED');
    await as('member-other-org');
    const created = await api.gql<{ createResource: { contributor: { slug: string } } }>(
      `mutation($input: ResourceInput!) { createResource(input: $input) { contributor { slug } } }`,
      { input: input('network', 'Partage de Léa') },
    );
    expect(created.data!.createResource.contributor.slug).toBe('lea-girard');
  });

  /**
   * The directory (issue 14): members see every organisation and person; visitors see organisations and the people
   * who chose public (Claire Mounier in the demo; Léa Girard chose members only); archived organisations are hidden
   * from everyone but admins; no email ever leaves the directory.
   */
  describe('the directory', () => {
    type DirectoryWho = 'visitor' | 'member-other-org' | 'admin';
    const SEES: Record<DirectoryWho, { publicPerson: boolean; membersOnlyPerson: boolean; archived: boolean }> = {
      visitor: { publicPerson: true, membersOnlyPerson: false, archived: false },
      'member-other-org': { publicPerson: true, membersOnlyPerson: true, archived: false },
      admin: { publicPerson: true, membersOnlyPerson: true, archived: true },
    };
    const DIRECTORY_WHO = Object.keys(SEES) as DirectoryWho[];

    beforeAll(async () => {
      await as('admin');
      const created = await api.gql<{ createOrganisation: { slug: string } }>(
        `mutation { createOrganisation(input: { name: "Ludothèque archivée", kind: "association", city: "Chambéry" }) { slug } }`,
      );
      await api.gql(
        `mutation { setOrganisationArchived(slug: "${created.data!.createOrganisation.slug}", archived: true) { slug } }`,
      );
      await api.drain();
    });

    const directory = async (q: string) =>
      (
        await api.gql<{ directory: { hits: { slug: string; type: string; archived: boolean }[] } }>(
          `query($q: String!) { directory(input: { q: $q }) { hits { slug type archived } } }`,
          { q },
        )
      ).data!.directory.hits.map((hit) => hit.slug);

    it.each(DIRECTORY_WHO)('directory search as %s: organisations, and people as their choice allows', async (who) => {
      await as(who);
      expect(await directory('Mediatheque')).toContain('mediatheque-chambery');
      expect((await directory('Claire Mounier')).includes('claire-mounier')).toBe(SEES[who].publicPerson);
      expect((await directory('Léa Girard')).includes('lea-girard')).toBe(SEES[who].membersOnlyPerson);
      expect((await directory('Ludothèque archivée')).includes('ludotheque-archivee')).toBe(SEES[who].archived);
    });

    it.each(DIRECTORY_WHO)('« Contacter » as %s: members write to a person, visitors cannot', async (who) => {
      await as(who);
      const sent = await api.gql(
        `mutation { contactMember(input: { memberSlug: "claire-mounier", message: "Bonjour" }) }`,
      );
      expect(outcome(sent)).toBe(who === 'visitor' ? 'UNAUTHENTICATED' : 'ok');
    });

    it.each(DIRECTORY_WHO)('person and organisation pages as %s', async (who) => {
      await as(who);
      const profile = async (slug: string) =>
        outcome(await api.gql(`query($slug: String!) { memberProfile(slug: $slug) { member { slug } } }`, { slug }));
      expect(await profile('claire-mounier')).toBe(SEES[who].publicPerson ? 'ok' : 'NOT_FOUND');
      expect(await profile('lea-girard')).toBe(SEES[who].membersOnlyPerson ? 'ok' : 'NOT_FOUND');
      const page = async (slug: string) =>
        api.gql<{ organisationPage: { members: { slug: string }[] } }>(
          `query($slug: String!) { organisationPage(slug: $slug) { members { slug } } }`,
          { slug },
        );
      expect(outcome(await page('ludotheque-archivee'))).toBe(SEES[who].archived ? 'ok' : 'NOT_FOUND');
      // The Cognin workshop's only member chose « members only »: visitors see the organisation without her.
      const cognin = await page('atelier-numerique-cognin');
      expect(cognin.data!.organisationPage.members.some((m) => m.slug === 'lea-girard')).toBe(
        SEES[who].membersOnlyPerson,
      );
    });

    it.each(DIRECTORY_WHO)('no email in what the directory answers as %s', async (who) => {
      await as(who);
      const response = await api.gql(
        `{ directory(input: { q: "" }) { hits { slug name function organisationName } }
           organisationPage(slug: "sij-chambery") { members { slug name title } debriefs { author { slug name } } } }`,
      );
      expect(response.errors).toBeUndefined();
      expect(JSON.stringify(response.data)).not.toMatch(/@example\.org/);
    });

    it('the directory index itself holds no email', async () => {
      const meili = api.app.get<Meilisearch>(MEILI_CLIENT);
      const uid = api.app.get(SearchIndexRegistry).uid('directory');
      const documents = await meili.index(uid).getDocuments({ limit: 1000 });
      expect(documents.results.length).toBeGreaterThan(10);
      expect(JSON.stringify(documents.results)).not.toMatch(/@/);
    });

    it.each(['visitor', 'member-other-org', 'coordinator'] as const)(
      'creating, archiving and merging organisations as %s is refused',
      async (who) => {
        await as(who);
        const expected = who === 'visitor' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
        expect(
          outcome(await api.gql(`mutation { createOrganisation(input: { name: "X", kind: "autre" }) { slug } }`)),
        ).toBe(expected);
        expect(
          outcome(await api.gql(`mutation { setOrganisationArchived(slug: "crefe", archived: true) { slug } }`)),
        ).toBe(expected);
        expect(
          outcome(
            await api.gql(`mutation { mergeOrganisations(keepSlug: "crefe", mergeSlug: "sij-chambery") { slug } }`),
          ),
        ).toBe(expected);
      },
    );
  });

  /**
   * Members administration (issue 14): only admins list, resend and revoke invitations and deactivate or reactivate
   * members; the welcome step is for the signed-in person only. Refusals come before any lookup (unknown ids).
   */
  describe('members administration', () => {
    type AdminWho = 'visitor' | 'member-other-org' | 'coordinator' | 'admin';
    const ADMIN_ONLY: Record<AdminWho, Outcome> = {
      visitor: 'UNAUTHENTICATED',
      'member-other-org': 'FORBIDDEN',
      coordinator: 'FORBIDDEN',
      admin: 'ok',
    };
    const UNKNOWN = '00000000-0000-4000-8000-000000000000';

    it.each(Object.keys(ADMIN_ONLY) as AdminWho[])('invitations and deactivation as %s', async (who) => {
      await as(who);
      const expected = ADMIN_ONLY[who];
      expect(outcome(await api.gql(`{ pendingInvitations { id } }`))).toBe(expected);
      // An admin gets past the rule and finds nothing to act on.
      const onUnknown = expected === 'ok' ? 'NOT_FOUND' : expected;
      expect(outcome(await api.gql(`mutation { resendInvitation(id: "${UNKNOWN}") { id } }`))).toBe(onUnknown);
      expect(outcome(await api.gql(`mutation { revokeInvitation(id: "${UNKNOWN}") }`))).toBe(onUnknown);
      expect(outcome(await api.gql(`mutation { deactivateMember(memberSlug: "personne-inconnue") { slug } }`))).toBe(
        onUnknown,
      );
      expect(outcome(await api.gql(`mutation { reactivateMember(memberSlug: "personne-inconnue") { slug } }`))).toBe(
        onUnknown,
      );
    });

    it.each(['visitor', 'member-other-org', 'admin'] as const)('the welcome step as %s', async (who) => {
      await as(who);
      const result = await api.gql(
        `mutation { completeWelcome(input: { expertiseThemeSlugs: [], followThemeSlugs: [] }) { slug } }`,
      );
      expect(outcome(result)).toBe(who === 'visitor' ? 'UNAUTHENTICATED' : 'ok');
    });
  });
});
