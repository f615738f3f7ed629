// `npm run bench:lighthouse [-- --runs 2] [--tiny]`: Lighthouse 12 on the pages a visitor lands on (issue 16).
// Starts fresh PostgreSQL and Meilisearch, seeds the demo library as `npm start` does, serves the built web app from
// the built API (its default mode: one port, compression on), then runs Lighthouse in Debian's Chromium with its
// default mobile profile and simulated throttling on the home/search page, a results page and a public resource page,
// `--runs` times each (a fresh Chromium per run). Prints the scores and timings with their targets and writes its
// section of docs/benchmarks.md; `--tiny` (one run of the home page) only proves it runs to its end.
// Build both first: NX_DAEMON=false npx nx run-many -t build -p api web. A benchmark, not a test: it reports figures.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {
  TINY,
  arg,
  machine,
  now,
  requireBuild,
  root,
  runCli,
  runMain,
  say,
  startApi,
  startServices,
  writeSection,
} from './bench-support.mjs';

const RUNS = arg('runs', 2, 1);
const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const webDist = join(root, 'dist/apps/web');

/** A public demo resource (in `data/demo-library.json`, public, with a summary): where a shared link lands. */
const RESOURCE_SLUG = 'tisseron-3-6-9-12';
const PAGES = [
  { name: 'home', label: 'home / search', path: '/' },
  { name: 'results', label: 'results', path: `/?q=${encodeURIComponent('écrans')}` },
  { name: 'resource', label: 'resource', path: `/ressources/${RESOURCE_SLUG}` },
];

/** Issue 16's targets: scores are 0–100, at least (≥) or exactly; timings in ms and CLS at most (≤). */
const TARGETS = {
  performance: { min: 95 },
  accessibility: { min: 100 },
  'best-practices': { min: 95 },
  seo: { min: 95 },
  lcp: { max: 2500 },
  cls: { max: 0.05 },
};

/** BENCH_LIGHTHOUSE_REPORTS=<folder>: every run's full report is written there as JSON (open it in the Lighthouse viewer). */
const REPORTS = process.env.BENCH_LIGHTHOUSE_REPORTS;

/** One Lighthouse run in a fresh Chromium: the four category scores, the paint timings, and what failed. */
async function audit(url, name) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
  });
  try {
    // The default configuration: mobile form factor and screen, simulated throttling (slow 4G, 4× CPU slowdown).
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (REPORTS) {
      mkdirSync(REPORTS, { recursive: true });
      writeFileSync(join(REPORTS, `${name}.json`), result.report);
    }
    const { categories, audits, runtimeError, runWarnings } = result.lhr;
    if (runtimeError) throw new Error(`${url}: ${runtimeError.code} ${runtimeError.message}`);
    for (const warning of runWarnings) say(`  (Lighthouse) ${warning}`);
    const score = (id) => Math.round((categories[id].score ?? 0) * 100);
    // Audits that lost points in a category, for the reader to fix first (the weightiest first).
    const failing = Object.values(categories).flatMap((category) =>
      category.auditRefs
        .filter((ref) => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score < 0.9)
        .map((ref) => `${category.id}: ${ref.id} (${audits[ref.id].displayValue || audits[ref.id].score})`),
    );
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      fcp: audits['first-contentful-paint'].numericValue,
      lcp: audits['largest-contentful-paint'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      failing,
    };
  } finally {
    await chrome.kill();
  }
}

const met = (key, value) => {
  const target = TARGETS[key];
  if (!target) return true;
  return target.min !== undefined ? value >= target.min : value <= target.max;
};

async function main() {
  requireBuild();
  if (!existsSync(join(webDist, 'index.html')))
    throw new Error('Construisez d’abord l’application web : NX_DAEMON=false npx nx run web:build');
  if (!existsSync(CHROME_PATH)) throw new Error(`Chromium introuvable (${CHROME_PATH}) : indiquez CHROME_PATH.`);
  const stack = await startServices('lighthouse');
  let api;
  try {
    // As `npm start` seeds an empty installation.
    runCli(['seed', '--if-empty', '--with-field-work'], stack.env, { quiet: true });
    api = await startApi({ ...stack.env, WEB_DIST: webDist });
    const pages = TINY ? PAGES.slice(0, 1) : PAGES;
    // One unmeasured load per page first: the API's first answers (compiled queries, cold caches) are not a visitor's.
    for (const page of pages) await fetch(`${api.url}${page.path}`, { headers: { accept: 'text/html' } });
    const rows = [];
    for (const page of pages) {
      for (let run = 1; run <= RUNS; run += 1) {
        say(`Lighthouse: ${page.label} (${page.path}), run ${run}/${RUNS}…`);
        const figures = await audit(`${api.url}${page.path}`, `${page.name}-${run}`);
        for (const line of figures.failing) say(`  below 90: ${line}`);
        rows.push({ page, run, ...figures });
      }
    }
    write(rows);
  } finally {
    await api?.stop();
    await stack.stop();
  }
}

function write(rows) {
  const mark = (key, value, text) => `${text}${met(key, value) ? '' : ' ✗'}`;
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const allMet = rows.every((row) => Object.keys(TARGETS).every((key) => met(key, row[key])));
  const lines = [
    '# Lighthouse on the pages a visitor lands on',
    '',
    `Run by \`npm run bench:lighthouse\` on ${now()} UTC.`,
    `Machine: ${machine('Lighthouse 12.2.3, Debian Chromium headless')}.`,
    `Lighthouse's default mobile profile with simulated throttling (slow 4G, 4× CPU slowdown), a fresh Chromium per run; the demo library, seeded as \`npm start\` does; the built web app served by the API (default mode, compression on), as a visitor (no session). Resource page: \`/ressources/${RESOURCE_SLUG}\`.`,
    '',
    '| page | run | performance | accessibility | best practices | SEO | FCP | LCP | CLS | TBT |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.page.label} (\`${row.page.path}\`) | ${row.run} | ${mark('performance', row.performance, row.performance)} | ${mark('accessibility', row.accessibility, row.accessibility)} | ${mark('best-practices', row['best-practices'], row['best-practices'])} | ${mark('seo', row.seo, row.seo)} | ${s(row.fcp)} | ${mark('lcp', row.lcp, s(row.lcp))} | ${mark('cls', row.cls, row.cls.toFixed(3))} | ${Math.round(row.tbt)} ms |`,
    ),
    '',
    'Targets (issue 16): performance ≥ 95, accessibility 100, best practices ≥ 95, SEO ≥ 95; LCP ≤ 2.5 s and CLS ≤ 0.05 on each page. ✗ marks a figure that misses its target.',
    `Result: ${allMet ? 'every target met on every run' : 'some targets missed (✗)'}.`,
  ];
  writeSection('lighthouse', lines);
}

runMain(main);
