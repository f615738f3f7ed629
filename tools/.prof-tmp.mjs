import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { root, runCli, startApi, startServices } from './bench-support.mjs';
const stack = await startServices('prof');
let api;
try {
  runCli(['seed', '--if-empty', '--with-field-work'], stack.env, { quiet: true });
  api = await startApi({ ...stack.env, WEB_DIST: join(root, 'dist/apps/web') });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  for (const path of ['/', '/ressources/tisseron-3-6-9-12']) {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(api.url + path, { waitUntil: 'networkidle' });
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const dt = profile.timeDeltas; const counts = new Map();
    profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) || 0) + (dt[i] || 0)));
    for (const [id, t] of counts) { const n = byId.get(id); const cf = n.callFrame; const k = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}:${cf.columnNumber}`; self.set(k, (self.get(k) || 0) + t); }
    console.log('==', path, 'total ms', [...counts.values()].reduce((a, b) => a + b, 0) / 1000);
    [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([k, v]) => console.log((v / 1000).toFixed(1).padStart(8), k));
    writeFileSync(`/tmp/lhprof/${path === '/' ? 'home' : 'resource'}.cpuprofile`, JSON.stringify(profile));
    const perf = await page.evaluate(() => JSON.stringify(performance.getEntriesByType('paint').map((e) => [e.name, Math.round(e.startTime)])));
    console.log(perf);
    await page.close();
  }
  await browser.close();
} finally {
  await api?.stop();
  await stack.stop();
}
