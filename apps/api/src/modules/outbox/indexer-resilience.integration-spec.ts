import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TestApi, eventually, startTestApi } from '../../../test/api-harness';
import { loadDemoLibrary } from '../seed/demo-library';
import { insertSyntheticResources } from '../seed/synthetic-library';

const CLI = join(__dirname, '../../../../../dist/apps/api/apps/api/src/cli.js');
const CREATE = `mutation Create($input: ResourceInput!) { createResource(input: $input) { slug } }`;

const draft = (n: number) => ({
  type: 'lecture',
  format: 'article',
  title: `Article concurrent ${n}`,
  summary: `Écrit par deux répliques, numéro ${n}.`,
  authors: [],
  language: 'fr',
  visibility: 'network',
  themeSlugs: ['culture-innovation'],
  audienceSlugs: [],
  tags: [],
});

async function pending(api: TestApi): Promise<number> {
  return (await api.dataSource.query('SELECT count(*)::int AS n FROM outbox_events WHERE processed_at IS NULL'))[0].n;
}

type MeiliTask = { uid: number; details?: { receivedDocuments?: number } };

async function meiliTasks(api: TestApi, type: string): Promise<MeiliTask[]> {
  const url = `${api.env.MEILI_URL}/tasks?indexUids=${api.name}_resources&types=${type}&limit=1000`;
  const response = await fetch(url, { headers: { authorization: `Bearer ${api.env.MEILI_MASTER_KEY}` } });
  return ((await response.json()) as { results: MeiliTask[] }).results;
}

function startIndexer(api: TestApi): ChildProcess {
  return spawn('node', [CLI, 'indexer'], {
    env: { ...process.env, ...api.env, INDEXER_ENABLED: 'true' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

describe('The indexer under stress: several at once, killed mid-batch, reindex during searches', () => {
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`Build the API first (npx nx run api:build): ${CLI} is missing`);
  });

  it('two API replicas share the outbox: every event indexed exactly once, nothing lost', async () => {
    const first = await startTestApi({ indexer: true });
    const second = await startTestApi({ indexer: true, shareWith: first });
    try {
      await first.seedDemo();
      // Four members write through both replicas, each under the per-member mutation rate limit.
      const writers: string[] = [];
      for (const email of [
        'yanis.benali@example.org',
        'lea.girard@example.org',
        'sophie.reynaud@example.org',
        'nadia.kessler@example.org',
      ]) {
        await first.signIn(email);
        writers.push(first.cookie);
      }
      const writes = Array.from({ length: 300 }, (_, n) => n);
      for (let i = 0; i < writes.length; i += 20) {
        await Promise.all(
          writes.slice(i, i + 20).map((n) => {
            const replica = n % 2 ? first : second;
            return fetch(replica.url, {
              method: 'POST',
              headers: { 'content-type': 'application/json', cookie: writers[n % writers.length] },
              body: JSON.stringify({ query: CREATE, variables: { input: draft(n) } }),
            }).then(async (response) =>
              expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined(),
            );
          }),
        );
      }
      // Yanis created "article-concurrent-0" and updates it below, through both replicas.
      first.cookie = writers[0];
      second.cookie = writers[0];
      await first.drain();
      let report = await first.checkDrift('resources');
      expect([report.missing, report.stale, report.extra, report.documents]).toEqual([[], [], [], 346]);
      // No double work: the documents Meilisearch received add up to exactly one per resource.
      const tasks = await meiliTasks(first, 'documentAdditionOrUpdate');
      expect(tasks.reduce((sum, task) => sum + (task.details?.receivedDocuments ?? 0), 0)).toBe(346);

      // One resource updated 30 times through both replicas: the index must end on the last version, never an older one.
      for (let version = 1; version <= 30; version += 1) {
        const result = await (version % 2 ? first : second).gql(
          `mutation($input: ResourceInput!) { updateResource(slug: "article-concurrent-0", input: $input) { slug } }`,
          { input: { ...draft(0), summary: `Version ${version} du résumé.` } },
        );
        expect(result.errors).toBeUndefined();
      }
      await first.drain();
      report = await first.checkDrift('resources');
      expect([report.missing, report.stale, report.extra]).toEqual([[], [], []]);
      const [{ id }] = await first.dataSource.query(`SELECT id FROM resources WHERE slug = 'article-concurrent-0'`);
      const indexed = await fetch(`${first.env.MEILI_URL}/indexes/${first.name}_resources/documents/${id}`, {
        headers: { authorization: `Bearer ${first.env.MEILI_MASTER_KEY}` },
      }).then((response) => response.json() as Promise<{ summary: string; version: number }>);
      expect(indexed).toMatchObject({ summary: 'Version 30 du résumé.', version: 31 });
    } finally {
      await second.close();
      await first.close();
    }
  });

  it('an indexer killed (SIGKILL) in the middle of a batch loses nothing once restarted', async () => {
    const api = await startTestApi({ indexer: false });
    let indexer: ChildProcess | undefined;
    try {
      await api.seedDemo();
      await api.dataSource.transaction((manager) =>
        insertSyntheticResources(manager, loadDemoLibrary(), 600, undefined, 600),
      );
      const before = (await meiliTasks(api, 'documentAdditionOrUpdate')).length;
      const killer = startIndexer(api);
      // Kill the moment the first batch reaches Meilisearch, before the indexer can mark its events done.
      await eventually(async () => (await meiliTasks(api, 'documentAdditionOrUpdate')).length > before, 30_000);
      killer.kill('SIGKILL');
      await new Promise((resolve) => killer.once('exit', resolve));
      expect(await pending(api)).toBeGreaterThan(0);

      indexer = startIndexer(api);
      await eventually(async () => (await pending(api)) === 0, 60_000);
      const report = await api.checkDrift('resources');
      expect([report.missing, report.stale, report.extra, report.documents]).toEqual([[], [], [], 646]);
    } finally {
      indexer?.kill('SIGTERM');
      await api.close();
    }
  });

  it('reindex swaps a rebuilt index in while searches keep answering, none failing', async () => {
    const api = await startTestApi({ indexer: false });
    try {
      await api.seedDemo();
      await api.dataSource.transaction((manager) => insertSyntheticResources(manager, loadDemoLibrary(), 3000));
      await api.drain();
      let reindexing = true;
      const totals: number[] = [];
      const errors: string[] = [];
      const searches = (async () => {
        while (reindexing) {
          const result = await api.gql<{ search: { total: number } }>(
            `{ search(input: { q: "", pageSize: 1 }) { total } }`,
          );
          if (result.errors) errors.push(result.errors[0].message);
          else totals.push(result.data!.search.total);
        }
      })();
      const count = await api.reindex('resources');
      reindexing = false;
      await searches;
      expect(count).toBe(3046);
      expect(errors).toEqual([]);
      expect(totals.length).toBeGreaterThan(5);
      expect(new Set(totals)).toEqual(new Set([3046]));
    } finally {
      await api.close();
    }
  });
});
