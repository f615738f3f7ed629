import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApi, eventually, startTestApi } from '../../../test/api-harness';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const services = require('../../../test/services.cjs');

const CREATE = `mutation Create($input: ResourceInput!) { createResource(input: $input) { slug } }`;
const SEARCH = `query Search($q: String) { search(input: { q: $q, pageSize: 100 }) { total } }`;

interface Meili {
  url: string;
  stop(): Promise<void>;
}

const WRITERS = 5;

describe('No write is lost when Meilisearch is down', () => {
  let api: TestApi;
  let meili: Meili;
  const dir = mkdtempSync(join(tmpdir(), 'cc-meili-outage-'));
  let port: number;
  const startMeili = async () =>
    (meili = await services.startMeilisearch({ dir, port, masterKey: 'outage-test-master-key' }));
  const input = (n: number) => ({
    type: 'lecture',
    format: 'article',
    title: `Article hors ligne numéro ${n}`,
    summary: `Écrit pendant la panne, exemplaire ${n}.`,
    authors: [],
    language: 'fr',
    visibility: 'network',
    themeSlugs: ['culture-innovation'],
    audienceSlugs: [],
    tags: ['panne'],
  });

  beforeAll(async () => {
    port = await services.freePort();
    await startMeili();
    process.env.MEILI_MASTER_KEY_BACKUP = process.env.MEILI_MASTER_KEY;
    process.env.MEILI_MASTER_KEY = 'outage-test-master-key';
    api = await startTestApi({ meiliUrl: meili.url });
    process.env.MEILI_MASTER_KEY = process.env.MEILI_MASTER_KEY_BACKUP;
    await api.dataSource.query(
      `INSERT INTO themes (slug, label, position) VALUES ('culture-innovation', 'Culture numérique', 1)`,
    );
    // Five members share the 500 writes, each under the per-member mutation rate limit.
    for (let i = 0; i < WRITERS; i += 1) {
      await api.dataSource.query(`INSERT INTO members (slug, name, email, role) VALUES ($1, $1, $2, 'member')`, [
        `writer-${i}`,
        `writer${i}@example.org`,
      ]);
    }
  });
  afterAll(async () => {
    await api.close();
    await meili.stop();
  });

  it('500 writes succeed during the outage, search says it is unavailable, and the index catches up afterwards', async () => {
    await meili.stop();
    for (let n = 1; n <= 500; n += 1) {
      await api.signIn(`writer${n % WRITERS}@example.org`, undefined, { reuse: true });
      const result = await api.gql(CREATE, { input: input(n) });
      expect(result.errors).toBeUndefined();
    }
    const during = await api.gql(SEARCH, { q: 'panne' });
    expect(during.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const pending = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_events WHERE processed_at IS NULL`,
    );
    expect(pending[0].n).toBe(500);

    await startMeili();
    await eventually(
      async () =>
        (await api.gql<{ search: { total: number } }>(SEARCH, { q: 'hors ligne' })).data?.search.total === 500,
      60_000,
    );
    const report = await api.checkDrift('resources');
    expect([report.missing, report.stale, report.extra]).toEqual([[], [], []]);
    expect(report.documents).toBe(500);
  });
});
