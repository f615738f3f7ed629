import { ConfigError, Env, readBoolean, readUrl } from './config-error';

export interface DatabaseConfig {
  url: string;
  /** Log every SQL statement (debugging only). */
  logSql: boolean;
}

export const DATABASE_CONFIG = Symbol('DATABASE_CONFIG');

export function loadDatabaseConfig(env: Env = process.env): DatabaseConfig {
  const url = readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  if (!url)
    throw new ConfigError('DATABASE_URL', 'est obligatoire (npm start le fournit avec la base PostgreSQL intégrée)');
  return { url, logSql: readBoolean(env, 'DATABASE_LOG_SQL', false) };
}
