// `node tools/bench-extraction.mjs [--runs 3] [--tiny]` after `nx run api:build`: text extraction throughput (pages/s) and the
// extraction process's peak memory on generated PDFs (100 text pages; ~30 MB with images) and office files, through
// the built `extractFile` with the default limits — process start, text and thumbnail included, as a job pays them.
// Writes its section of docs/benchmarks.md. A benchmark, not a test.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { arg, dist, machine, now, require, requireBuild, say, TINY, writeSection } from './bench-support.mjs';

requireBuild();
require('./ts-require-hook.cjs'); // the fixture makers are the tests' own (TypeScript)
const fixtures = require('../apps/api/test/files/fixtures.ts');
const { runExtraction } = require(join(dist, 'modules/files/extraction/extract-file.js'));
const { loadExtractionConfig } = require(join(dist, 'config/extraction.config.js'));

const RUNS = arg('runs', 3, 1);
const startLoad = `load average ${os.loadavg()[0].toFixed(1)} at the start`;
const limits = loadExtractionConfig({});
const WORDS = [
  'éducation',
  'médias',
  'atelier',
  'désinformation',
  'écrans',
  'numérique',
  'parentalité',
  'lecture',
  'image',
  'critique',
];
const sentence = (n) => Array.from({ length: 14 }, (_, k) => WORDS[(n * 7 + k * 3) % WORDS.length]).join(' ') + '.';
const textPage = (page, lines) => Array.from({ length: lines }, (_, line) => sentence(page * 31 + line)).join('\n');

const dir = mkdtempSync(join(os.tmpdir(), 'bench-extraction-'));
const allCases = [
  {
    name: 'PDF, 1 page (the fixed cost: process, libraries, thumbnail)',
    file: 'une-page.pdf',
    type: 'application/pdf',
    bytes: () => fixtures.makePdf([textPage(0, 45)]),
  },
  {
    name: 'PDF, 100 pages of text (45 lines each)',
    file: 'cent-pages.pdf',
    type: 'application/pdf',
    bytes: () => fixtures.makePdf(Array.from({ length: 100 }, (_, p) => textPage(p, 45))),
  },
  {
    name: 'PDF, 300 pages of text (45 lines each)',
    file: 'trois-cents-pages.pdf',
    type: 'application/pdf',
    bytes: () => fixtures.makePdf(Array.from({ length: 300 }, (_, p) => textPage(p, 45))),
  },
  {
    name: 'PDF, 60 pages of text and images (~30 MB)',
    file: 'lourd.pdf',
    type: 'application/pdf',
    bytes: () =>
      fixtures.makePdf(
        Array.from({ length: 60 }, (_, p) => textPage(p, 30)),
        { imageBytesPerPage: 512_000 },
      ),
  },
  {
    name: 'DOCX, 1,000 paragraphs',
    file: 'long.docx',
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    bytes: () => fixtures.makeDocx(Array.from({ length: 1000 }, (_, n) => sentence(n))),
  },
  {
    name: 'ODP, 80 slides',
    file: 'cours.odp',
    type: 'application/vnd.oasis.opendocument.presentation',
    bytes: () => fixtures.makeOdp(Array.from({ length: 80 }, (_, n) => textPage(n, 6))),
  },
];

// `--tiny`: the small files only, enough to prove the extraction path and this script still work.
const TINY_FILES = ['une-page.pdf', 'long.docx', 'cours.odp'];
const cases = TINY ? allCases.filter((item) => TINY_FILES.includes(item.file)) : allCases;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
try {
  for (const item of cases) {
    const path = join(dir, item.file);
    writeFileSync(path, item.bytes());
    const size = statSync(path).size;
    const times = [];
    const peaks = [];
    let result;
    for (let run = 0; run < RUNS; run += 1) {
      const started = process.hrtime.bigint();
      result = await runExtraction(path, item.type, limits, { onEnd: ({ peakMb }) => peaks.push(peakMb) });
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (result.status !== 'done') throw new Error(`${item.name}: ${result.status} ${result.error}`);
    }
    const ms = median(times);
    const units = result.pages.length;
    rows.push({
      ...item,
      size,
      ms,
      units,
      peak: Math.max(...peaks),
      chars: result.pages.join('').length,
      thumbnail: !!result.thumbnail,
    });
    say(
      `${item.name}: ${(ms / 1000).toFixed(2)} s, ${units} pages, ${(units / (ms / 1000)).toFixed(1)} pages/s, peak ${Math.max(...peaks).toFixed(0)} MB`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const mb = (bytes) => (bytes < 2 ** 20 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 2 ** 20).toFixed(1)} MB`);
writeSection('extraction', [
  '# Text extraction benchmark',
  '',
  `Run by \`node tools/bench-extraction.mjs\` (built API) on ${now()} UTC. Machine: ${machine(startLoad)}.`,
  `One child process per file with the default limits (${limits.timeoutMs / 1000} s, ${limits.maxMemoryMb} MB); times are medians of ${RUNS} runs and include the process start, the text of every page and the thumbnail. Peak memory: the child's resident set (VmHWM, sampled every 50 ms), libraries included.`,
  '',
  '| file | size | units (pages, slides, ~3,000-character chunks) | characters | time | units/s | peak memory | thumbnail |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | :---: |',
  ...rows.map(
    (row) =>
      `| ${row.name} | ${mb(row.size)} | ${row.units} | ${row.chars.toLocaleString('en')} | ${(row.ms / 1000).toFixed(2)} s | ${(row.units / (row.ms / 1000)).toFixed(1)} | ${row.peak.toFixed(0)} MB | ${row.thumbnail ? 'yes' : 'no'} |`,
  ),
  '',
  steadyRate(),
  '',
  'Decision 0023 explains the limits; the upload → searchable figures belong to the search benchmark.',
]);

/** Pages per second once the process runs: the 300-page PDF's time minus the 1-page PDF's. */
function steadyRate() {
  const one = rows.find((row) => row.file === 'une-page.pdf');
  const many = rows.find((row) => row.file === 'trois-cents-pages.pdf');
  if (!many) return 'Run without `--tiny` for the pages per second of long PDFs.';
  const rate = (many.units - one.units) / ((many.ms - one.ms) / 1000);
  return `Text PDF pages per second once the process runs (300-page time minus 1-page time): ${rate.toFixed(0)}. Each file also pays ${(one.ms / 1000).toFixed(2)} s of fixed cost.`;
}
