// `npm run bench:replicas [-- --resources 20000 --connections 50 --duration 60] [--tiny]`: a mixed load on one API
// process, then on two behind a local round-robin proxy, sharing one PostgreSQL and one Meilisearch (issue 16).
// Each connection is a signed-in member of its own, sending the web app's own operations in a closed loop: 70 %
// searches (SearchResources), 20 % resource pages (Resource, counting a view), 10 % writes (a reaction toggled or a
// comment). Any failed request (not HTTP 200, or a GraphQL error) fails the benchmark. Prints p50/p95 per operation,
// throughput, and what the second replica adds on this machine; writes its section of docs/benchmarks.md.
// `--tiny` (300 resources, 10 connections, 2 s) only proves it runs to the end. Build the API first.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import services from './services.cjs';
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
  signIn,
  startApi,
  startProxy,
  startServices,
  waitForIndexed,
  webOperation,
  withClient,
  writeSection,
} from './bench-support.mjs';

const RESOURCES = arg('resources', 20_000, 300);
const CONNECTIONS = arg('connections', 50, 10);
const DURATION = arg('duration', 60, 2);
const MIX = [
  ['search', 0.7],
  ['page', 0.2],
  ['write', 0.1],
];

const SEARCH = webOperation('SearchResources');
const PAGE = webOperation('Resource');
const REACT = 'mutation($slug: String!) { toggleReaction(resourceSlug: $slug, kind: useful) { kind count } }';
const COMMENT =
  'mutation($slug: String!, $markdown: String!) { createComment(resourceSlug: $slug, markdown: $markdown) { id } }';

const queries = JSON.parse(readFileSync(join(root, 'data/search-relevance.json'), 'utf8')).queries.map((q) => q.q);

/** A small deterministic generator per connection, so that two runs send the same sequence of operations. */
function random(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

/** The next request of a connection: an operation of the mix and its GraphQL body. */
function nextRequest(draw, slugs, counter) {
  const roll = draw();
  let sum = 0;
  const kind = MIX.find(([, share]) => (sum += share) > roll)?.[0] ?? 'search';
  const slug = slugs[Math.floor(draw() * slugs.length)];
  if (kind === 'search') {
    const q = queries[Math.floor(draw() * queries.length)];
    return { kind, body: { query: SEARCH, variables: { input: { q, pageSize: 20 } } } };
  }
  if (kind === 'page') return { kind, body: { query: PAGE, variables: { slug, countView: true } } };
  return counter % 2
    ? { kind, body: { query: REACT, variables: { slug } } }
    : { kind, body: { query: COMMENT, variables: { slug, markdown: `Essayé en atelier (banc ${counter}).` } } };
}

/** `CONNECTIONS` closed-loop clients through `url` for DURATION seconds; latencies and failures per operation. */
async function mixedLoad(url, cookies, slugs, seconds = DURATION) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const target = new URL(`${url}/graphql`);
  const post = (cookie, payload) =>
    new Promise((resolve) => {
      const body = JSON.stringify(payload);
      const request = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk) => (text += chunk));
          response.on('end', () => resolve({ status: response.statusCode, text }));
        },
      );
      request.on('error', (error) => resolve({ status: 0, text: error.message }));
      request.end(body);
    });
  const stats = Object.fromEntries(MIX.map(([kind]) => [kind, { latencies: [], failures: [] }]));
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    cookies.map(async (cookie, connection) => {
      const draw = random(connection + 1);
      for (let counter = 0; performance.now() < deadline; counter += 1) {
        const { kind, body } = nextRequest(draw, slugs, counter);
        const started = performance.now();
        const { status, text } = await post(cookie, body);
        stats[kind].latencies.push(performance.now() - started);
        if (status !== 200 || text.includes('"errors"')) stats[kind].failures.push(`${status} ${text.slice(0, 200)}`);
      }
    }),
  );
  agent.destroy();
  return stats;
}

function summarise(stats) {
  const all = Object.values(stats).flatMap((entry) => entry.latencies);
  return {
    rps: all.length / DURATION,
    failures: Object.values(stats).flatMap((entry) => entry.failures),
    rows: MIX.map(([kind]) => ({
      kind,
      count: stats[kind].latencies.length,
      p50: percentile(stats[kind].latencies, 50),
      p95: percentile(stats[kind].latencies, 95),
      failures: stats[kind].failures.length,
    })),
  };
}

async function main() {
  requireBuild();
  say(
    `${RESOURCES.toLocaleString('fr-FR')} synthetic resources, ${CONNECTIONS} members, ${DURATION} s per configuration.`,
  );
  const stack = await startServices('replicas-load', { INDEXER_ENABLED: 'false' });
  const apis = [];
  let proxy;
  try {
    runCli(['seed'], stack.env, { quiet: true });
    runCli(['load-synthetic', String(RESOURCES)], stack.env, { quiet: true });
    const members = [];
    // Two more members warm the API up, so that the measured ones start with their whole per-minute budget.
    for (let n = 0; n < CONNECTIONS + 2; n += 1) members.push(await createMember(stack.env, { slug: `banc-${n}` }));
    const slugs = await withClient(stack.env, (client) =>
      client
        .query(`SELECT slug FROM resources WHERE deleted_at IS NULL AND visibility <> 'draft' ORDER BY slug LIMIT 2000`)
        .then((result) => result.rows.map((row) => row.slug)),
    );
    const start = async () => {
      const api = await startApi({ ...stack.env, PORT: String(await services.freePort()), INDEXER_ENABLED: 'true' });
      apis.push(api);
      return api;
    };
    const first = await start();
    say('Indexing the library…');
    await waitForIndexed(stack.env, stack.meili, stack.meiliHeaders);
    const cookies = [];
    for (const member of members) cookies.push(await signIn(first.url, member));

    const results = [];
    for (const replicas of [1, 2]) {
      if (replicas === 2) await start();
      proxy = await startProxy(apis.map((api) => new URL(api.url).port));
      say(`${replicas} API process${replicas > 1 ? 'es' : ''} behind the proxy: ${CONNECTIONS} connections…`);
      // A short warm-up, not measured: the first requests load code paths and fill caches.
      await mixedLoad(proxy.url, cookies.slice(CONNECTIONS), slugs, Math.min(3, DURATION));
      const outcome = summarise(await mixedLoad(proxy.url, cookies.slice(0, CONNECTIONS), slugs));
      await proxy.close();
      proxy = undefined;
      results.push({ replicas, ...outcome });
      if (outcome.failures.length > 0)
        throw new Error(
          `${outcome.failures.length} failed requests with ${replicas} process(es), e.g. ${outcome.failures[0]}`,
        );
    }

    const ms = (value) => `${value.toFixed(1)} ms`;
    const [one, two] = results;
    const lines = [
      '# Mixed load on one and two API processes',
      '',
      `Run by \`node tools/bench-replicas.mjs\` on ${now()} UTC. Machine: ${machine()}. ${RESOURCES.toLocaleString('en')} synthetic resources on top of the demo library; ${CONNECTIONS} signed-in members, one closed-loop connection each, ${DURATION} s per configuration, through a local round-robin proxy; PostgreSQL, Meilisearch, the proxy and the load share the same cores. Mix: 70 % \`SearchResources\`, 20 % \`Resource\` (a page, counting a view), 10 % writes (\`toggleReaction\` or \`createComment\`).`,
      '',
      '| API processes | operation | requests | p50 | p95 | failed |',
      '| ---: | --- | ---: | ---: | ---: | ---: |',
      ...results.flatMap((result) =>
        result.rows.map(
          (row) =>
            `| ${result.replicas} | ${row.kind} | ${row.count} | ${ms(row.p50)} | ${ms(row.p95)} | ${row.failures} |`,
        ),
      ),
      '',
      `Throughput: **${one.rps.toFixed(0)} requests/s** with one process, **${two.rps.toFixed(0)} requests/s** with two (×${(two.rps / one.rps).toFixed(2)}); p95 of searches ×${(two.rows[0].p95 / one.rows[0].p95).toFixed(2)}. Target (issue 16): 0 failed requests; what a second replica adds is reported, not targeted: on 2 cores it competes with PostgreSQL and Meilisearch for the same CPU.`,
    ];
    writeSection('replicas', lines);
  } finally {
    await proxy?.close();
    for (const api of apis) await api.stop();
    await stack.stop();
  }
}

runMain(main);
