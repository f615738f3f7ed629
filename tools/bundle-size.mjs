// The JavaScript a visitor downloads before the first paint of the web app: the entry chunk of the built index.html and
// every chunk it imports statically (what the page loads and preloads), gzipped. Fails when it grows past the budget
// (issue 16, decision 0045). `npm test` runs it after the build; by hand: `node tools/bundle-size.mjs [dist/apps/web]`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The target for the search page and a resource page opened directly (both are in the entry). */
const TARGET_KIB = 170;
/**
 * What this check enforces: the target itself since 2026-12-05, when the first download reached 165.5 KiB (208.0 with
 * decision 0045, 197.5 with decision 0051, then the in-house translations of decision 0052 and the French texts split
 * by sub-tree).
 */
const BUDGET_KIB = TARGET_KIB;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = process.argv[2] ?? join(root, 'dist/apps/web');
const indexHtml = join(dist, 'index.html');
if (!existsSync(indexHtml)) {
  console.error(`No built web app at ${dist}: run \`npx nx run web:build\` first.`);
  process.exit(1);
}

const kib = (bytes) => bytes / 1024;
const format = (bytes) => `${kib(bytes).toFixed(1)} KiB`;
/** As the server sends it: the build writes `.gz` files at level 9 (tools/precompress-plugin.ts). */
const gzippedSize = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/** `/assets/index-….js` → `assets/index-….js`. */
const asDistPath = (url) => posix.normalize(url.replace(/^\//, ''));

/** The entry scripts and the chunks index.html preloads. */
function htmlScripts(html) {
  const files = [];
  for (const tag of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    const attributes = tag[0];
    const isModule = tag[1] === 'script' && /\btype="module"/.test(attributes);
    const isPreload = tag[1] === 'link' && /\brel="modulepreload"/.test(attributes);
    const address = /\b(?:src|href)="([^"]+\.js)"/.exec(attributes)?.[1];
    if ((isModule || isPreload) && address && !/^[a-z]+:\/\//.test(address)) files.push(asDistPath(address));
  }
  return files;
}

/** Chunks a built chunk imports statically (`import{…}from"./x.js"`, `import"./x.js"`), not `import("./x.js")`. */
function staticImports(file) {
  const code = readFileSync(join(dist, file), 'utf8');
  const imports = [];
  for (const match of code.matchAll(
    /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["'](\.\.?\/[^"']+\.js)["']/g,
  )) {
    imports.push(posix.join(posix.dirname(file), match[1]));
  }
  return imports;
}

const entries = htmlScripts(readFileSync(indexHtml, 'utf8'));
if (entries.length === 0) {
  console.error(`${indexHtml} loads no module script: is it a Vite build?`);
  process.exit(1);
}
const initial = new Set();
const queue = [...entries];
while (queue.length > 0) {
  const file = queue.shift();
  if (initial.has(file)) continue;
  initial.add(file);
  queue.push(...staticImports(file));
}

console.log('Initial JavaScript of the web app (gzip -9), before the first paint of the search or a resource page:');
let total = 0;
const rows = [...initial].map((file) => ({
  file,
  raw: readFileSync(join(dist, file)).length,
  gzipped: gzippedSize(file),
}));
for (const { file, raw, gzipped } of rows.sort((a, b) => b.gzipped - a.gzipped)) {
  total += gzipped;
  console.log(`  ${format(gzipped).padStart(10)}  ${file} (${format(raw)} minified)`);
}
const onDemand = readdirSync(join(dist, 'assets')).filter(
  (name) => /\.js$/.test(name) && !initial.has(`assets/${name}`),
);
const onDemandBytes = onDemand.reduce((sum, name) => sum + gzippedSize(`assets/${name}`), 0);
console.log(`  ${format(total).padStart(10)}  total (budget ${BUDGET_KIB} KiB, target ${TARGET_KIB} KiB)`);
console.log(`  ${onDemand.length} other chunks load on demand (${format(onDemandBytes)} in all).`);

if (kib(total) > BUDGET_KIB) {
  console.error(
    `The initial JavaScript (${format(total)}) is over its budget of ${BUDGET_KIB} KiB: split what the first page ` +
      `does not need (React.lazy, decision 0045), or raise the budget in tools/bundle-size.mjs and say why.`,
  );
  process.exit(1);
}
