import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Emits `assets/first-paint-<hash>.js` (first-paint-loader.js) and writes its address to `preload/first-paint.json`
 * beside index.html: for a page it paints from the HTML, the API loads the app's code through it, after that first
 * paint (web-app-shell.ts, decision 0054). Hashed like every asset, so that it can be cached for a year.
 */
export function firstPaintLoader(): Plugin {
  let fileName = '';
  return {
    name: 'culture-commune:first-paint-loader',
    apply: 'build',
    generateBundle() {
      const source = readFileSync(fileURLToPath(new URL('first-paint-loader.js', import.meta.url)), 'utf8');
      fileName = this.getFileName(this.emitFile({ type: 'asset', name: 'first-paint.js', source }));
    },
    writeBundle(options) {
      const dir = join(options.dir!, 'preload');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'first-paint.json'), `${JSON.stringify({ script: `/${fileName}` })}\n`);
    },
  };
}
