// `npm test`: every check and every test suite, in order of cost, then one line "N passed, N failed".
// Lint, type checks and the schema/codegen freshness checks count as one test each; Jest suites count their tests.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = mkdtempSync(join(tmpdir(), 'cc-test-'));
let passed = 0;
let failed = 0;
const summary = [];

/**
 * Runs one step in a process group of its own, so that a step which hangs (a benchmark waiting on a server that
 * never answers) is stopped with everything it started after `minutes`, and counted as failed, instead of holding
 * the whole run until CI's own limit.
 */
async function run(label, command, args, minutes) {
  console.log(`\n\x1b[1m▶ ${label}\x1b[0m`);
  const started = Date.now();
  const child = spawn(command, args, {
    cwd: root,
    stdio: 'inherit',
    detached: true,
    env: { ...process.env, FORCE_COLOR: '1' },
  });
  const kill = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    console.log(`\n✗ ${label}: still running after ${minutes} min, stopped.`);
    kill('SIGTERM');
    setTimeout(() => kill('SIGKILL'), 10_000).unref();
  }, minutes * 60_000);
  const code = await new Promise((resolve) => child.once('exit', (status) => resolve(status)));
  clearTimeout(timer);
  // Whatever the step left behind (a server it started) goes with it.
  kill('SIGKILL');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: code === 0 && !timedOut, seconds: timedOut ? `${seconds}, timed out` : seconds };
}

async function check(label, command, args, minutes = 10) {
  const { ok, seconds } = await run(label, command, args, minutes);
  if (ok) passed += 1;
  else failed += 1;
  summary.push(`${ok ? '✓' : '✗'} ${label} (${seconds} s)`);
  return ok;
}

async function jest(label, config, extra = [], minutes = 30) {
  const output = join(reports, `${label.replace(/\W+/g, '-')}.json`);
  const { ok, seconds } = await run(
    label,
    'npx',
    ['jest', '-c', config, '--json', `--outputFile=${output}`, ...extra],
    minutes,
  );
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
  summary.push(...failureLines(counts));
}

/**
 * The failed tests of a Jest report, a few lines each, for the closing summary: CI keeps only the end of a run's
 * output, and a failure hundreds of lines up would otherwise be known only by its count.
 */
function failureLines(report) {
  const lines = [];
  for (const suite of report.testResults ?? []) {
    const file = suite.name ? suite.name.replace(`${root}/`, '') : '(unknown file)';
    const failures = (suite.assertionResults ?? []).filter((test) => test.status === 'failed');
    if (failures.length === 0 && suite.status === 'failed') {
      lines.push(`    ✗ ${file}: ${firstLines(suite.message)}`);
    }
    for (const test of failures) {
      lines.push(`    ✗ ${file} › ${test.fullName}: ${firstLines(test.failureMessages?.join('\n'))}`);
    }
  }
  return lines;
}

function firstLines(text = '') {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/\x1b\[[0-9;]*m/g, '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .slice(0, 6)
      .join(' ⏎ ')
      .slice(0, 600) || '(no message)'
  );
}

await check('Formatting (Prettier)', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
await check('Lint and type checks (module boundaries included)', 'npx', [
  'nx',
  'run-many',
  '-t',
  'lint',
  'typecheck',
  '--outputStyle=static',
]);
await check('Build of the API and the web app', 'npx', [
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
await check('Initial JavaScript of the web app within its budget (tools/bundle-size.mjs)', 'node', [
  'tools/bundle-size.mjs',
]);
await check('Committed GraphQL schema is up to date', 'npx', ['nx', 'run', 'api:schema-check', '--outputStyle=static']);
await check('Generated web client code is up to date', 'npx', [
  'nx',
  'run',
  'web:codegen-check',
  '--outputStyle=static',
]);
// Two workers: Jest's default on a 2-core machine is one (cores − 1), which leaves a core idle (decision 0043).
await jest('Unit tests', 'jest.config.cjs', ['--maxWorkers=2']);
// As root, PostgreSQL runs as its own user: this checks it starts even from a folder that user cannot enter.
await check('Embedded services (tools/services.test.cjs)', 'node', ['--test', 'tools/services.test.cjs']);
await check('npm run backup and npm run restore on a local installation (tools/backup.test.mjs)', 'node', [
  '--test',
  'tools/backup.test.mjs',
]);
await check('Two API replicas behind a proxy (tools/replicas.test.mjs)', 'node', ['--test', 'tools/replicas.test.mjs']);
// Each suite has its own database and index prefix, so two run at once: 536 s instead of ~850 s (decision 0043).
await jest('Integration tests (real PostgreSQL and Meilisearch)', 'apps/api/jest.integration.config.cjs', [
  '--maxWorkers=2',
]);
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
  ['bench-replicas.mjs'],
  // One Lighthouse run of the home page (~30 s here): the scores are figures, not a pass or fail.
  ['bench-lighthouse.mjs'],
]) {
  await check(
    `Benchmark runs to its end: ${[script, ...args].join(' ')} --tiny`,
    'node',
    [`tools/${script}`, ...args, '--tiny'],
    5,
  );
}
await jest('End-to-end tests (Chromium, axe)', 'apps/web/e2e/jest.config.cjs', ['--runInBand']);

console.log(`\n${summary.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
