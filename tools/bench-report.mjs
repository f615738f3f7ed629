// `node tools/bench-report.mjs [--resources 100000 --debriefs 20000 --events 2000 --runs 20] [--tiny]`: the activity
// report on this machine. Starts fresh PostgreSQL and Meilisearch, loads the demo library, then writes synthetic rows
// straight into PostgreSQL (the report reads only PostgreSQL): resources with themes and audiences, members and
// organisations, debriefs over two years, events with answers and reading lists, reads, views, bookmarks, reactions
// and comments. Measures the GraphQL `activityReport` end to end as a coordinator (the last 12 months, last year,
// an organisation filter) and a shared report by its link, then the PDF of the whole report (GET /rapport/export.pdf:
// the same computation, printed by the pooled Chromium at CHROMIUM_PATH). Build the API first (npx nx run api:build). Prints a table
// and writes its section of docs/benchmarks.md; `--tiny` only proves it runs to the end.
import {
  arg,
  createMember,
  machine,
  now,
  percentile,
  requireBuild,
  runCli,
  runMain,
  say,
  session,
  signIn,
  startApi,
  startServices,
  withClient,
  writeSection,
} from './bench-support.mjs';

const RESOURCES = arg('resources', 100_000, 500);
const DEBRIEFS = arg('debriefs', 20_000, 200);
const EVENTS = arg('events', 2_000, 20);
const RUNS = arg('runs', 20, 2);
// PDFs count against the per-address limit (60 in 10 minutes) and take seconds each: fewer runs.
const PDF_RUNS = Math.min(RUNS, 5);

const REPORT = `query($input: ActivityReportInput) { activityReport(input: $input) {
  figures { id value previous } tables { id rows { key values previous } } } }`;
const SHARED = `query($token: String!) { sharedActivityReport(token: $token) { figures { id value } tables { id rows { key values } } } }`;

/** Synthetic activity, in a few set-based statements (deterministic: `random()` seeded). */
async function loadSynthetic(env) {
  return withClient(env, async (client) => {
    const q = (sql, params) => client.query(sql, params);
    await q(`SELECT setseed(0.42)`);
    await q(`INSERT INTO organisations (slug, name, kind, priority_neighbourhood, created_at)
             SELECT 'structure-banc-' || i, 'Structure du banc ' || i, 'association', i % 4 = 0, now() - (i * 20) * interval '1 day'
               FROM generate_series(1, 60) i`);
    await q(`INSERT INTO members (slug, name, email, organisation_id, created_at)
             SELECT 'membre-banc-' || i, 'Membre du banc ' || i, 'membre-banc-' || i || '@example.org',
                    (SELECT id FROM organisations ORDER BY slug OFFSET (i % 60) LIMIT 1), now() - (i % 1000) * interval '1 day'
               FROM generate_series(1, 600) i`);
    await q(`CREATE TEMP TABLE bench_members AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM members`);
    const [{ n: memberCount }] = (await q(`SELECT count(*)::int AS n FROM bench_members`)).rows;
    await q(
      `INSERT INTO resources (slug, type, format, title, title_key, summary, visibility, contributor_id, created_at, updated_at)
       SELECT 'banc-' || i, (ARRAY['lecture', 'formation', 'outil'])[1 + i % 3], 'article', 'Ressource du banc ' || i,
              'ressource du banc ' || i, 'Une ressource synthétique.', (ARRAY['public', 'network', 'network', 'draft'])[1 + i % 4],
              (SELECT id FROM bench_members WHERE n = 1 + (i * 7) % $2), now() - (i % 1095) * interval '1 day', now()
         FROM generate_series(1, $1) i`,
      [RESOURCES, memberCount],
    );
    await q(`INSERT INTO resource_themes (resource_id, theme_id)
             SELECT r.id, t.id FROM resources r
               JOIN LATERAL (SELECT id FROM themes ORDER BY slug OFFSET (abs(hashtext(r.slug)) % (SELECT count(*) FROM themes)) LIMIT 1) t ON true
              WHERE r.slug LIKE 'banc-%' ON CONFLICT DO NOTHING`);
    await q(`INSERT INTO resource_audiences (resource_id, audience_slug)
             SELECT r.id, 'parents' FROM resources r WHERE r.slug LIKE 'banc-%' AND abs(hashtext(r.slug)) % 3 = 0`);
    await q(
      `CREATE TEMP TABLE bench_tools AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM resources WHERE type = 'outil'`,
    );
    const [{ n: toolCount }] = (await q(`SELECT count(*)::int AS n FROM bench_tools`)).rows;
    await q(
      `INSERT INTO debriefs (resource_id, author_id, workshop_date, context, age_band, participants, parents_present,
                             went_well, to_adjust, rating, created_at, updated_at)
       SELECT (SELECT id FROM bench_tools WHERE n = 1 + (i * 13) % $2), (SELECT id FROM bench_members WHERE n = 1 + (i * 11) % $3),
              current_date - (i % 730), 'Atelier', (ARRAY['3-6 ans', '6-11 ans', '11-15 ans', 'adultes', NULL])[1 + i % 5],
              5 + i % 20, i % 3 = 0, 'Bien.', 'Rien.', 1 + i % 5, now() - (i % 730) * interval '1 day', now()
         FROM generate_series(1, $1) i`,
      [DEBRIEFS, toolCount, memberCount],
    );
    await q(
      `INSERT INTO events (slug, kind, title, starts_at, ends_at, visibility)
       SELECT 'rencontre-banc-' || i, 'rencontre-reseau', 'Rencontre ' || i, now() - (i % 1095) * interval '1 day',
              now() - (i % 1095) * interval '1 day' + interval '2 hours', 'network'
         FROM generate_series(1, $1) i`,
      [EVENTS],
    );
    await q(`INSERT INTO event_organisers (event_id, organisation_id)
             SELECT e.id, (SELECT id FROM organisations ORDER BY slug OFFSET (abs(hashtext(e.slug)) % 60) LIMIT 1)
               FROM events e WHERE e.slug LIKE 'rencontre-banc-%' ON CONFLICT DO NOTHING`);
    await q(
      `INSERT INTO event_rsvps (event_id, member_id, answer, updated_at)
       SELECT e.id, m.id, (ARRAY['yes', 'yes', 'no', 'maybe'])[1 + (m.n + length(e.slug)) % 4], e.starts_at - interval '3 days'
         FROM events e JOIN bench_members m ON (m.n + abs(hashtext(e.slug))) % ($1::int / 10) = 0
        WHERE e.slug LIKE 'rencontre-banc-%' ON CONFLICT DO NOTHING`,
      [memberCount],
    );
    await q(
      `INSERT INTO reading_lists (slug, title, curator_id, visibility)
             SELECT 'liste-banc-' || i, 'Liste ' || i, (SELECT id FROM bench_members WHERE n = 1 + i), (ARRAY['network', 'draft'])[1 + i % 2]
               FROM generate_series(1, $1) i`,
      [Math.max(2, Math.round(EVENTS / 4))],
    );
    await q(
      `INSERT INTO reading_list_items (list_id, resource_id, title_snapshot, position)
             SELECT l.id, r.id, r.title, k FROM reading_lists l, LATERAL generate_series(1, 5) k
               JOIN LATERAL (SELECT id, title FROM resources OFFSET (abs(hashtext(l.slug)) + k * 97) % $1 LIMIT 1) r ON true
              WHERE l.slug LIKE 'liste-banc-%' ON CONFLICT DO NOTHING`,
      [RESOURCES],
    );
    await q(`INSERT INTO event_reading_lists (event_id, list_id)
             SELECT e.id, l.id FROM events e JOIN reading_lists l ON l.slug = 'liste-banc-' || (abs(hashtext(e.slug)) % (SELECT count(*) FROM reading_lists WHERE slug LIKE 'liste-banc-%') + 1)
              WHERE e.slug LIKE 'rencontre-banc-%' ON CONFLICT DO NOTHING`);
    await q(`INSERT INTO reading_progress (item_id, member_id, read_at)
             SELECT i.id, rs.member_id, e.starts_at - interval '1 day'
               FROM event_reading_lists erl JOIN events e ON e.id = erl.event_id
               JOIN event_rsvps rs ON rs.event_id = e.id AND rs.answer = 'yes'
               JOIN reading_list_items i ON i.list_id = erl.list_id
              WHERE abs(hashtext(i.id::text || rs.member_id::text)) % 2 = 0 ON CONFLICT DO NOTHING`);
    await q(
      `INSERT INTO resource_daily_views (resource_id, day, views)
       SELECT r.id, current_date - (abs(hashtext(r.slug || d)) % 365), 1 + d % 9
         FROM resources r, generate_series(1, 3) d WHERE r.slug LIKE 'banc-%' AND abs(hashtext(r.slug)) % 2 = 0
       ON CONFLICT DO NOTHING`,
    );
    for (const table of ['bookmarks', 'reactions']) {
      const kind = table === 'reactions' ? `, 'useful'` : '';
      await q(
        `INSERT INTO ${table} (member_id, resource_id${table === 'reactions' ? ', kind' : ''}, created_at)
         SELECT (SELECT id FROM bench_members WHERE n = 1 + (i * 17) % $2), r.id${kind}, now() - (i % 730) * interval '1 day'
           FROM generate_series(1, $1) i JOIN resources r ON r.slug = 'banc-' || (1 + (i * 31) % $3)
         ON CONFLICT DO NOTHING`,
        [DEBRIEFS, memberCount, RESOURCES],
      );
    }
    await q(
      `INSERT INTO comments (resource_id, author_id, markdown, html, created_at, updated_at)
       SELECT r.id, (SELECT id FROM bench_members WHERE n = 1 + (i * 19) % $2), 'Merci.', '<p>Merci.</p>',
              now() - (i % 730) * interval '1 day', now()
         FROM generate_series(1, $1) i JOIN resources r ON r.slug = 'banc-' || (1 + (i * 37) % $3)`,
      [Math.round(DEBRIEFS / 2), memberCount, RESOURCES],
    );
    await q(`ANALYZE`);
    const counts =
      await q(`SELECT (SELECT count(*) FROM resources)::int AS resources, (SELECT count(*) FROM debriefs)::int AS debriefs,
                                   (SELECT count(*) FROM events)::int AS events, (SELECT count(*) FROM members)::int AS members`);
    return counts.rows[0];
  });
}

async function measure(label, run, runs = RUNS) {
  await run(); // warm-up
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return { label, p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) };
}

async function main() {
  requireBuild();
  const stack = await startServices('report', { INDEXER_ENABLED: 'false' });
  let api;
  try {
    const { env } = stack;
    say('Demo library…');
    runCli(['seed'], env, { quiet: true });
    say(`Synthetic activity: ${RESOURCES} resources, ${DEBRIEFS} debriefs, ${EVENTS} events…`);
    const started = performance.now();
    const counts = await loadSynthetic(env);
    const loadSeconds = (performance.now() - started) / 1000;
    const coordinator = await createMember(env, { slug: 'coordination-banc', role: 'coordinator' });
    api = await startApi(env);
    const me = session(api.url, await signIn(api.url, coordinator));
    const year = new Date().getUTCFullYear() - 1;
    const { createReportShareLink } = await me.gql(
      `mutation($input: ReportShareLinkInput!) { createReportShareLink(input: $input) { token } }`,
      { input: { label: 'Banc', from: `${year}-01-01`, to: `${year}-12-31` } },
    );
    const organisation = 'structure-banc-4';
    const rows = [
      await measure('last 12 months (default)', () => me.gql(REPORT, {})),
      await measure(`last year (${year})`, () =>
        me.gql(REPORT, { input: { from: `${year}-01-01`, to: `${year}-12-31` } }),
      ),
      await measure('5 years', () => me.gql(REPORT, { input: { from: `${year - 3}-01-02`, to: `${year + 1}-12-31` } })),
      await measure('last year, one organisation + priority neighbourhood', () =>
        me.gql(REPORT, {
          input: {
            from: `${year}-01-01`,
            to: `${year}-12-31`,
            filters: { organisationSlug: organisation, priorityNeighbourhood: true },
          },
        }),
      ),
      await measure('shared link (last year, suppression)', () =>
        session(api.url, '').gql(SHARED, { token: createReportShareLink.token }),
      ),
      await measure('PDF: last 12 months (default)', () => pdf(api.url, me.cookie, ''), PDF_RUNS),
      await measure(
        'PDF: shared link (last year)',
        () => pdf(api.url, '', `partage=${encodeURIComponent(createReportShareLink.token)}`),
        PDF_RUNS,
      ),
    ];
    write(rows, counts, loadSeconds);
  } finally {
    await api?.stop();
    await stack.stop();
  }
}

/** Downloads the report's PDF; anything but a PDF stops the run (no Chromium: 503 with the reason). */
async function pdf(url, cookie, query) {
  const response = await fetch(`${url}/rapport/export.pdf?${query}`, { headers: cookie ? { cookie } : {} });
  const body = Buffer.from(await response.arrayBuffer());
  if (!response.ok || body.subarray(0, 5).toString() !== '%PDF-')
    throw new Error(`/rapport/export.pdf: ${response.status} ${body.toString('utf8', 0, 300)}`);
  return body.length;
}

function write(rows, counts, loadSeconds) {
  const ms = (value) => `${value.toFixed(0)} ms`;
  writeSection('report', [
    '# Activity report benchmark',
    '',
    `Run by \`node tools/bench-report.mjs\` on ${now()} UTC.`,
    `Machine: ${machine('PostgreSQL 18 (embedded)')}.`,
    `Data: ${counts.resources.toLocaleString('en')} resources, ${counts.debriefs.toLocaleString('en')} debriefs, ${counts.events.toLocaleString('en')} events, ${counts.members.toLocaleString('en')} members (demo library + synthetic rows written in SQL in ${loadSeconds.toFixed(0)} s), with views, bookmarks, reactions, comments, answers, lists and reads.`,
    `Each measure: the GraphQL \`activityReport\` end to end as a coordinator (every figure and table, both periods), ${RUNS} runs after a warm-up, one at a time; the PDF rows download \`/rapport/export.pdf\` (the same computation, then the print page through the pooled Chromium), ${PDF_RUNS} runs after a warm-up.`,
    '',
    '| report | median | p95 | max |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row.label} | ${ms(row.p50)} | ${ms(row.p95)} | ${ms(row.max)} |`),
    '',
    'Target (issue 15): the whole report ≤ 1 s p95 with 100,000 resources, 20,000 debriefs and 2,000 events; the PDF ≤ 10 s.',
    verdict(
      'Report',
      rows.filter((row) => !row.label.startsWith('PDF')),
      1000,
    ),
    verdict(
      'PDF',
      rows.filter((row) => row.label.startsWith('PDF')),
      10_000,
    ),
  ]);
}

/** « met » or « missed », with the margin, for the slowest p95 of `rows` against `target` (ms). */
function verdict(what, rows, target) {
  const worst = rows.reduce((slowest, row) => (row.p95 > slowest.p95 ? row : slowest));
  const margin = Math.abs(target - worst.p95).toFixed(0);
  const outcome = worst.p95 <= target ? `met, ${margin} ms to spare` : `missed by ${margin} ms`;
  return `${what}: target ${outcome} (slowest p95: ${worst.label}, ${worst.p95.toFixed(0)} ms).`;
}

runMain(main);
