import { Meilisearch } from 'meilisearch';
import { SEARCH_CONFIG, type SearchConfig } from '../../config/search.config';

export const MEILI_CLIENT = Symbol('MEILI_CLIENT');

export const meiliClientProvider = {
  provide: MEILI_CLIENT,
  inject: [SEARCH_CONFIG],
  useFactory: (config: SearchConfig) =>
    new Meilisearch({ host: config.url, apiKey: config.apiKey || undefined, timeout: 10_000 }),
};
