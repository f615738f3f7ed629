import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource, type MigrationInterface } from 'typeorm';

type MigrationClass = new () => MigrationInterface;

export interface FreshDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.TEST_DATABASE_ADMIN_URL! });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** An empty database of its own in the PostgreSQL of the integration run (test/global-setup.mjs). */
export async function createFreshDatabase(prefix = 'cc_db'): Promise<FreshDatabase> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(process.env.TEST_DATABASE_ADMIN_URL!);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** A DataSource as the app builds it (no synchronize, migrations run explicitly), on `url`. */
export async function openDataSource(
  url: string,
  options: { entities?: (new () => unknown)[]; migrations?: MigrationClass[] } = {},
): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    entities: options.entities ?? [],
    migrations: options.migrations ?? [],
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
  });
  return dataSource.initialize();
}
