import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../src/database/migrations';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../src/app.module';
import { Clock } from '../src/common/clock';
import { configureHttpApp } from '../src/http-app';
import { prepareStores } from '../src/boot';
import { JobWorker } from '../src/modules/jobs/job-worker.service';
import { OutboxWorker } from '../src/modules/outbox/outbox-worker.service';
import { IndexAdminService } from '../src/modules/search/index-admin.service';
import { DemoSeedService } from '../src/modules/seed/demo-seed.service';

export interface GraphqlResponse<T> {
  data?: T;
  errors?: {
    message: string;
    extensions?: { code?: string; issues?: { field: string; rule: string; message: string }[] };
  }[];
}

export interface TestApi {
  /** Database name, also the index prefix. */
  name: string;
  /** The folder holding this suite's file bytes (local storage), removed on close. */
  filesDir: string;
  /** The environment another process needs to work on the same database and indexes. */
  env: Record<string, string>;
  url: string;
  app: INestApplication;
  dataSource: DataSource;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>>;
  /** Signs in as a demo member (demo password) or with a password; later `gql` calls carry the session cookie. */
  signIn(email: string, password?: string, options?: { reuse?: boolean }): Promise<void>;
  signOut(): void;
  /** The session cookie in use ("" when signed out); another TestApi may reuse it (same database). */
  cookie: string;
  seedDemo(): Promise<void>;
  drain(): Promise<number>;
  /** Waits until no job is due or running (mail, digests…), whichever worker runs them. */
  settleJobs(): Promise<void>;
  /**
   * Stops this process's background indexer and job worker, whose polling sends statements of its own every second
   * (`drain` and `settleJobs` still work). For a test that counts the statements of one piece of work.
   */
  stopBackgroundWork(): Promise<void>;
  checkDrift: IndexAdminService['checkDrift'];
  reindex: IndexAdminService['reindex'];
  close(): Promise<void>;
}

/**
 * Every suite's database starts as a copy of one database on which the migrations already ran: running them again
 * for each of the ~90 APIs a run boots cost ~0.35 s each. The template is named after the migrations, so that a
 * server kept between runs (TEST_DATABASE_ADMIN_URL) never hands out a template of older migrations. The API still
 * runs its migrations at boot (`prepareStores`); it finds none pending. Suites that test migrating itself
 * (upgrade, race, backfills) create empty databases with test/fresh-database.ts.
 */
async function createMigratedDatabase(adminUrl: string, name: string): Promise<void> {
  const names = MIGRATIONS.map((migration) => migration.name).join(',');
  const template = `cc_template_${createHash('sha256').update(names).digest('hex').slice(0, 12)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // Jest workers may start together: one builds the template, the others wait for it.
    await admin.query(`SELECT pg_advisory_lock(hashtext('cc_template'))`);
    const found = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [template]);
    if (found.rowCount === 0) {
      const building = `${template}_building`;
      await admin.query(`DROP DATABASE IF EXISTS ${building}`);
      await admin.query(`CREATE DATABASE ${building}`);
      const url = new URL(adminUrl);
      url.pathname = `/${building}`;
      const dataSource = await new DataSource({
        type: 'postgres',
        url: url.toString(),
        migrations: MIGRATIONS,
      }).initialize();
      try {
        await dataSource.runMigrations({ transaction: 'each' });
      } finally {
        await dataSource.destroy();
      }
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
    }
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.query(`SELECT pg_advisory_unlock(hashtext('cc_template'))`).catch(() => undefined);
    await admin.end();
  }
}

/**
 * Boots the real API (HTTP, GraphQL, indexer) on a fresh database and a fresh index prefix, so that suites
 * never see each other's data. PostgreSQL and Meilisearch come from test/global-setup.mjs.
 */
export async function startTestApi(
  options: {
    meiliUrl?: string;
    indexer?: boolean;
    shareWith?: TestApi;
    production?: boolean;
    env?: Record<string, string>;
    /** Where the API takes « now » (a FixedClock the test moves on); the machine's clock when absent. */
    clock?: Clock;
  } = {},
): Promise<TestApi> {
  // `shareWith`: a second API process on the same database and indexes (as replicas behind a load balancer).
  const name = options.shareWith?.name ?? `cc_test_${randomBytes(4).toString('hex')}`;
  const adminUrl = process.env.TEST_DATABASE_ADMIN_URL!;
  if (!options.shareWith) await createMigratedDatabase(adminUrl, name);
  const databaseUrl = new URL(adminUrl);
  databaseUrl.pathname = `/${name}`;
  process.env.DATABASE_URL = databaseUrl.toString();
  process.env.MEILI_INDEX_PREFIX = `${name}_`;
  process.env.INDEXER_ENABLED = String(options.indexer ?? true);
  // Tests send the digest themselves, at the time they choose.
  process.env.DIGEST_SCHEDULER = 'false';
  // Nor would a test ticking the scheduler on a Sunday want the weekly link check to fetch the demo's real links.
  process.env.LINK_CHECK_SCHEDULED = 'false';
  // Each suite's files in a folder of its own (a replica shares its first API's), never in the project's .data.
  const filesDir = options.shareWith?.filesDir ?? mkdtempSync(join(tmpdir(), `${name}-fichiers-`));
  process.env.FILES_DIR = filesDir;
  const meiliUrl = process.env.MEILI_URL;
  if (options.meiliUrl) process.env.MEILI_URL = options.meiliUrl;

  const nodeEnv = process.env.NODE_ENV;
  const extra = Object.keys(options.env ?? {});
  if (options.production) process.env.NODE_ENV = 'production';
  Object.assign(process.env, options.env);
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { logger: ['error', 'warn'] });
  process.env.NODE_ENV = nodeEnv;
  for (const key of extra) delete process.env[key];
  // Every service shares the application's one Clock: it now tells the test's time.
  const clock = options.clock;
  if (clock) app.get(Clock).now = () => clock.now();
  configureHttpApp(app);
  if (options.meiliUrl) process.env.MEILI_URL = meiliUrl;
  await prepareStores(app);
  await app.listen(0, '127.0.0.1');
  const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
  const dataSource = app.get<DataSource>(getDataSourceToken());

  const sessions = new Map<string, string>();
  const api: TestApi = {
    cookie: '',
    name,
    filesDir,
    env: {
      FILES_DIR: filesDir,
      DATABASE_URL: process.env.DATABASE_URL!,
      MEILI_URL: options.meiliUrl ?? meiliUrl!,
      MEILI_MASTER_KEY: process.env.MEILI_MASTER_KEY ?? '',
      MEILI_INDEX_PREFIX: `${name}_`,
    },
    url,
    app,
    dataSource,
    async gql<T>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>> {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(api.cookie ? { cookie: api.cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const cookie = response.headers.getSetCookie().find((header) => header.startsWith('cc_session='));
      if (cookie) api.cookie = cookie.split(';')[0];
      return (await response.json()) as GraphqlResponse<T>;
    },
    async signIn(email: string, password = 'culture-commune-demo', options: { reuse?: boolean } = {}) {
      // Reusing a person's session keeps suites that switch people often under the sign-in rate limit.
      if (options.reuse && sessions.has(email)) {
        api.cookie = sessions.get(email)!;
        return;
      }
      api.cookie = '';
      const result = await api.gql(
        `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }`,
        {
          email,
          password,
        },
      );
      if (result.errors) throw new Error(`signIn ${email}: ${result.errors[0].message}`);
      sessions.set(email, api.cookie);
    },
    signOut() {
      api.cookie = '';
    },
    async seedDemo() {
      await app.get(DemoSeedService).seed({ ifEmpty: true });
      // Not drainUntilIdle alone: the background indexer may hold a claimed batch still unindexed when it returns.
      await api.drain();
    },
    // Waits until the outbox is empty, whichever indexer (this call or the background worker) processes it.
    async drain() {
      let total = 0;
      for (;;) {
        total += await app.get(OutboxWorker).drainUntilIdle();
        const [{ n }] = await dataSource.query(
          'SELECT count(*)::int AS n FROM outbox_events WHERE processed_at IS NULL',
        );
        if (n === 0) return total;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async settleJobs() {
      const worker = app.get(JobWorker);
      for (;;) {
        await worker.runUntilIdle();
        const [{ n }] = await dataSource.query(
          `SELECT count(*)::int AS n FROM jobs WHERE state = 'running' OR (state = 'pending' AND run_after <= now())`,
        );
        if (n === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async stopBackgroundWork() {
      await app.get(OutboxWorker).stop();
      await app.get(JobWorker).stop();
    },
    checkDrift: (index) => app.get(IndexAdminService).checkDrift(index),
    reindex: (index, onProgress) => app.get(IndexAdminService).reindex(index, onProgress),
    close: async () => {
      await app.close();
      if (!options.shareWith) rmSync(filesDir, { recursive: true, force: true });
    },
  };
  return api;
}

/** Polls until `check` returns true; the time limit is generous because this is a correctness test, not a timing one. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Condition not met within ${timeoutMs} ms`);
}
