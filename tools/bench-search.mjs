// `npm run bench:search [-- --resources 100000 --duration 10]`: a search benchmark on this machine.
// Starts fresh PostgreSQL and Meilisearch, loads the demo library plus N synthetic resources through the outbox and
// the normal indexer, then measures on the same queries: the raw Meilisearch multi-search call and the GraphQL
// `search` operation end to end, at 1 and 20 concurrent connections (closed-loop clients); write → searchable latency; full reindex time.
// Prints a table and writes docs/benchmarks.md. A benchmark, not a test: it reports figures and targets.
import http from 'node:http';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import services from './services.cjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RESOURCES = arg('resources', 100_000);
const DURATION = arg('duration', 10);
const LATENCY_SAMPLES = arg('samples', 40);
const cli = join(root, 'dist/apps/api/apps/api/src/cli.js');
const say = (message) => console.log(`› ${message}`);

const queries = [
  ...JSON.parse(readFileSync(join(root, 'data/search-relevance.json'), 'utf8')).queries,
  ...JSON.parse(readFileSync(join(root, 'data/search-relevance-extra.json'), 'utf8')).queries.filter((q) => !q.filters),
].map((q) => q.q);

function run(command, args, env) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
  return (Date.now() - started) / 1000;
}

async function waitForEmptyOutbox(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (;;) {
      const { rows } = await client.query('SELECT count(*)::int AS n FROM outbox_events WHERE processed_at IS NULL');
      if (rows[0].n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await client.end();
  }
}

/**
 * A closed-loop load: `connections` clients, each sending the next body as soon as its previous answer arrived
 * (keep-alive), for DURATION seconds. Every latency is recorded, so the median and p95 are exact.
 */
async function load(url, headers, bodies, connections, seconds = DURATION) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(url);
  const post = (body) =>
    new Promise((resolve, reject) => {
      const request = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          agent,
          headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk) => (text += chunk));
          response.on('end', () => resolve({ ok: response.statusCode === 200, text }));
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  const latencies = [];
  let next = 0;
  let failures = 0;
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const body = bodies[next++ % bodies.length];
        const started = performance.now();
        const { ok, text } = await post(body);
        latencies.push(performance.now() - started);
        if (!ok || text.includes('"errors"')) failures += 1;
      }
    }),
  );
  agent.destroy();
  if (failures > 0) throw new Error(`${url}: ${failures} failed requests`);
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), rps: latencies.length / seconds };
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  say(`Build, then ${RESOURCES.toLocaleString('fr-FR')} synthetic resources on top of the demo library.`);
  run('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'], process.env);
  const dir = mkdtempSync(join(os.tmpdir(), 'cc-bench-'));
  chmodSync(dir, 0o755);
  const postgres = await services.startPostgres({ dir: join(dir, 'pg'), port: await services.freePort() });
  const meili = await services.startMeilisearch({
    dir: join(dir, 'meili'),
    port: await services.freePort(),
    masterKey: 'benchmark-master-key-0001',
  });
  const port = await services.freePort();
  const env = {
    ...process.env,
    DATABASE_URL: await postgres.createDatabase('bench'),
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    PORT: String(port),
    INDEXER_ENABLED: 'false',
  };
  let api;
  try {
    run('node', [cli, 'seed'], env);
    const loadSeconds = run('node', [cli, 'load-synthetic', String(RESOURCES)], env);
    say('Indexing through the outbox with the normal indexer…');
    const indexStarted = Date.now();
    api = spawn('node', [join(root, 'dist/apps/api/apps/api/src/main.js')], {
      cwd: root,
      env: { ...env, INDEXER_ENABLED: 'true', NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitForEmptyOutbox(env.DATABASE_URL);
    const indexSeconds = (Date.now() - indexStarted) / 1000;

    const meiliHeaders = { 'content-type': 'application/json', authorization: `Bearer ${meili.masterKey}` };
    const facets = ['type', 'format', 'themes', 'audiences', 'tags', 'organisation', 'language'];
    // The very request the API sends for a search without filters (see SearchService).
    const rawBodies = queries.map((q) =>
      JSON.stringify({
        queries: [
          {
            indexUid: 'resources',
            q,
            filter: ['visibility != "draft"'],
            facets,
            page: 1,
            hitsPerPage: 20,
            attributesToRetrieve: ['id'],
            attributesToHighlight: ['title', 'summary'],
            attributesToCrop: ['summary'],
            cropLength: 45,
            highlightPreTag: '\u0002',
            highlightPostTag: '\u0003',
          },
        ],
      }),
    );
    const gqlBodies = queries.map((q) =>
      JSON.stringify({
        query:
          'query Search($input: SearchInput!) { search(input: $input) { total totalPages hits { resource { id slug title type format year themes { slug label } } title { text match } summary { text match } } facets { types { value label count } formats { value label count } themes { value label count } audiences { value label count } tags { value label count } organisations { value label count } languages { value label count } } } }',
        variables: { input: { q, pageSize: 20 } },
      }),
    );
    const gqlUrl = `http://127.0.0.1:${port}/graphql`;
    say('Warming up…');
    await load(`${meili.url}/multi-search`, meiliHeaders, rawBodies, 4, 3);
    await load(gqlUrl, { 'content-type': 'application/json' }, gqlBodies, 4, 3);
    const rows = [];
    for (const connections of [1, 20]) {
      say(`Raw Meilisearch, ${connections} connection(s)…`);
      const raw = await load(`${meili.url}/multi-search`, meiliHeaders, rawBodies, connections);
      say(`GraphQL search, ${connections} connection(s)…`);
      const gql = await load(gqlUrl, { 'content-type': 'application/json' }, gqlBodies, connections);
      rows.push({ connections, raw, gql });
    }

    say(`Write → searchable, ${LATENCY_SAMPLES} samples…`);
    const latencies = [];
    for (let n = 0; n < LATENCY_SAMPLES; n += 1) {
      const word = `benchmot${n}x${Date.now().toString(36)}`;
      const started = performance.now();
      const created = await fetch(gqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($input: ResourceInput!) { createResource(input: $input) { id } }',
          variables: {
            input: {
              type: 'lecture',
              format: 'article',
              title: `Mesure ${word}`,
              summary: 'Mesure de latence.',
              authors: [],
              language: 'fr',
              visibility: 'public',
              themeSlugs: ['jeux-video'],
              audienceSlugs: [],
              tags: [],
            },
          },
        }),
      }).then((r) => r.json());
      if (created.errors) throw new Error(created.errors[0].message);
      for (;;) {
        const found = await fetch(`${meili.url}/indexes/resources/search`, {
          method: 'POST',
          headers: meiliHeaders,
          body: JSON.stringify({ q: word, limit: 1 }),
        }).then((r) => r.json());
        if (found.hits?.length) break;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      latencies.push(performance.now() - started);
    }

    if (process.env.BENCH_DEBUG) {
      console.log('latencies', latencies.map((l) => l.toFixed(0)).join(' '));
      const tasks = await fetch(`${meili.url}/tasks?types=documentAdditionOrUpdate&limit=${LATENCY_SAMPLES}`, {
        headers: meiliHeaders,
      }).then((r) => r.json());
      console.log(
        'task durations',
        tasks.results.map((t) => `${t.duration}/${new Date(t.startedAt) - new Date(t.enqueuedAt)}ms-wait`).join(' '),
      );
    }
    say('Full reindex…');
    const reindexSeconds = run('node', [cli, 'reindex'], env);
    const total = RESOURCES + 46 + LATENCY_SAMPLES;
    write({ rows, latencies, reindexSeconds, indexSeconds, loadSeconds, total });
  } finally {
    if (api)
      await new Promise((resolve) => {
        api.once('exit', resolve);
        api.kill('SIGTERM');
      });
    await meili.stop();
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function write({ rows, latencies, reindexSeconds, indexSeconds, loadSeconds, total }) {
  const ms = (value) => `${value.toFixed(1)} ms`;
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const machine = `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, Node ${process.version}, Meilisearch 1.21.0, PostgreSQL 18 (embedded)`;
  const lines = [
    '# Search benchmark',
    '',
    `Run by \`npm run bench:search\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    `Machine: ${machine}.`,
    `Library: ${total.toLocaleString('en')} resources (demo library + synthetic ones made from its vocabulary). Queries: the ${queries.length} queries of the relevance sets, in rotation; ${DURATION} s per measurement, closed-loop clients with keep-alive in a separate process from the servers.`,
    '',
    '| measure | connections | median | p95 | requests/s |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.flatMap(({ connections, raw, gql }) => [
      `| raw Meilisearch multi-search | ${connections} | ${ms(raw.p50)} | ${ms(raw.p95)} | ${raw.rps.toFixed(0)} |`,
      `| GraphQL \`search\` end to end | ${connections} | ${ms(gql.p50)} | ${ms(gql.p95)} | ${gql.rps.toFixed(0)} |`,
      `| ratio GraphQL / raw (overhead) | ${connections} | ${(gql.p50 / raw.p50).toFixed(2)} (+${ms(gql.p50 - raw.p50)}) | ${(gql.p95 / raw.p95).toFixed(2)} | |`,
    ]),
    `| write → searchable (${latencies.length} creations) | 1 | ${ms(percentile(latencies, 50))} | ${ms(percentile(latencies, 95))} | |`,
    '',
    `Full \`reindex\`: ${reindexSeconds.toFixed(1)} s for ${total.toLocaleString('en')} documents (${(total / reindexSeconds).toFixed(0)} documents/s).`,
    `Initial load through the outbox: ${loadSeconds.toFixed(1)} s to write the rows and events, ${indexSeconds.toFixed(1)} s for the indexer to bring them to Meilisearch (${(total / indexSeconds).toFixed(0)} documents/s).`,
    '',
    'Targets (issue "Search that professionals trust"): GraphQL search p95 ≤ 25 ms at 20 connections; API overhead ≤ 3 ms at the median (ratio ≤ 1.5); write → searchable p95 ≤ 1 s; full reindex ≤ 120 s.',
    '',
  ];
  // Other benchmarks keep their own marked sections (<!-- bench:name --> … <!-- /bench:name -->) of the file.
  const path = join(root, 'docs/benchmarks.md');
  const others = (
    readFileSync(path, 'utf8').match(/<!-- bench:[a-z-]+ -->[\s\S]*?<!-- \/bench:[a-z-]+ -->/g) ?? []
  ).join('\n\n');
  writeFileSync(path, others ? `${lines.join('\n')}\n${others}\n` : lines.join('\n'));
  console.log(`\n${lines.join('\n')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
