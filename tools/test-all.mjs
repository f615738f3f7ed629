// `npm test`: every check and every test suite, in order of cost, then one line "N passed, N failed".
// Lint, type checks and the schema/codegen freshness checks count as one test each; Jest suites count their tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = mkdtempSync(join(tmpdir(), 'cc-test-'));
let passed = 0;
let failed = 0;
const summary = [];

function run(label, command, args) {
  console.log(`\n\x1b[1m▶ ${label}\x1b[0m`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '1' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: result.status === 0, seconds };
}

function check(label, command, args) {
  const { ok, seconds } = run(label, command, args);
  if (ok) passed += 1;
  else failed += 1;
  summary.push(`${ok ? '✓' : '✗'} ${label} (${seconds} s)`);
  return ok;
}

function jest(label, config, extra = []) {
  const output = join(reports, `${label.replace(/\W+/g, '-')}.json`);
  const { ok, seconds } = run(label, 'npx', ['jest', '-c', config, '--json', `--outputFile=${output}`, ...extra]);
  let counts = { numPassedTests: 0, numFailedTests: 0 };
  try {
    counts = JSON.parse(readFileSync(output, 'utf8'));
  } catch {
    // The runner crashed before writing its report.
  }
  passed += counts.numPassedTests;
  // A suite that fails to load has no failed test but must still count as a failure.
  const suiteFailures = ok ? 0 : Math.max(1, counts.numFailedTests);
  failed += suiteFailures;
  summary.push(`${ok ? '✓' : '✗'} ${label}: ${counts.numPassedTests} passed, ${suiteFailures} failed (${seconds} s)`);
}

check('Formatting (Prettier)', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
check('Lint and type checks (module boundaries included)', 'npx', [
  'nx',
  'run-many',
  '-t',
  'lint',
  'typecheck',
  '--outputStyle=static',
]);
check('Build of the API and the web app', 'npx', [
  'nx',
  'run-many',
  '-t',
  'build',
  '-p',
  'api',
  'web',
  '--outputStyle=static',
]);
// What a visitor downloads before the first paint, against its budget (issue 16, decision 0045).
check('Initial JavaScript of the web app within its budget (tools/bundle-size.mjs)', 'node', ['tools/bundle-size.mjs']);
check('Committed GraphQL schema is up to date', 'npx', ['nx', 'run', 'api:schema-check', '--outputStyle=static']);
check('Generated web client code is up to date', 'npx', ['nx', 'run', 'web:codegen-check', '--outputStyle=static']);
jest('Unit tests', 'jest.config.cjs');
// As root, PostgreSQL runs as its own user: this checks it starts even from a folder that user cannot enter.
check('Embedded services (tools/services.test.cjs)', 'node', ['--test', 'tools/services.test.cjs']);
check('npm run backup and npm run restore on a local installation (tools/backup.test.mjs)', 'node', [
  '--test',
  'tools/backup.test.mjs',
]);
check('Two API replicas behind a proxy (tools/replicas.test.mjs)', 'node', ['--test', 'tools/replicas.test.mjs']);
jest('Integration tests (real PostgreSQL and Meilisearch)', 'apps/api/jest.integration.config.cjs', ['--runInBand']);
// Every benchmark script at a tiny size, so that none can silently stop running to its end (issue 16); the real
// sizes stay manual commands (README). Each prints its figures and writes nothing under --tiny.
for (const [script, ...args] of [
  ['bench-search.mjs'],
  ['bench-report.mjs'],
  ['bench-who-knows.mjs'],
  ['bench-import.mjs'],
  ['bench-upload.mjs'],
  ['bench-upload.mjs', '--s3'],
  ['bench-extraction.mjs'],
  ['bench-file-index.mjs'],
  ['bench-file-searchable.mjs'],
]) {
  check(`Benchmark runs to its end: ${[script, ...args].join(' ')} --tiny`, 'node', [
    `tools/${script}`,
    ...args,
    '--tiny',
  ]);
}
jest('End-to-end tests (Chromium, axe)', 'apps/web/e2e/jest.config.cjs', ['--runInBand']);

console.log(`\n${summary.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
