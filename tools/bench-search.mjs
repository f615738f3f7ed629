// `npm run bench:search [-- --resources 100000 --duration 10] [--tiny]`: a search benchmark on this machine.
// Starts fresh PostgreSQL and Meilisearch, loads the demo library plus N synthetic resources through the outbox and
// the normal indexer, then measures on the same queries: the raw Meilisearch multi-search call and the GraphQL
// `search` operation end to end, at 1 and 20 concurrent connections (closed-loop clients); write → searchable latency
// (a signed-in member's writes); full reindex time. Build the API first (npx nx run api:build). Prints a table and
// writes its section of docs/benchmarks.md; `--tiny` (500 resources, 1 s per measure) only proves it runs to the end.
// A benchmark, not a test: it reports figures and targets.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  arg,
  createMember,
  machine,
  now,
  percentile,
  requireBuild,
  root,
  runCli,
  runMain,
  say,
  session,
  signIn,
  sleep,
  startApi,
  startServices,
  waitForIndexed,
  writeSection,
} from './bench-support.mjs';

const RESOURCES = arg('resources', 100_000, 500);
const DURATION = arg('duration', 10, 1);
const LATENCY_SAMPLES = arg('samples', 40, 3);

const queries = [
  ...JSON.parse(readFileSync(join(root, 'data/search-relevance.json'), 'utf8')).queries,
  ...JSON.parse(readFileSync(join(root, 'data/search-relevance-extra.json'), 'utf8')).queries.filter((q) => !q.filters),
].map((q) => q.q);

/**
 * A closed-loop load: `connections` clients, each sending the next body as soon as its previous answer arrived
 * (keep-alive), for DURATION seconds. Every latency is recorded, so the median and p95 are exact.
 */
async function load(url, headers, bodies, connections, seconds = DURATION, clientHeaders = () => ({})) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(url);
  const post = (body, client, n) =>
    new Promise((resolve, reject) => {
      const request = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          agent,
          headers: { ...headers, ...clientHeaders(client, n), 'content-length': Buffer.byteLength(body) },
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
  let sent = 0;
  let failures = 0;
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, client) => {
      while (performance.now() < deadline) {
        const body = bodies[next++ % bodies.length];
        const started = performance.now();
        const { ok, text } = await post(body, client, sent++);
        latencies.push(performance.now() - started);
        if (!ok || text.includes('"errors"')) failures += 1;
      }
    }),
  );
  agent.destroy();
  if (failures > 0) throw new Error(`${url}: ${failures} failed requests`);
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), rps: latencies.length / seconds };
}

/**
 * Visitors' addresses: each connection speaks for 50 visitors in turn. A visitor's query budget (decision 0008:
 * 300,000 cost units a minute, a search page costs ~700) is about 7 searches a second, while one closed-loop connection
 * sends far more than a person does; every request still spends its cost from its visitor's budget (one upsert).
 */
const visitor = (client, n) => ({ 'x-forwarded-for': `10.${20 + (n % 50)}.${client}.1` });

async function main() {
  requireBuild();
  say(`${RESOURCES.toLocaleString('fr-FR')} synthetic resources on top of the demo library.`);
  const stack = await startServices('search', { INDEXER_ENABLED: 'false' });
  const { env, meili, meiliHeaders } = stack;
  let api;
  try {
    runCli(['seed'], env);
    const loadSeconds = runCli(['load-synthetic', String(RESOURCES)], env);
    const member = await createMember(env);
    say('Indexing through the outbox with the normal indexer…');
    const indexStarted = Date.now();
    // Behind a proxy that says who the client is (X-Forwarded-For): each connection is a visitor of its own, as on a
    // real network, rather than one address spending one client's query budget (decision 0008) twenty times over.
    api = await startApi({ ...env, INDEXER_ENABLED: 'true', TRUST_PROXY: 'true' });
    await waitForIndexed(env, meili, meiliHeaders);
    const indexSeconds = (Date.now() - indexStarted) / 1000;

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
            // What the API retrieves for the GraphQL query below: the attributes of the fields it shows
            // (apps/api/src/modules/search/index-display.ts, `indexAttributes`).
            attributesToRetrieve: ['id', 'hasFileText', 'slug', 'type', 'format', 'title', 'year', 'themeCards'],
            attributesToHighlight: ['title', 'summary'],
            attributesToCrop: ['summary'],
            cropLength: 45,
            highlightPreTag: '\u0002',
            highlightPostTag: '\u0003',
          },
        ],
      }),
    );
    // The results page's fields, as the web app asks them (its SearchResources query: the 15 most used tags only).
    const gqlBodies = queries.map((q) =>
      JSON.stringify({
        query:
          'query Search($input: SearchInput!) { search(input: $input) { total totalPages hits { resource { id slug title type format year themes { slug label } } title { text match } summary { text match } } facets { types { value label count } formats { value label count } themes { value label count } audiences { value label count } tags(first: 15) { value label count } organisations { value label count } languages { value label count } } } }',
        variables: { input: { q, pageSize: 20 } },
      }),
    );
    const gqlUrl = `${api.url}/graphql`;
    say('Warming up…');
    await load(`${meili.url}/multi-search`, meiliHeaders, rawBodies, 4, Math.min(3, DURATION));
    await load(gqlUrl, { 'content-type': 'application/json' }, gqlBodies, 4, Math.min(3, DURATION), visitor);
    const rows = [];
    for (const connections of [1, 20]) {
      say(`Raw Meilisearch, ${connections} connection(s)…`);
      const raw = await load(`${meili.url}/multi-search`, meiliHeaders, rawBodies, connections);
      say(`GraphQL search, ${connections} connection(s)…`);
      const gql = await load(gqlUrl, { 'content-type': 'application/json' }, gqlBodies, connections, DURATION, visitor);
      rows.push({ connections, raw, gql });
    }

    // Since accounts, writing takes a member's session: the visitor's searches above are what visitors pay.
    say(`Write → searchable, ${LATENCY_SAMPLES} samples…`);
    const writer = session(api.url, await signIn(api.url, member));
    const latencies = [];
    for (let n = 0; n < LATENCY_SAMPLES; n += 1) {
      const word = `benchmot${n}x${Date.now().toString(36)}`;
      const started = performance.now();
      await writer.gql('mutation($input: ResourceInput!) { createResource(input: $input) { id } }', {
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
      });
      for (;;) {
        const found = await fetch(`${meili.url}/indexes/resources/search`, {
          method: 'POST',
          headers: meiliHeaders,
          body: JSON.stringify({ q: word, limit: 1 }),
        }).then((r) => r.json());
        if (found.hits?.length) break;
        await sleep(5);
      }
      latencies.push(performance.now() - started);
    }

    say('Full reindex…');
    const reindexSeconds = runCli(['reindex'], env);
    const total = RESOURCES + 46 + LATENCY_SAMPLES;
    write({ rows, latencies, reindexSeconds, indexSeconds, loadSeconds, total });
  } finally {
    await api?.stop();
    await stack.stop();
  }
}

function write({ rows, latencies, reindexSeconds, indexSeconds, loadSeconds, total }) {
  const ms = (value) => `${value.toFixed(1)} ms`;
  const ratio = (row) => (row ? (row.gql.p50 / row.raw.p50).toFixed(2) : '–');
  const share = (row) => (row ? `${((100 * row.gql.rps) / row.raw.rps).toFixed(0)} %` : '–');
  const lines = [
    '# Search benchmark',
    '',
    `Run by \`npm run bench:search\` on ${now()} UTC.`,
    `Machine: ${machine('Meilisearch 1.21.0, PostgreSQL 18 (embedded)')}.`,
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
    `Targets (issue 16, "Speed a person feels"): ratio ≤ 1.3 at 1 connection (this run: ${ratio(rows[0])}) and ≤ 1.5 at 20 (${ratio(rows[1])}); API throughput at 20 connections ≥ 70 % of Meilisearch's alone (${share(rows[1])}).`,
    "The GraphQL searches are a visitor's (no session; each connection speaks for 50 visitors' addresses in turn, see `visitor`); the writes are a signed-in member's.",
  ];
  writeSection('search', lines);
}

runMain(main);
