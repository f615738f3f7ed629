// `node --test tools/backup.test.mjs` (after a build; `npm test` runs it): the operator commands as a person types
// them on a local installation — `npm run backup` and `npm run restore` through tools/cli.mjs, on the embedded
// PostgreSQL and Meilisearch of a data folder — restore the demo library into a new installation with no drift.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import services from './services.cjs';

const root = join(import.meta.dirname, '..');

async function installation() {
  const dataDir = mkdtempSync(join(os.tmpdir(), 'cc-installation-'));
  return {
    dataDir,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await services.freePort()),
      EMBEDDED_MEILI_PORT: String(await services.freePort()),
      DATABASE_URL: '',
      MEILI_URL: '',
    },
  };
}

const cli = (env, ...args) => spawnSync('node', ['tools/cli.mjs', ...args], { cwd: root, env, encoding: 'utf8' });

test('npm run backup then npm run restore bring the demo library into a new installation', async () => {
  const source = await installation();
  const target = await installation();
  try {
    assert.equal(cli(source.env, 'seed').status, 0);
    const backup = cli(source.env, 'backup');
    assert.equal(backup.status, 0, backup.stderr);
    assert.match(backup.stdout, /Sauvegarde écrite : .*culture-commune-.*\.tar/);
    const [archive] = readdirSync(join(source.dataDir, 'sauvegardes'));
    assert.match(archive, /^culture-commune-.*Z\.tar$/);

    const restore = cli(target.env, 'restore', join(source.dataDir, 'sauvegardes', archive));
    assert.equal(restore.status, 0, restore.stderr);
    // Nothing indexes behind the restore's back: the background indexer once queried the empty database and logged
    // « relation … does not exist » before the archive was in.
    assert.doesNotMatch(restore.stdout + restore.stderr, /Indexation impossible|query failed|does not exist/);
    assert.match(restore.stdout, /resources : 46 lignes en base, 46 documents dans l'index/);
    assert.match(restore.stdout, /Aucun écart\./);

    // A second restore into the same installation is refused: it is no longer empty.
    const again = cli(target.env, 'restore', join(source.dataDir, 'sauvegardes', archive));
    assert.equal(again.status, 1);
    assert.match(again.stderr, /La base contient déjà des données/);
  } finally {
    rmSync(source.dataDir, { recursive: true, force: true });
    rmSync(target.dataDir, { recursive: true, force: true });
  }
});
