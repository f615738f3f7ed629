import { loadDatabaseConfig } from './database.config';
import { loadHttpConfig } from './http.config';
import { loadSearchConfig } from './search.config';
import { loadLinksConfig } from './links.config';

describe('configuration', () => {
  it('stops the boot with a message naming the variable', () => {
    expect(() => loadDatabaseConfig({})).toThrow(/DATABASE_URL est obligatoire/);
    expect(() => loadDatabaseConfig({ DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL doit commencer par postgres:/,
    );
    expect(() => loadHttpConfig({ PORT: '99999' })).toThrow(/PORT doit être un numéro de port/);
    expect(() => loadSearchConfig({ MEILI_URL: 'http://x', MEILI_MASTER_KEY: 'court' })).toThrow(/MEILI_MASTER_KEY/);
    expect(() => loadSearchConfig({ MEILI_URL: 'http://x', INDEXER_ENABLED: 'peut-être' })).toThrow(/INDEXER_ENABLED/);
  });

  it('reads valid values with defaults', () => {
    expect(loadHttpConfig({})).toMatchObject({ port: 3000, production: false });
    expect(loadSearchConfig({ MEILI_URL: 'http://127.0.0.1:7700' })).toMatchObject({
      indexerEnabled: true,
      indexPrefix: '',
    });
  });

  it('never echoes a password from a malformed URL', () => {
    expect(() => loadDatabaseConfig({ DATABASE_URL: 'postgres//user:secret@host' })).not.toThrow(/secret/);
  });

  it('refuses development mode on a non-loopback HOST unless ALLOW_DEV_ON_NETWORK=true', () => {
    expect(() => loadHttpConfig({ HOST: '0.0.0.0' })).toThrow(
      /HOST vaut « 0\.0\.0\.0 » en mode développement.*ALLOW_DEV_ON_NETWORK=true/,
    );
    expect(() => loadHttpConfig({ HOST: '192.168.1.20' })).toThrow(/HOST/);
    expect(loadHttpConfig({ HOST: '0.0.0.0', ALLOW_DEV_ON_NETWORK: 'true' })).toMatchObject({ devOnNetwork: true });
    expect(loadHttpConfig({ HOST: '0.0.0.0', NODE_ENV: 'production' })).toMatchObject({
      devOnNetwork: false,
      production: true,
    });
    for (const host of ['127.0.0.1', '127.0.0.2', '::1', 'localhost']) {
      expect(loadHttpConfig({ HOST: host })).toMatchObject({ devOnNetwork: false });
    }
  });

  it('reads the link fetcher limits, and lets no private address through unless listed', () => {
    expect(loadLinksConfig({})).toMatchObject({
      fetchTimeoutMs: 8000,
      fetchMaxBytes: 2 * 1024 * 1024,
      allowAddresses: [],
    });
    expect(loadLinksConfig({ LINK_FETCH_ALLOW_ADDRESSES: '127.0.0.2, 10.1.0.0/16' }).allowAddresses).toEqual([
      '127.0.0.2',
      '10.1.0.0/16',
    ]);
    expect(() => loadLinksConfig({ LINK_FETCH_ALLOW_ADDRESSES: 'localhost' })).toThrow(/LINK_FETCH_ALLOW_ADDRESSES/);
    expect(() => loadLinksConfig({ LINK_FETCH_ALLOW_ADDRESSES: '10.0.0.0/99' })).toThrow(/LINK_FETCH_ALLOW_ADDRESSES/);
    expect(() => loadLinksConfig({ LINK_FETCH_TIMEOUT_MS: 'vite' })).toThrow(/LINK_FETCH_TIMEOUT_MS/);
    expect(loadLinksConfig({}).fileFetchTimeoutMs).toBe(120_000);
    expect(() => loadLinksConfig({ LINK_FILE_FETCH_TIMEOUT_MS: '0' })).toThrow(/LINK_FILE_FETCH_TIMEOUT_MS/);
    expect(() => loadLinksConfig({ DOI_LOOKUP_URL: 'ftp://x' })).toThrow(/DOI_LOOKUP_URL/);
  });
});
