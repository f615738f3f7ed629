import { TestApi, startTestApi } from '../../../test/api-harness';
import { RATE_LIMITS } from '../../security/rate-limits';

type Body = { data?: { signIn?: { id: string } }; errors?: { extensions?: { code?: string } }[] };

/** Issue 11, item 2: only failures count, and failures elsewhere never lock the owner out. */
describe('Sign-in limits count failures only, per account and address', () => {
  let api: TestApi;
  const signIn = async (email: string, password: string, address: string) => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
        variables: { e: email, p: password },
      }),
    });
    const body = (await response.json()) as Body;
    return body.errors?.[0]?.extensions?.code ?? 'OK';
  };

  beforeAll(async () => {
    // Behind a proxy, the client address comes from X-Forwarded-For: the test plays several addresses.
    api = await startTestApi({ indexer: false, env: { TRUST_PROXY: 'true' } });
    await api.seedDemo();
    // 40 trainees of one training room (no password of their own: the demo password, development mode).
    await api.dataSource.query(
      `INSERT INTO members (slug, name, email, role)
       SELECT 'stagiaire-' || n, 'Stagiaire ' || n, 'stagiaire' || n || '@example.org', 'member' FROM generate_series(1, 40) AS n`,
    );
  });
  afterAll(() => api.close());

  it('40 members sign in from one address within a minute: all succeed', async () => {
    const codes: string[] = [];
    for (let n = 1; n <= 40; n += 1)
      codes.push(await signIn(`stagiaire${n}@example.org`, 'culture-commune-demo', '203.0.113.10'));
    expect(codes.filter((code) => code !== 'OK')).toEqual([]);
    // And the same person again and again, switching devices: successes never count.
    for (let n = 0; n < RATE_LIMITS.signInFailuresPerAccountAddress.max + 2; n += 1) {
      expect(await signIn('stagiaire1@example.org', 'culture-commune-demo', '203.0.113.10')).toBe('OK');
    }
  });

  it('10 failures from address A for an account: the owner still signs in from address B; A is stopped', async () => {
    const { max } = RATE_LIMITS.signInFailuresPerAccountAddress;
    for (let n = 0; n < max; n += 1) {
      expect(await signIn('lea.girard@example.org', `mauvais ${n}`, '198.51.100.66')).toBe('UNAUTHENTICATED');
    }
    expect(await signIn('lea.girard@example.org', 'mauvais encore', '198.51.100.66')).toBe('TOO_MANY_REQUESTS');
    // Even the right password is not tried from A any more (brute force is stopped there)…
    expect(await signIn('lea.girard@example.org', 'culture-commune-demo', '198.51.100.66')).toBe('TOO_MANY_REQUESTS');
    // …while Léa, elsewhere, signs in.
    expect(await signIn('lea.girard@example.org', 'culture-commune-demo', '192.0.2.44')).toBe('OK');
  });

  it('guessing across many accounts from one address is stopped by the per-address limit', async () => {
    const { max } = RATE_LIMITS.signInFailuresPerAddress;
    const codes: string[] = [];
    for (let n = 0; n <= max; n += 1)
      codes.push(await signIn(`stagiaire${(n % 40) + 1}@example.org`, 'devine', '198.51.100.99'));
    expect(codes.slice(0, max).every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[max]).toBe('TOO_MANY_REQUESTS');
    // Another address is not affected.
    expect(await signIn('stagiaire2@example.org', 'culture-commune-demo', '192.0.2.45')).toBe('OK');
  });
});
