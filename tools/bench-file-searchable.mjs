// `npm run bench:files [-- --runs-small 10 --runs-large 5] [--tiny]` after `nx run api:build`: upload → text
// searchable, as a member lives it (issue 12). Starts the built API on fresh PostgreSQL and Meilisearch with the demo
// library, then for a ~2 MB and a ~30 MB PDF whose last page carries a word found nowhere else: uploads it in parts
// through the REST routes, attaches it to a new public resource through GraphQL, and polls GraphQL `search` for the
// word until the resource comes back with the file match. The clock runs from the first upload request to that
// answer: parts, « fin », the resource's write, the extraction job (child process), the outbox and Meilisearch.
// Prints median and p95 per size and writes its section of docs/benchmarks.md. `--tiny`: one run of two small PDFs,
// nothing written (a smoke run for the test suite). A benchmark, not a test.
import { randomBytes } from 'node:crypto';
import {
  arg,
  createMember,
  machine,
  MIB,
  now,
  percentile,
  require,
  requireBuild,
  runCli,
  runMain,
  say,
  session,
  signIn,
  sleep,
  startApi,
  startServices,
  TINY,
  writeSection,
} from './bench-support.mjs';

require('./ts-require-hook.cjs'); // the PDF writer is the tests' own (TypeScript)
const { makePdf } = require('../apps/api/test/files/pdf-writer.ts');
/** Give up on one run after this long: the word never became searchable. */
const RUN_TIMEOUT_MS = 180_000;

// Pages of French text, plus incompressible images to reach the size (the extraction bench's heavy PDF is the same).
const SIZES = TINY
  ? [
      { label: 'small (tiny)', pages: 3, imageBytesPerPage: 60_000, runs: 1 },
      { label: 'large (tiny)', pages: 6, imageBytesPerPage: 150_000, runs: 1 },
    ]
  : [
      { label: '2 MB', pages: 10, imageBytesPerPage: 200_000, runs: arg('runs-small', 10) },
      { label: '30 MB', pages: 60, imageBytesPerPage: 512_000, runs: arg('runs-large', 5) },
    ];
const WORDS = ['éducation', 'médias', 'atelier', 'écrans', 'numérique', 'parentalité', 'lecture', 'image', 'critique'];
const line = (n) => Array.from({ length: 14 }, (_, k) => WORDS[(n * 7 + k * 3) % WORDS.length]).join(' ') + '.';
const textPage = (page) => Array.from({ length: 30 }, (_, n) => line(page * 31 + n)).join('\n');

/** A word no other document has: letters only, so that it is one token for Meilisearch. */
function uniqueWord() {
  const letters = 'bcdfghjklmnpqrstvwxz';
  return `banc${[...randomBytes(8)].map((byte) => letters[byte % letters.length]).join('')}`;
}

/** The PDF of one run: the same pages each time, the run's own word on the last page only. */
function pdfFor(size, word) {
  const pages = Array.from({ length: size.pages }, (_, p) => textPage(p));
  pages[pages.length - 1] += `\nLe mot du banc d’essai est ${word}, sur la dernière page seulement.`;
  return makePdf(pages, { imageBytesPerPage: size.imageBytesPerPage });
}

const CREATE = `mutation($input: ResourceInput!) { createResource(input: $input) { slug } }`;
const SEARCH = `query($input: SearchInput!) { search(input: $input) { hits { resource { slug } fileMatch { number } } } }`;

/** One run: upload in parts, attach, poll search; answers the milliseconds from the first request to the hit. */
async function oneRun({ call, gql }, bytes, word, n) {
  const started = performance.now();
  const state = await call(
    'POST',
    '/fichiers/televersements',
    JSON.stringify({ nom: `banc-${n}.pdf`, taille: bytes.length }),
    'application/json',
  );
  for (let part = 1; part <= state.nombreParties; part += 1) {
    const chunk = bytes.subarray((part - 1) * state.tailleParties, part * state.tailleParties);
    await call('PUT', `/fichiers/televersements/${state.id}/parties/${part}`, chunk, 'application/octet-stream');
  }
  const file = await call('POST', `/fichiers/televersements/${state.id}/fin`, undefined, 'application/json');
  const uploaded = performance.now();
  const { createResource } = await gql(CREATE, {
    input: {
      type: 'outil',
      format: 'quiz',
      title: `Support d’atelier du banc d’essai ${n}`,
      summary: 'Un support d’atelier joint comme fichier PDF.',
      authors: [],
      language: 'fr',
      visibility: 'public',
      themeSlugs: ['jeux-video'],
      audienceSlugs: [],
      tags: [],
      files: [{ id: file.id, main: true }],
    },
  });
  for (;;) {
    const { search } = await gql(SEARCH, { input: { q: word } });
    const hit = search.hits.find((h) => h.resource.slug === createResource.slug && h.fileMatch);
    if (hit) return { total: performance.now() - started, upload: uploaded - started };
    if (performance.now() - started > RUN_TIMEOUT_MS) throw new Error(`« ${word} » not searchable after 3 minutes`);
    await sleep(100);
  }
}

async function main() {
  requireBuild();
  const stack = await startServices('file-searchable');
  let api;
  const rows = [];
  try {
    // The demo library: themes for the form, and other documents for the word to stand out from.
    runCli(['seed'], stack.env, { quiet: true });
    const account = await createMember(stack.env);
    api = await startApi(stack.env);
    const member = session(api.url, await signIn(api.url, account));
    // A first run loads the code paths and the extraction libraries; it is not counted.
    say('Warming up…');
    const warmUp = uniqueWord();
    await oneRun(member, pdfFor(SIZES[0], warmUp), warmUp, 0);
    for (const size of SIZES) {
      const times = [];
      const uploads = [];
      let bytes = 0;
      for (let run = 1; run <= size.runs; run += 1) {
        const word = uniqueWord();
        const pdf = pdfFor(size, word);
        bytes = pdf.length;
        const { total, upload } = await oneRun(member, pdf, word, `${size.label}-${run}`);
        times.push(total);
        uploads.push(upload);
        say(`${size.label} (${(bytes / MIB).toFixed(1)} MB), run ${run}/${size.runs}: ${(total / 1000).toFixed(2)} s`);
      }
      rows.push({ ...size, bytes, times, uploads });
    }
  } finally {
    await api?.stop();
    await stack.stop();
  }

  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  writeSection('file-searchable', [
    '# Upload → text searchable benchmark',
    '',
    `Run by \`npm run bench:files\` (built API, local folder storage) on ${now()} UTC. Machine: ${machine()}.`,
    'From the first upload request to the GraphQL `search` answer that finds a word only on the PDF’s last page: parts (8 MiB) and « fin », `createResource` attaching the file, the `files.extract` job (child process: text of every page and thumbnail), the outbox and Meilisearch; search polled every 100 ms, after one uncounted warm-up run.',
    '',
    '| PDF | pages | runs | upload + « fin » (median) | searchable: median | p95 | max |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.label} (${(row.bytes / MIB).toFixed(1)} MB, text and images) | ${row.pages} | ${row.runs} | ${s(percentile(row.uploads, 50))} | ${s(percentile(row.times, 50))} | **${s(percentile(row.times, 95))}** | ${s(Math.max(...row.times))} |`,
    ),
    '',
    'p95 by nearest rank: with fewer than 20 runs it is the slowest run. The extraction job is picked up by the API’s worker when its transaction commits (`NOTIFY`), else at the next poll (`JOBS_POLL_MS`, 1 s).',
  ]);
}

runMain(main);
