import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { TestApi, startTestApi } from '../../test/api-harness';

/**
 * Property-based: generated variables are sent to every query and mutation of the schema, as a visitor and as
 * signed-in people. Whatever comes in: no 5xx, no internal error, no stack trace or SQL, and a mutation that fails
 * writes nothing (row counts unchanged, the audit log and rate-limit counters aside).
 */
const schema: GraphQLSchema = buildSchema(readFileSync(join(__dirname, '../../schema.gql'), 'utf8'));

const nasty = [
  '',
  ' ',
  'decodex',
  'jeux-video',
  'camille.durand@example.org',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '\u0000',
  'é'.repeat(300),
  '00000000-0000-0000-0000-000000000000',
  '{{x}}',
  '../../etc/passwd',
];

function arbitraryFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return arbitraryFor(type.ofType as GraphQLInputType, depth);
  const nullable = (arbitrary: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: 6, arbitrary }, { weight: 1, arbitrary: fc.constant(null) });
  if (isListType(type))
    return nullable(
      fc.array(arbitraryFor(type.ofType as GraphQLInputType, depth + 1), { maxLength: depth > 1 ? 1 : 4 }),
    );
  if (isEnumType(type)) return nullable(fc.constantFrom(...type.getValues().map((value) => value.value)));
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    return nullable(
      fc.record(
        Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, arbitraryFor(field.type, depth + 1)])),
      ),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return nullable(fc.oneof(fc.integer({ min: -5, max: 3000 }), fc.constantFrom(0, -1, 2147483647, -2147483648)));
      case 'Boolean':
        return nullable(fc.boolean());
      default:
        return nullable(
          fc.oneof(
            fc.string({ maxLength: 40 }),
            fc.constantFrom(...nasty),
            fc.string({ unit: 'grapheme', maxLength: 20 }),
          ),
        );
    }
  }
  return fc.constant(null);
}

/** `mutation($a: T!) { field(a: $a) { __typename } }`, variables for every argument. */
function documentFor(kind: 'query' | 'mutation', name: string, field: GraphQLField<unknown, unknown>): string {
  const declarations = field.args.map((arg: GraphQLArgument) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passing = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind}${declarations ? `(${declarations})` : ''} { ${name}${passing ? `(${passing})` : ''}${selection} }`;
}

const UNWRITTEN = new Set(['audit_log', 'rate_limits', 'sessions', 'migrations', 'typeorm_metadata']);
const IDENTITIES = [
  null,
  'admin@example.org',
  'camille.durand@example.org',
  'yanis.benali@example.org',
  'lea.girard@example.org',
  'sophie.reynaud@example.org',
  'nadia.kessler@example.org',
  'marc.aubert@example.org',
  'claire.mounier@example.org',
];
// Ending one's own session would turn the next runs into a visitor's; those two are covered by the accounts suite.
const SKIPPED = new Set(['signOut', 'signOutEverywhere']);

describe('Generated input never breaks the API (fast-check)', () => {
  let api: TestApi;
  let tables: string[];
  const counts = async () => {
    const rows: { table: string; n: number }[] = await api.dataSource.query(
      tables.map((table) => `SELECT '${table}' AS table, count(*)::int AS n FROM ${table}`).join(' UNION ALL '),
    );
    return Object.fromEntries(rows.map((row) => [row.table, row.n]));
  };

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    await api.seedDemo();
    tables = (await api.dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`))
      .map((row: { tablename: string }) => row.tablename)
      .filter((table: string) => !UNWRITTEN.has(table));
  });
  afterAll(() => api.close());

  const operations = (['query', 'mutation'] as const).flatMap((kind) => {
    const type = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
    return Object.entries(type.getFields())
      .filter(([name]) => !SKIPPED.has(name))
      .map(([name, field]) => [kind, name, field] as const);
  });

  it.each(operations.map(([kind, name, field]) => [`${kind} ${name}`, kind, name, field] as const))(
    '%s',
    async (_, kind, name, field) => {
      const document = documentFor(kind, name, field);
      const variables = fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, arbitraryFor(arg.type)])));
      let run = 0;
      await fc.assert(
        fc.asyncProperty(variables, async (values) => {
          const identity = IDENTITIES[run++ % IDENTITIES.length];
          // Robustness, not rate limits (tested in api-limits): thousands of generated mutations would exhaust the allowance.
          await api.dataSource.query(`DELETE FROM rate_limits WHERE key LIKE 'mutationsPerClient:%'`);
          if (identity) await api.signIn(identity, undefined, { reuse: true });
          else api.signOut();
          // Side effects of earlier runs (a mail job of a successful mutation) land before counting, not during.
          if (kind === 'mutation') await api.settleJobs();
          const before = kind === 'mutation' ? await counts() : null;
          const response = await fetch(api.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(api.cookie ? { cookie: api.cookie } : {}) },
            body: JSON.stringify({ query: document, variables: values }),
          });
          const text = await response.text();
          expect(response.status).toBeLessThan(500);
          expect(text).not.toMatch(/stacktrace|QueryFailedError|at Object\.|\.ts:\d+|SELECT |INSERT |UPDATE /);
          const body = JSON.parse(text) as {
            data?: Record<string, unknown> | null;
            errors?: { extensions?: { code?: string } }[];
          };
          for (const error of body.errors ?? []) expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
          if (before && body.errors?.length) expect(await counts()).toEqual(before);
        }),
        { numRuns: kind === 'mutation' ? 20 : 12, seed: 20261128 },
      );
    },
  );
});
