// `node tools/bench-who-knows.mjs [--resources 20000 --debriefs 5000 --samples 200] [--tiny]`: what « qui connaît … ? » costs.
// Needs a build (`npx nx run-many -t build -p api web`). Starts fresh PostgreSQL and Meilisearch, loads the demo library,
// N synthetic resources (their contributors spread over the demo's members), D debriefs on them and a few reading
// lists, indexes through the outbox, then times the GraphQL `directory` query, one request at a time: words that name
// nobody's theme (Meilisearch only) against a question naming a theme (Meilisearch + the evidence SQL, decision 0031),
// for a member and a visitor. Prints a Markdown table and writes its section of docs/benchmarks.md. A benchmark, not a test.
import os from 'node:os';
import pg from 'pg';
import {
  arg,
  percentile,
  requireBuild,
  runCli,
  runMain,
  say,
  signIn,
  startApi,
  startServices,
  waitForIndexed,
  writeSection,
} from './bench-support.mjs';

const RESOURCES = arg('resources', 20_000, 500);
const DEBRIEFS = arg('debriefs', 5_000, 100);
const SAMPLES = arg('samples', 200, 10);

async function main() {
  requireBuild();
  // Not production: the demo members sign in with the demo password only outside production.
  const stack = await startServices('who-knows', { INDEXER_ENABLED: 'false', NODE_ENV: 'development' });
  const { env } = stack;
  let api;
  const db = new pg.Client({ connectionString: env.DATABASE_URL });
  try {
    runCli(['seed'], env);
    runCli(['load-synthetic', String(RESOURCES)], env);
    await db.connect();
    say('Contributors, debriefs and lists on the synthetic resources…');
    await db.query(`
      WITH m AS (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS n, count(*) OVER () AS total FROM members)
      UPDATE resources r SET contributor_id = m.id FROM m
      WHERE r.contributor_id IS NULL AND m.n = abs(hashtext(r.id::text)) % m.total`);
    await db.query(
      `INSERT INTO debriefs (resource_id, author_id, workshop_date, context, participants, went_well, to_adjust, rating)
       SELECT r.id, (SELECT id FROM members ORDER BY md5(r.id::text || slug) LIMIT 1), DATE '2025-01-01',
              'Atelier de banc d’essai', 12, 'Bien.', 'Rien.', 4
       FROM resources r ORDER BY md5(r.id::text) LIMIT $1`,
      [DEBRIEFS],
    );
    await db.query(`
      INSERT INTO reading_lists (slug, title, curator_id, visibility)
      SELECT 'liste-banc-' || n, 'Liste de banc d’essai ' || n, (SELECT id FROM members ORDER BY md5(n::text || slug) LIMIT 1),
             CASE WHEN n % 3 = 0 THEN 'draft' ELSE 'network' END
      FROM generate_series(1, 200) n`);
    await db.query(`
      INSERT INTO reading_list_items (list_id, resource_id, title_snapshot, position)
      SELECT l.id, r.id, r.title, row_number() OVER (PARTITION BY l.id ORDER BY r.id)
      FROM reading_lists l CROSS JOIN LATERAL (SELECT id, title FROM resources ORDER BY md5(l.id::text || id::text) LIMIT 20) r
      WHERE l.slug LIKE 'liste-banc-%'`);
    const [{ themed }] = (
      await db.query(`SELECT count(*)::int AS themed FROM resource_themes rt JOIN themes t ON t.id = rt.theme_id
                      WHERE t.slug = 'jeux-video'`)
    ).rows;

    say('Indexing through the outbox…');
    api = await startApi({ ...env, INDEXER_ENABLED: 'true' });
    await waitForIndexed(env, stack.meili, stack.meiliHeaders);
    const gql = async (body, cookie) => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(body),
      });
      const json = await response.json();
      if (json.errors) throw new Error(JSON.stringify(json.errors));
      return json;
    };
    const member = await signIn(api.url, { email: 'camille.durand@example.org', password: 'culture-commune-demo' });
    const query = `query($q: String!) { directory(input: { q: $q }) { total askedThemes { slug }
      hits { slug evidence { declaredExpertise debriefs resources lists } } } }`;
    const time = async (q, cookie) => {
      for (let i = 0; i < 10; i += 1) await gql({ query, variables: { q } }, cookie);
      const latencies = [];
      for (let i = 0; i < SAMPLES; i += 1) {
        const started = performance.now();
        await gql({ query, variables: { q } }, cookie);
        latencies.push(performance.now() - started);
      }
      return { p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
    };
    const rows = [];
    for (const [who, cookie] of [
      ['member', member],
      ['visitor', undefined],
    ]) {
      for (const q of ['Chambéry', 'qui connaît les jeux vidéo ?']) rows.push({ who, q, ...(await time(q, cookie)) });
    }
    const { rows: counts } = await db.query(
      `SELECT (SELECT count(*) FROM resources)::int AS resources, (SELECT count(*) FROM debriefs)::int AS debriefs,
              (SELECT count(*) FROM reading_list_items)::int AS items`,
    );
    writeSection('who-knows', [
      '# « Qui connaît … ? » in the directory',
      '',
      `Run by \`node tools/bench-who-knows.mjs\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${os.cpus().length} × ${os.cpus()[0].model}, Node ${process.version}.`,
      `Library: ${counts[0].resources} resources (${themed} on « Jeux vidéo »), ${counts[0].debriefs} debriefs, ${counts[0].items} list items; ${SAMPLES} sequential requests each.`,
      '',
      '| viewer | query | median | p95 |',
      '| --- | --- | ---: | ---: |',
      ...rows.map((row) => `| ${row.who} | « ${row.q} » | ${row.p50.toFixed(1)} ms | ${row.p95.toFixed(1)} ms |`),
    ]);
  } finally {
    await db.end().catch(() => undefined);
    await api?.stop();
    await stack.stop();
  }
}

runMain(main);
