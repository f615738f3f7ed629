import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NoUnusedFragmentsRule, buildSchema, parse, specifiedRules, validate } from 'graphql';
import { TestApi, startTestApi } from '../../test/api-harness';
import { webDocuments } from '../../test/web-documents';
import { GRAPHQL_LIMITS, graphqlArmor } from './graphql-limits';
import { LIMITS } from '@culture-commune/shared';
import { operationCost } from './query-cost';
import { RATE_LIMITS, RateLimitedError, RateLimiter } from './rate-limits';

const ROOT = join(__dirname, '../../../..');

type Body = { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };

describe('An API that holds: limits on queries, batches, introspection and sign-in attempts (production mode)', () => {
  let api: TestApi;
  const post = (body: unknown) =>
    fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  beforeAll(async () => {
    api = await startTestApi({ indexer: false, production: true });
  });
  afterAll(() => api.close());

  it('every operation the web app sends fits the limits', () => {
    const schema = buildSchema(readFileSync(join(ROOT, 'apps/api/schema.gql'), 'utf8'));
    const documents = webDocuments();
    // Fragments live in their own graphql() calls: each operation is checked with all of them, as codegen bundles them.
    const fragments = documents.filter((document) => /^\s*fragment\b/.test(document)).join('\n');
    const operations = documents.filter((document) => !/^\s*fragment\b/.test(document));
    expect(operations.length).toBeGreaterThanOrEqual(8);
    const rules = [
      ...specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule),
      ...graphqlArmor().validationRules,
    ];
    for (const document of operations) {
      const errors = validate(schema, parse(`${document}\n${fragments}`), rules).map((error) => error.message);
      expect({ document: document.trim().split('\n')[0], errors }).toEqual({
        document: document.trim().split('\n')[0],
        errors: [],
      });
      // The list-size-aware cost, with the schema's default sizes where the web app leaves them to the API.
      const cost = operationCost(schema, parse(`${document}\n${fragments}`));
      expect({ document: document.trim().split('\n')[0], fits: cost <= GRAPHQL_LIMITS.maxCost }).toEqual({
        document: document.trim().split('\n')[0],
        fits: true,
      });
    }
    // The largest page the web app may ask for: 100 hits with the search page's fields.
    const search = operations.find((document) => /query SearchResources\b/.test(document))!;
    const largest = { input: { q: 'atelier', pageSize: LIMITS.pageSizeMax } };
    expect(operationCost(schema, parse(`${search}\n${fragments}`), 'SearchResources', largest)).toBeLessThanOrEqual(
      GRAPHQL_LIMITS.maxCost,
    );
  });

  it('counts list sizes: a page of 100 hits with comments, replies, reactions and debriefs each is refused', async () => {
    const hit = (alias: string) =>
      `${alias}: search(input: { pageSize: $size }) { hits { resource { id comments { id author { name } replies { id author { name } } } reactions { kind count } debriefs { id } } } }`;
    // Three times through aliases, as in the report, and even once.
    const heavy = (aliases: string[]) => `query Heavy($size: Int) { ${aliases.map(hit).join(' ')} }`;
    for (const query of [heavy(['a', 'b', 'c']), heavy(['a'])]) {
      const response = await post({ query, variables: { size: 100 } });
      expect(response.status).toBe(400);
      const body = (await response.json()) as Body;
      expect(body.data).toBeUndefined();
      expect(body.errors).toEqual([
        {
          message: `Requête trop coûteuse : un coût de ${GRAPHQL_LIMITS.maxCost} au plus.`,
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ]);
    }
    // The same fields for a few hits are fine: the size, not the shape, makes the cost.
    const few = (await (
      await post({ query: `query Few($size: Int) { ${hit('a')} }`, variables: { size: 2 } })
    ).json()) as Body;
    expect(few.errors).toBeUndefined();
  });

  it('refuses a query deeper than the limit, with a clear message', async () => {
    const nested = `query { search(input: {}) { hits { resource { themes { id } contributor { organisation { id } } } } } }`;
    expect(((await (await post({ query: nested })).json()) as Body).errors).toBeUndefined();
    // Today's schema has no cycle, so no query can go 10 levels deep; the rule guards the cycles to come (replies,
    // members ↔ organisations). It is checked here on a cyclic schema with the very rules the API uses.
    const cyclic = buildSchema('type Query { node: Node } type Node { id: ID child: Node }');
    const query = (depth: number) =>
      parse(`{ ${'node { '.repeat(1)}${'child { '.repeat(depth - 2)}id${' }'.repeat(depth - 1)} }`);
    const errorsAt = (depth: number) =>
      validate(cyclic, query(depth), graphqlArmor().validationRules)
        .map((error) => error.message)
        .join(' ');
    expect(errorsAt(GRAPHQL_LIMITS.maxDepth)).toBe('');
    expect(errorsAt(GRAPHQL_LIMITS.maxDepth + 1)).toContain(
      `Requête trop profonde : ${GRAPHQL_LIMITS.maxDepth} niveaux au plus.`,
    );
  });

  it('refuses an expensive query and an alias flood', async () => {
    const fields =
      'hits { resource { id slug title summary themes { id slug label } tags { id label } audiences { slug label } organisation { id name } } title { text match } summary { text match } } facets { themes { value label count } tags { value label count } }';
    const expensive = `{ ${Array.from({ length: 12 }, (_, i) => `s${i}: search(input: {q: "x"}) { ${fields} }`).join(' ')} }`;
    const costly = (await (await post({ query: expensive })).json()) as Body;
    expect(costly.errors![0].message).toContain(`${GRAPHQL_LIMITS.maxCost}`);
    const aliases = `{ ${Array.from({ length: GRAPHQL_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: themes { id }`).join(' ')} }`;
    const flooded = (await (await post({ query: aliases })).json()) as Body;
    expect(flooded.errors![0].message).toContain(`${GRAPHQL_LIMITS.maxAliases}`);
  });

  it('refuses batched requests, introspection and field suggestions in production', async () => {
    const batch = await post([{ query: '{ themes { id } }' }, { query: '{ themes { id } }' }]);
    expect(batch.status).toBe(400);
    expect(await batch.text()).not.toContain('"id"');
    const introspection = (await (await post({ query: '{ __schema { types { name } } }' })).json()) as Body;
    expect(introspection.data).toBeUndefined();
    expect(introspection.errors![0].message).toMatch(/introspection/i);
    const typo = (await (await post({ query: '{ themse { id } }' })).json()) as Body;
    expect(typo.errors![0].message).not.toMatch(/Did you mean/i);
  });

  it('prevents cross-site request forgery: a simple form-like POST is refused before any resolver runs', async () => {
    const forged = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { requestPasswordReset(email: "camille.durand@example.org") }' }),
    });
    expect(forged.status).toBe(400);
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM rate_limits WHERE key LIKE 'resetPerEmail:%'`,
    );
    expect(n).toBe(0);
  });

  it('hides stack traces and SQL in production errors', async () => {
    const result = (await (await post({ query: '{ resource(slug: "nope") { id } }' })).json()) as Body;
    // Exactly the code, the stable reason and its parameters: nothing about the server's insides.
    expect(result.errors![0].extensions).toEqual({
      code: 'NOT_FOUND',
      reason: 'notFound.resource',
      params: { key: 'nope' },
    });
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|SELECT|at .*\.ts/);
  });

  it('sends security headers, with a Content-Security-Policy without unsafe-inline', async () => {
    const response = await post({ query: '{ themes { id } }' });
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('limits failed sign-in attempts in PostgreSQL (shared by every replica)', async () => {
    const attempt = () =>
      post({ query: `mutation { signIn(email: "quelqu.un@example.org", password: "mauvais mot de passe") { id } }` });
    const { max } = RATE_LIMITS.signInFailuresPerAccountAddress;
    const codes: string[] = [];
    for (let i = 0; i < max + 1; i += 1)
      codes.push(((await (await attempt()).json()) as Body).errors![0].extensions!.code!);
    expect(codes.slice(0, max).every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[max]).toBe('TOO_MANY_REQUESTS');
    // The refused attempt was not even tried, nor counted.
    const [{ hits }] = await api.dataSource.query(
      `SELECT hits FROM rate_limits WHERE key LIKE 'signInFailuresPerAccountAddress:quelqu.un@example.org|%'`,
    );
    expect(hits).toBe(max);
  });

  it('keeps the counters in an unlogged table: every query writes one, without a WAL flush (decision 0046)', async () => {
    const [{ persistence }] = await api.dataSource.query(
      `SELECT relpersistence AS persistence FROM pg_class WHERE relname = 'rate_limits'`,
    );
    expect(persistence).toBe('u');
  });

  it('answers no data to a query beyond the budget, though it runs while its cost is counted', async () => {
    expect((await post({ query: '{ themes { id slug } }' })).status).toBe(200);
    const [{ key }]: { key: string }[] = await api.dataSource.query(
      `SELECT key FROM rate_limits WHERE key LIKE 'queriesPerClient:ip:%'`,
    );
    // The budget is spent; this process has not yet refused this client, so the next query runs alongside its count.
    await api.dataSource.query(`UPDATE rate_limits SET hits = $2, window_start = now() WHERE key = $1`, [
      key,
      RATE_LIMITS.queriesPerClient.max,
    ]);
    const refused = await post({ query: '{ themes { id slug } }' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await refused.json()) as Body;
    expect(body).not.toHaveProperty('data');
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions!.code).toBe('TOO_MANY_REQUESTS');
    // Counted all the same, in PostgreSQL.
    const [{ hits }]: { hits: number }[] = await api.dataSource.query(`SELECT hits FROM rate_limits WHERE key = $1`, [
      key,
    ]);
    expect(hits).toBe(RATE_LIMITS.queriesPerClient.max + 10);
    await api.dataSource.query(`DELETE FROM rate_limits WHERE key = $1`, [key]);
  });

  it('counts concurrent hits exactly, several to a statement, and refuses those beyond the limit', async () => {
    const limiter = api.app.get(RateLimiter);
    const client = `batch-${Date.now()}`;
    const { max } = RATE_LIMITS.mutationsPerClient;
    // 2 × max hits at once on one key, and one hit each on other keys, in the same statements.
    const outcomes = await Promise.all([
      ...Array.from({ length: 2 * max }, () =>
        limiter.hit('mutationsPerClient', client).then(
          () => 'ok',
          (error: unknown) => (error instanceof RateLimitedError ? 'refused' : String(error)),
        ),
      ),
      ...Array.from({ length: 5 }, (_, i) => limiter.hit('mutationsPerClient', `${client}-${i}`).then(() => 'other')),
    ]);
    expect(outcomes.filter((outcome) => outcome === 'ok')).toHaveLength(max);
    expect(outcomes.filter((outcome) => outcome === 'refused')).toHaveLength(max);
    expect(outcomes.filter((outcome) => outcome === 'other')).toHaveLength(5);
    // The first `max` in arrival order passed: the order of the calls, as if sent one by one.
    expect(outcomes.slice(0, max).every((outcome) => outcome === 'ok')).toBe(true);
    const rows: { key: string; hits: number }[] = await api.dataSource.query(
      `SELECT key, hits FROM rate_limits WHERE key LIKE $1 ORDER BY key`,
      [`mutationsPerClient:${client}%`],
    );
    expect(rows.map((row) => row.hits)).toEqual([2 * max, 1, 1, 1, 1, 1]);
    await api.dataSource.query(`DELETE FROM rate_limits WHERE key LIKE $1`, [`mutationsPerClient:${client}%`]);
  });

  it('spends each query’s cost from a per-client budget: beyond it, HTTP 429 with Retry-After', async () => {
    // This client's counter, brought to the edge of the budget in PostgreSQL rather than by 300 000 units of queries.
    expect((await post({ query: '{ themes { id } }' })).status).toBe(200);
    const [{ key }]: { key: string }[] = await api.dataSource.query(
      `SELECT key FROM rate_limits WHERE key LIKE 'queriesPerClient:ip:%'`,
    );
    await api.dataSource.query(`UPDATE rate_limits SET hits = $2, window_start = now() WHERE key = $1`, [
      key,
      RATE_LIMITS.queriesPerClient.max - 15,
    ]);
    // `themes { id }` costs 10 (a list of unknown size): one more passes, the next one is over.
    expect((await post({ query: '{ themes { id } }' })).status).toBe(200);
    const refused = await post({ query: '{ themes { id } }' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as Body).errors![0].extensions!.code).toBe('TOO_MANY_REQUESTS');
    // Mutations keep their own limit; this client gets its budget back for the tests that follow.
    await api.dataSource.query(`DELETE FROM rate_limits WHERE key = $1`, [key]);
  });

  // Last: it uses up this client's mutation allowance for the minute.
  it('limits mutations per client in general', async () => {
    const mutate = () => post({ query: 'mutation { signOut }' });
    const spent: { hits: number }[] = await api.dataSource.query(
      `SELECT hits FROM rate_limits WHERE key LIKE 'mutationsPerClient:ip:%'`,
    );
    const allowance = RATE_LIMITS.mutationsPerClient.max - (spent[0]?.hits ?? 0);
    const codes: string[] = [];
    let refused: Response | null = null;
    for (let i = 0; i < RATE_LIMITS.mutationsPerClient.max + 1; i += 1) {
      const response = await mutate();
      const body = (await response.json()) as Body;
      codes.push(body.errors?.[0]?.extensions?.code ?? 'ok');
      if (response.status !== 200) refused = response;
    }
    // Refusals are HTTP 429 with the wait in Retry-After, as clients and load balancers expect.
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
    // The sign-in test above already spent part of this address's allowance.
    expect(codes.filter((code) => code === 'ok')).toHaveLength(allowance);
    expect(codes.slice(allowance).every((code) => code === 'TOO_MANY_REQUESTS')).toBe(true);
  });
});
