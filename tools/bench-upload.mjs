// `node tools/bench-upload.mjs [-- --mb 50] [--s3] [--tiny]`: starts the built API on fresh PostgreSQL and Meilisearch, uploads
// a file of N MB in parts as the web form does (PUT /fichiers/televersements/<id>/parties/<n>, then « fin », which
// hashes the bytes and decides their type), and reports the API process's peak resident memory above its level
// before the upload. `--s3`: the bytes go to an s3rver process instead of the local folder. Writes its section of
// docs/benchmarks.md. A benchmark, not a test.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import {
  arg,
  createMember,
  machine,
  MIB,
  now,
  requireBuild,
  root,
  runCli,
  runMain,
  say,
  session,
  signIn,
  sleep,
  startApi,
  startServices,
  writeSection,
} from './bench-support.mjs';

const MB = arg('mb', 50, 2);
const S3 = process.argv.includes('--s3');
const TARGET_MB = 30;

/** Resident memory of a process (bytes), from /proc. */
function rss(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) * 1024;
}

/** Samples `pid`'s memory every 10 ms while `work` runs; answers the peak. */
async function peakDuring(pid, work) {
  let peak = rss(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rss(pid))), 10);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, rss(pid));
}

async function startS3rver(dir) {
  const script = `const S3rver = require('s3rver');
new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: process.argv[1], configureBuckets: [{ name: 'bench' }] })
  .run().then(({ port }) => console.log(String(port)));`;
  const child = spawn('node', ['-e', script, dir], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  // The port is the line the script prints (s3rver may print other lines first).
  const port = await new Promise((resolve, reject) => {
    let output = '';
    child.once('exit', (code) => reject(new Error(`s3rver stopped (code ${code}): ${output}`)));
    setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`s3rver printed no port within 30 s: ${output}`));
    }, 30_000).unref();
    child.stdout.on('data', (data) => {
      output += String(data);
      // A number printed under FORCE_COLOR (npm test sets it) comes in ANSI colours: printed as a string, and stripped.
      const line = stripVTControlCharacters(output)
        .split('\n')
        .find((text) => /^\d+$/.test(text.trim()));
      if (line) resolve(Number(line.trim()));
    });
  });
  return { child, endpoint: `http://127.0.0.1:${port}` };
}

async function main() {
  requireBuild();
  const s3Dir = S3 ? mkdtempSync(join(os.tmpdir(), 'cc-bench-s3-')) : null;
  const s3 = S3 ? await startS3rver(s3Dir) : null;
  const stack = await startServices(
    'upload',
    s3
      ? { S3_ENDPOINT: s3.endpoint, S3_BUCKET: 'bench', S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' }
      : {},
  );
  let api;
  try {
    runCli(['migrate'], stack.env, { quiet: true });
    const member = await createMember(stack.env);
    api = await startApi(stack.env);
    const { call } = session(api.url, await signIn(api.url, member));
    const upload = async (bytes) => {
      const state = await call(
        'POST',
        '/fichiers/televersements',
        JSON.stringify({ nom: 'banc.pdf', taille: bytes.length }),
      );
      for (let part = 1; part <= state.nombreParties; part += 1) {
        const chunk = bytes.subarray((part - 1) * state.tailleParties, part * state.tailleParties);
        await call('PUT', `/fichiers/televersements/${state.id}/parties/${part}`, chunk, 'application/octet-stream');
      }
      return call('POST', `/fichiers/televersements/${state.id}/fin`);
    };
    const file = (mb) => Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(mb * MIB - 9)]);

    // A first small upload loads the code paths, so that the measure is of holding bytes, not of loading modules.
    await upload(file(1));
    await sleep(500);
    const before = rss(api.pid);
    const bytes = file(MB);
    say(`Uploading ${MB} MB in parts (${S3 ? 's3rver' : 'local folder'})…`);
    const started = Date.now();
    let answer;
    const peak = await peakDuring(api.pid, async () => (answer = await upload(bytes)));
    const seconds = (Date.now() - started) / 1000;
    if (answer.size !== bytes.length || answer.mediaType !== 'application/pdf') throw new Error('upload not kept');
    const delta = (peak - before) / MIB;
    writeSection(`upload${S3 ? '-s3' : ''}`, [
      `# Upload memory benchmark (${S3 ? 'S3-compatible storage, s3rver' : 'local folder'})`,
      '',
      `Run by \`node tools/bench-upload.mjs${S3 ? ' --s3' : ''}\` on ${now()} UTC. Machine: ${machine()}.`,
      '',
      '| file | parts | API RSS before | API RSS peak | peak − before | time (parts + « fin ») | MB/s |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      `| ${MB} MB | ${Math.ceil(bytes.length / (8 * MIB))} × 8 MiB | ${(before / MIB).toFixed(0)} MiB | ${(peak / MIB).toFixed(0)} MiB | **+${delta.toFixed(1)} MiB** | ${seconds.toFixed(1)} s | ${(MB / seconds).toFixed(1)} |`,
      '',
      `Target (issue 12): peak memory of the API process during a 50 MB upload under +${TARGET_MB} MB. « fin » reads the stored bytes twice (type, SHA-256), streamed.`,
    ]);
  } finally {
    await api?.stop();
    s3?.child.kill('SIGTERM');
    await stack.stop();
    if (s3Dir) rmSync(s3Dir, { recursive: true, force: true });
  }
}

runMain(main);
