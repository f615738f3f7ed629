import { ConfigError, Env, readBoolean, readUrl } from './config-error';

export interface SearchConfig {
  url: string;
  apiKey: string;
  /** Prefix of every index uid, so that several installations (or test runs) can share one Meilisearch. */
  indexPrefix: string;
  /** Whether this process drains the outbox into Meilisearch (every API replica may). */
  indexerEnabled: boolean;
}

export const SEARCH_CONFIG = Symbol('SEARCH_CONFIG');

export function loadSearchConfig(env: Env = process.env): SearchConfig {
  const url = readUrl(env, 'MEILI_URL', ['http:', 'https:']);
  if (!url) throw new ConfigError('MEILI_URL', 'est obligatoire (npm start le fournit avec le Meilisearch intégré)');
  const apiKey = env.MEILI_MASTER_KEY ?? '';
  if (apiKey.length > 0 && apiKey.length < 16)
    throw new ConfigError('MEILI_MASTER_KEY', 'doit compter au moins 16 caractères');
  const indexPrefix = env.MEILI_INDEX_PREFIX ?? '';
  if (!/^[a-zA-Z0-9_-]*$/.test(indexPrefix)) {
    throw new ConfigError('MEILI_INDEX_PREFIX', 'ne peut contenir que des lettres, chiffres, « - » et « _ »');
  }
  return { url, apiKey, indexPrefix, indexerEnabled: readBoolean(env, 'INDEXER_ENABLED', true) };
}
