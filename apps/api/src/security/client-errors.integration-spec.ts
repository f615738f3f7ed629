import { TestApi, startTestApi } from '../../test/api-harness';

type Body = { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };

/** Regression tests for the outside review (issue 11, items 11, 12, 13, 15, 16): every client error is a 4xx. */
describe('Client errors are answered as client errors (production mode)', () => {
  let api: TestApi;
  let origin: string;
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Body };
  };
  const code = (body: Body) => body.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    api = await startTestApi({ indexer: false, production: true });
    origin = new URL(api.url).origin;
  });
  afterAll(() => api.close());

  it('a syntax error answers 400 GRAPHQL_PARSE_FAILED, not 500', async () => {
    const { status, body } = await post({ query: '{ search(input: { q: "écrans" }) { total ' });
    expect(status).toBe(400);
    expect(code(body)).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('a query past the token limit answers 400, not 500', async () => {
    const { status, body } = await post({ query: `{ ${'__typename '.repeat(3000)} }` });
    expect(status).toBe(400);
    expect(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']).toContain(code(body));
  });

  it('an unknown field answers 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const { status, body } = await post({ query: '{ nothingHere }' });
    expect(status).toBe(400);
    expect(code(body)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a lone UTF-16 surrogate in a variable or a literal answers BAD_USER_INPUT, in search and quick search', async () => {
    const cases = [
      { query: 'query($q: String) { search(input: { q: $q }) { total } }', variables: { q: 'écrans \ud800' } },
      { query: 'query($q: String!) { quickSearch(q: $q) { __typename } }', variables: { q: '\udc00 jeux' } },
    ];
    for (const request of cases) {
      const { status, body } = await post(request);
      expect({ request: request.query, code: code(body), status }).toEqual({
        request: request.query,
        code: 'BAD_USER_INPUT',
        status: 400,
      });
      expect(body.errors![0].message).toMatch(/UTF-16/);
    }
    // Written in the query itself, GraphQL's own lexer refuses the escape: a parse error, still a 400.
    const literal = await post({ query: '{ search(input: { q: "\\ud800" }) { total } }' });
    expect({ status: literal.status, code: code(literal.body) }).toEqual({ status: 400, code: 'GRAPHQL_PARSE_FAILED' });
  });

  it('an enum error does not suggest values in production', async () => {
    const { status, body } = await post({ query: '{ search(input: { sort: relevanc }) { total } }' });
    expect(status).toBe(400);
    expect(body.errors![0].message).not.toMatch(/Did you mean/);
  });

  it('a malformed session cookie is ignored: /graphql and /health answer as for a visitor', async () => {
    const cookie = 'cc_session=%E0%A4%A';
    const graphql = await post({ query: '{ viewer { id } }' }, { cookie });
    expect(graphql.status).toBe(200);
    expect(graphql.body).toEqual({ data: { viewer: null } });
    const health = await fetch(`${origin}/health`, { headers: { cookie } });
    expect(health.status).toBe(200);
  });

  it('caps string arguments: a 100,000-character tag prefix or query is refused with BAD_USER_INPUT', async () => {
    const long = 'a'.repeat(100_000);
    const tags = await post({ query: 'query($p: String) { tags(prefix: $p) { slug } }', variables: { p: long } });
    expect(code(tags.body)).toBe('BAD_USER_INPUT');
    expect(tags.body.errors![0].message).toMatch(/variables\.p/);
    // Past the tag length, a prefix can match nothing: refused naming the argument.
    const prefix = await post({
      query: 'query($p: String) { tags(prefix: $p) { slug } }',
      variables: { p: 'a'.repeat(61) },
    });
    expect(code(prefix.body)).toBe('BAD_USER_INPUT');
    expect(prefix.body.errors![0].message).toMatch(/prefix/i);
    const quick = await post({
      query: 'query($q: String!) { quickSearch(q: $q) { __typename } }',
      variables: { q: long },
    });
    expect(code(quick.body)).toBe('BAD_USER_INPUT');
  });
});
