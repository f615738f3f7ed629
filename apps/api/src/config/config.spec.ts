import { loadDatabaseConfig } from './database.config';
import { loadHttpConfig } from './http.config';
import { loadSearchConfig } from './search.config';

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
});
