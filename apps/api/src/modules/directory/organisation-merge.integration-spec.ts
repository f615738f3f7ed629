import { TestApi, startTestApi } from '../../../test/api-harness';
import { idOf, makeDebrief, makeEvent, makeMember, makeOrganisation, makeResource } from '../../../test/factories';
import { MERGE_STATEMENTS } from './organisation-merge-rows';

/** Merging two organisations: everything of the merged one moves to the kept one, in one audited transaction. */
describe('Merging organisations', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    await api.seedDemo();
    await api.drain();
  });
  afterAll(() => api.close());

  it('knows every table that points at an organisation (a new one fails here until the merge moves its rows)', async () => {
    const rows: { table: string }[] = await api.dataSource.query(
      `SELECT DISTINCT conrelid::regclass::text AS table FROM pg_constraint
       WHERE contype = 'f' AND confrelid = 'organisations'::regclass ORDER BY 1`,
    );
    expect(rows.map((row) => row.table).sort()).toEqual(Object.keys(MERGE_STATEMENTS).sort());
  });

  it('moves members, resources, debriefs, events, invitations, audiences and follows to the kept one, then deletes it', async () => {
    const kept = await makeOrganisation(api, { name: 'Médiathèque Jean-Jaurès' });
    const merged = await makeOrganisation(api, { name: 'Mediatheque J. Jaures (doublon)', city: 'Chambéry' });
    const member = await makeMember(api, { organisationId: merged.id });
    const resource = await makeResource(api, { type: 'outil', visibility: 'public', contributor: { id: member.id } });
    await api.dataSource.query(`UPDATE resources SET organisation_id = $1 WHERE id = $2`, [merged.id, resource.id]);
    await makeDebrief(api, { resourceId: resource.id, authorId: member.id, participants: 9 });
    const both = await makeEvent(api, {
      startsAt: new Date('2026-10-01T08:00:00Z'),
      organisationIds: [kept.id, merged.id],
    });
    const onlyMerged = await makeEvent(api, {
      startsAt: new Date('2026-10-02T08:00:00Z'),
      organisationIds: [merged.id],
    });
    await api.dataSource.query(
      `INSERT INTO organisation_audiences (organisation_id, audience_slug) VALUES ($1, 'parents'), ($2, 'parents'), ($2, 'enfants')`,
      [kept.id, merged.id],
    );
    const follower = await idOf(api, 'members', 'yanis-benali');
    await api.dataSource.query(`INSERT INTO follows (member_id, kind, target_id) VALUES ($1, 'organisation', $2)`, [
      follower,
      merged.id,
    ]);
    await api.dataSource.query(
      `INSERT INTO invitations (email, name, role, organisation_id, token_hash, invited_by, expires_at)
       VALUES ('nouvelle@example.org', 'Nouvelle', 'member', $1, repeat('a', 64), $2, now() + interval '7 days')`,
      [merged.id, follower],
    );
    await api.drain();

    await api.signIn('admin@example.org');
    const result = await api.gql<{ mergeOrganisations: { slug: string; city: string | null; memberCount: number } }>(
      `mutation($keep: String!, $merge: String!) { mergeOrganisations(keepSlug: $keep, mergeSlug: $merge) { slug city memberCount } }`,
      { keep: kept.slug, merge: merged.slug },
    );
    expect(result.errors).toBeUndefined();
    // The kept one keeps its own fields and takes the merged one's where it had none.
    expect(result.data!.mergeOrganisations).toEqual({ slug: kept.slug, city: 'Chambéry', memberCount: 1 });

    const q = (sql: string, params: unknown[] = [kept.id]) => api.dataSource.query(sql, params);
    expect(await q(`SELECT id FROM organisations WHERE id = $1`, [merged.id])).toEqual([]);
    expect(await q(`SELECT slug FROM members WHERE organisation_id = $1`)).toEqual([{ slug: member.slug }]);
    expect(await q(`SELECT slug FROM resources WHERE organisation_id = $1`)).toEqual([{ slug: resource.slug }]);
    expect(
      (await q(`SELECT event_id FROM event_organisers WHERE organisation_id = $1 ORDER BY event_id`))
        .map((r: { event_id: string }) => r.event_id)
        .sort(),
    ).toEqual([both.id, onlyMerged.id].sort());
    expect(
      (await q(`SELECT audience_slug FROM organisation_audiences WHERE organisation_id = $1 ORDER BY 1`)).map(
        (r: { audience_slug: string }) => r.audience_slug,
      ),
    ).toEqual(['enfants', 'parents']);
    expect(await q(`SELECT member_id FROM follows WHERE kind = 'organisation' AND target_id = $1`)).toEqual([
      { member_id: follower },
    ]);
    expect(await q(`SELECT email FROM invitations WHERE organisation_id = $1`)).toEqual([
      { email: 'nouvelle@example.org' },
    ]);

    // The organisation page now shows the debrief written by the moved member.
    const page = await api.gql<{ organisationPage: { participantsReached: number } }>(
      `query($slug: String!) { organisationPage(slug: $slug) { participantsReached } }`,
      { slug: kept.slug },
    );
    expect(page.data!.organisationPage.participantsReached).toBe(9);

    const [audit] = await q(
      `SELECT subject, details FROM audit_log WHERE action = 'organisation.merged' ORDER BY id DESC LIMIT 1`,
      [],
    );
    expect(audit).toEqual({
      subject: kept.slug,
      details: { merged: `${merged.name} (${merged.slug})`, members: 1, resources: 1, events: 2, follows: 1 },
    });

    // The search indexes follow: the merged one is gone, the person now belongs to the kept one.
    await api.drain();
    const found = await api.gql<{ directory: { hits: { slug: string; organisationSlug: string | null }[] } }>(
      `query($q: String!) { directory(input: { q: $q }) { hits { slug organisationSlug } } }`,
      { q: member.name },
    );
    expect(found.data!.directory.hits).toContainEqual({ slug: member.slug, organisationSlug: kept.slug });
    expect(await api.checkDrift('directory')).toMatchObject({ missing: [], extra: [], stale: [] });
    expect(await api.checkDrift('organisations')).toMatchObject({ missing: [], extra: [], stale: [] });
  });

  it('refuses to merge an organisation into itself or into an unknown one, naming the field', async () => {
    await api.signIn('admin@example.org');
    const self = await api.gql(`mutation { mergeOrganisations(keepSlug: "crefe", mergeSlug: "crefe") { slug } }`);
    expect(self.errors![0].message).toBe('Structure à fusionner : choisissez une valeur différente de « crefe ».');
    const unknown = await api.gql(
      `mutation { mergeOrganisations(keepSlug: "crefe", mergeSlug: "nulle-part") { slug } }`,
    );
    expect(unknown.errors![0].message).toBe('Structure à fusionner : valeur inconnue : nulle-part.');
    expect(await api.dataSource.query(`SELECT slug FROM organisations WHERE slug = 'crefe'`)).toHaveLength(1);
  });

  it('a merge that fails half-way leaves both organisations as they were (one transaction)', async () => {
    const kept = await makeOrganisation(api);
    const merged = await makeOrganisation(api);
    const member = await makeMember(api, { organisationId: merged.id });
    // A trigger makes the final delete fail, after the members have moved.
    await api.dataSource.query(`
      CREATE FUNCTION refuse_delete() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refusé'; END $$ LANGUAGE plpgsql;
      CREATE TRIGGER refuse_delete BEFORE DELETE ON organisations FOR EACH ROW EXECUTE FUNCTION refuse_delete();`);
    try {
      await api.signIn('admin@example.org');
      const result = await api.gql(
        `mutation($keep: String!, $merge: String!) { mergeOrganisations(keepSlug: $keep, mergeSlug: $merge) { slug } }`,
        { keep: kept.slug, merge: merged.slug },
      );
      expect(result.errors).toBeDefined();
    } finally {
      await api.dataSource.query(`DROP TRIGGER refuse_delete ON organisations; DROP FUNCTION refuse_delete();`);
    }
    expect(await api.dataSource.query(`SELECT organisation_id FROM members WHERE id = $1`, [member.id])).toEqual([
      { organisation_id: merged.id },
    ]);
    expect(
      await api.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'organisation.merged' AND subject = $1`,
        [kept.slug],
      ),
    ).toEqual([{ n: 0 }]);
  });
});
