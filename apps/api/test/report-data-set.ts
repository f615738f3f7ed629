import type { TestApi } from './api-harness';
import {
  makeComment,
  makeDebrief,
  makeEvent,
  makeMember,
  makeOrganisation,
  makeReadingList,
  makeResource,
  type MadeMember,
} from './factories';

/**
 * A known network for the activity report's exact figures (report.integration-spec.ts), in a database of its own:
 * the period is the first quarter of 2026 (90 days), the previous one 3 October – 31 December 2025. The comments say
 * what counts; what must not count (a draft tool, a private list, a deleted comment, days outside) is there too.
 */
export const REPORT_PERIOD = { from: '2026-01-01', to: '2026-03-31' };
export const REPORT_NOW = '2026-06-15T10:00:00Z';

const at = (day: string, time = '12:00:00') => new Date(`${day}T${time}+01:00`);

export interface ReportDataSet {
  coordinator: MadeMember;
  admin: MadeMember;
  member: MadeMember;
  tilleuls: { slug: string; name: string };
  parc: { slug: string; name: string };
  tools: { t1: { slug: string; title: string }; t2: { slug: string; title: string } };
  reading: { slug: string; title: string };
  kits: { robots: string; casques: string };
}

export async function makeReportDataSet(api: TestApi): Promise<ReportDataSet> {
  const sql = (text: string, params: unknown[] = []) => api.dataSource.query(text, params);
  await sql(`INSERT INTO themes (slug, label) VALUES ('jeux-video', 'Jeux vidéo'), ('information', 'Information')`);

  // Organisations: Tilleuls (priority neighbourhood) since 2025, Parc new in the previous period, Ancienne archived.
  const tilleuls = await makeOrganisation(api, { name: 'Centre social des Tilleuls' });
  const parc = await makeOrganisation(api, { name: 'Médiathèque du Parc' });
  const ancienne = await makeOrganisation(api, { name: 'Ancienne structure' });
  await sql(`UPDATE organisations SET created_at = $2, priority_neighbourhood = true WHERE id = $1`, [
    tilleuls.id,
    at('2025-01-01'),
  ]);
  await sql(`UPDATE organisations SET created_at = $2 WHERE id = $1`, [parc.id, at('2025-11-15')]);
  await sql(`UPDATE organisations SET created_at = $2, archived_at = $3 WHERE id = $1`, [
    ancienne.id,
    at('2025-01-01'),
    at('2026-02-01'),
  ]);

  // Members: five before the period (one joined in the previous one), one new in it.
  const coordinator = await makeMember(api, { role: 'coordinator', organisationId: tilleuls.id });
  const admin = await makeMember(api, { role: 'admin' });
  const member = await makeMember(api, {});
  const anna = await makeMember(api, { organisationId: tilleuls.id, name: 'Anna Animatrice' });
  const bruno = await makeMember(api, { organisationId: parc.id, name: 'Bruno Bibliothécaire' });
  const chloe = await makeMember(api, { organisationId: parc.id });
  for (const someone of [coordinator, admin, member, anna])
    await sql(`UPDATE members SET created_at = $2 WHERE id = $1`, [someone.id, at('2025-06-01')]);
  await sql(`UPDATE members SET created_at = $2 WHERE id = $1`, [bruno.id, at('2025-11-15')]);
  await sql(`UPDATE members SET created_at = $2 WHERE id = $1`, [chloe.id, at('2026-02-01')]);

  // Resources: T1 (network, current), T2 (public, previous), a draft tool, R3 (public reading, current).
  const t1 = await makeResource(api, {
    type: 'outil',
    title: 'Le jeu des écrans',
    contributor: anna,
    themes: ['jeux-video'],
    createdAt: at('2026-01-10'),
  });
  const t2 = await makeResource(api, {
    type: 'outil',
    title: 'Info ou intox',
    visibility: 'public',
    contributor: bruno,
    themes: ['information', 'jeux-video'],
    createdAt: at('2025-11-20'),
  });
  const draft = await makeResource(api, {
    type: 'outil',
    title: 'Brouillon d’outil',
    visibility: 'draft',
    contributor: anna,
    createdAt: at('2026-01-15'),
  });
  const reading = await makeResource(api, {
    type: 'lecture',
    title: 'Guide des parents',
    visibility: 'public',
    contributor: bruno,
    themes: ['information'],
    audiences: ['parents'],
    createdAt: at('2026-02-10'),
  });

  const debrief = async (
    resourceId: string,
    author: MadeMember,
    day: string,
    participants: number,
    rating: number,
    ageBand: string | null,
    parentsPresent: boolean,
  ) => {
    const { id } = await makeDebrief(api, {
      resourceId,
      authorId: author.id,
      date: day,
      participants,
      rating,
      createdAt: at(day),
    });
    await sql(`UPDATE debriefs SET age_band = $2, parents_present = $3 WHERE id = $1`, [id, ageBand, parentsPresent]);
  };
  // Current period: 4 debriefs, 44 participants, 2 with parents, ratings 5 4 3 4.
  await debrief(t1.id, anna, '2026-01-12', 10, 5, '8-11 ans', true);
  await debrief(t1.id, anna, '2026-02-03', 12, 4, '8-11 ans ', false);
  await debrief(t1.id, bruno, '2026-02-20', 2, 3, '12-15 ans', false);
  await debrief(t2.id, bruno, '2026-03-05', 20, 4, null, true);
  await debrief(draft.id, anna, '2026-02-01', 50, 1, '8-11 ans', true); // on a draft: never counts
  await debrief(t1.id, anna, '2026-04-10', 30, 5, '8-11 ans', true); // after the period
  // Previous period: 2 debriefs, 14 participants, 1 with parents, ratings 2 4.
  await debrief(t2.id, anna, '2025-11-25', 8, 2, '8-11 ans', true);
  await debrief(t2.id, bruno, '2025-12-10', 6, 4, '12-15 ans', false);

  // Lists: one for the network, one private (never counts).
  const list = await makeReadingList(api, { curatorId: coordinator.id, resourceIds: [t1.id, reading.id] });
  const privateList = await makeReadingList(api, { curatorId: bruno.id, visibility: 'draft', resourceIds: [t2.id] });

  // Comments: current 2 (T1, the network list); the draft's, a deleted one and the private list's do not count.
  await makeComment(api, { authorId: bruno.id, resourceId: t1.id, createdAt: at('2026-02-01') });
  await makeComment(api, { authorId: anna.id, resourceId: draft.id, createdAt: at('2026-02-01') });
  const deleted = await makeComment(api, { authorId: anna.id, resourceId: t1.id, createdAt: at('2026-02-02') });
  await sql(`UPDATE comments SET deleted_at = $2 WHERE id = $1`, [deleted.id, at('2026-02-03')]);
  await makeComment(api, { authorId: bruno.id, readingListId: privateList.id, createdAt: at('2026-02-05') });
  await makeComment(api, { authorId: anna.id, readingListId: list.id, createdAt: at('2026-03-01') });
  await makeComment(api, { authorId: bruno.id, resourceId: t2.id, createdAt: at('2025-12-01') }); // previous: 1

  // Reactions: 1 in the current period (the draft's does not count); bookmarks: 3 (T1 twice, R3 once).
  await sql(
    `INSERT INTO reactions (resource_id, member_id, kind, created_at) VALUES ($1, $2, 'useful', $3), ($4, $5, 'tested', $3)`,
    [reading.id, anna.id, at('2026-02-15'), draft.id, bruno.id],
  );
  await sql(
    `INSERT INTO bookmarks (member_id, resource_id, created_at) VALUES ($1, $2, $3), ($4, $2, $5), ($6, $7, $8)`,
    [anna.id, t1.id, at('2026-01-20'), bruno.id, at('2026-03-01'), coordinator.id, reading.id, at('2026-03-02')],
  );

  // Views: current 11 (T1 5 + 2, R3 4); the draft's 100 and days outside do not count; previous 3.
  await sql(
    `INSERT INTO resource_daily_views (resource_id, day, views) VALUES
       ($1, '2026-01-15', 5), ($1, '2026-03-31', 2), ($2, '2026-02-01', 4), ($3, '2026-02-01', 100),
       ($4, '2025-12-31', 3), ($1, '2026-04-01', 9)`,
    [t1.id, reading.id, draft.id, t2.id],
  );

  // Events: one in the period (2 yes, 1 no; the network list of 2 items, read 3 times of 4; the private list ignored),
  // one in the previous period (1 yes, no list).
  const meeting = await makeEvent(api, { startsAt: at('2026-02-15', '18:00:00'), organisationIds: [tilleuls.id] });
  const before = await makeEvent(api, { startsAt: at('2025-12-05', '18:00:00'), organisationIds: [parc.id] });
  await sql(
    `INSERT INTO event_rsvps (event_id, member_id, answer, updated_at) VALUES
       ($1, $2, 'yes', $5), ($1, $3, 'yes', $5), ($1, $4, 'no', $5), ($6, $2, 'yes', $7)`,
    [meeting.id, anna.id, bruno.id, coordinator.id, at('2026-02-10'), before.id, at('2025-12-01')],
  );
  await sql(`INSERT INTO event_reading_lists (event_id, list_id) VALUES ($1, $2), ($1, $3)`, [
    meeting.id,
    list.id,
    privateList.id,
  ]);
  await sql(
    `INSERT INTO reading_progress (item_id, member_id, read_at)
     SELECT i.id, m.id, $4 FROM reading_list_items i, members m
      WHERE (i.list_id = $1 AND m.id = $2) OR (i.list_id = $1 AND i.resource_id = $5 AND m.id = $3)
         OR (i.list_id = $6 AND m.id = $3)`,
    [list.id, anna.id, bruno.id, at('2026-02-10'), t1.id, privateList.id],
  );

  // Kits: robots (Parc's, serves T1), VR headsets (Tilleuls', serves T2, archived since: still counts).
  const kit = async (slug: string, name: string, ownerId: string, toolId: string, archivedAt: Date | null) => {
    const [{ id }] = await sql(
      `INSERT INTO kits (organisation_id, slug, name, archived_at) VALUES ($1, $2, $3, $4) RETURNING id`,
      [ownerId, slug, name, archivedAt],
    );
    await sql(`INSERT INTO kit_resources (kit_id, resource_id) VALUES ($1, $2)`, [id, toolId]);
    return id as string;
  };
  const robots = await kit('malle-robots', 'Malle robots', parc.id, t1.id, null);
  const casques = await kit('casques-vr', 'Casques VR', tilleuls.id, t2.id, at('2026-03-15'));
  // Loans: [first day, day after the last). Current 3 loans, 10 + 7 + 3 = 20 days; previous 2 loans, 4 + 7 = 11 days.
  const loan = async (kitId: string, borrower: MadeMember, status: string, from: string, until: string) =>
    sql(
      `INSERT INTO kit_loans (kit_id, requester_id, organisation_id, purpose, period, status)
       SELECT $1, m.id, m.organisation_id, 'Atelier', daterange($3::date, $4::date), $5 FROM members m WHERE m.id = $2`,
      [kitId, borrower.id, from, until, status],
    );
  await loan(robots, anna, 'returned', '2026-01-10', '2026-01-20'); // current, 10 days
  await loan(robots, anna, 'handed_over', '2026-03-25', '2026-04-05'); // across the end: 7 days (25–31 March)
  await loan(robots, bruno, 'refused', '2026-02-01', '2026-02-10'); // never counts
  await loan(robots, bruno, 'requested', '2026-02-15', '2026-02-20'); // never counts
  await loan(casques, bruno, 'cancelled', '2026-02-01', '2026-02-05'); // never counts
  await loan(casques, bruno, 'returned', '2025-12-28', '2026-01-04'); // across the start: previous 4, current 3
  await loan(casques, anna, 'returned', '2025-11-01', '2025-11-08'); // previous, 7 days

  return {
    coordinator,
    admin,
    member,
    tilleuls,
    parc,
    tools: { t1, t2 },
    reading,
    kits: { robots: 'malle-robots', casques: 'casques-vr' },
  };
}

/** The report's fields a test reads. */
export const REPORT_FIELDS = `
  period { from to } previousPeriod { from to } shared
  figures { id section value previous changePercent }
  tables { id section columns rows { key label resourceSlug values previous suppressed previousSuppressed } }`;

export interface ReportAnswer {
  period: { from: string; to: string };
  previousPeriod: { from: string; to: string };
  shared: boolean;
  figures: {
    id: string;
    section: string;
    value: number | null;
    previous: number | null;
    changePercent: number | null;
  }[];
  tables: {
    id: string;
    section: string;
    columns: string[];
    rows: {
      key: string;
      label: string;
      resourceSlug: string | null;
      values: (number | null)[];
      previous: (number | null)[];
      suppressed: boolean[];
      previousSuppressed: boolean[];
    }[];
  }[];
}

/** Each figure as [value, previous, change]; each table's rows as [key, [value, previous] per column]. */
export function readReport(report: ReportAnswer) {
  const figures = Object.fromEntries(report.figures.map((f) => [f.id, [f.value, f.previous, f.changePercent]]));
  const tables = Object.fromEntries(
    report.tables.map((table) => [
      table.id,
      table.rows.map((row) => [row.key, ...row.values.map((value, i) => [value, row.previous[i]])]),
    ]),
  );
  return { figures, tables };
}
