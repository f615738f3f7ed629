import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { preloadDocumentText } from '../src/app/preload/preload-documents';
import { PRELOADED_OPERATIONS } from '../src/app/preload/preload-operations';

/**
 * Writes `preload/<name>.graphql` beside index.html: the exact documents the app sends for the pages the API preloads
 * (web-app.ts runs them for a visitor and embeds the answer), so that server and client never disagree on a field.
 */
export function preloadDocuments(): Plugin {
  return {
    name: 'culture-commune:preload-documents',
    apply: 'build',
    writeBundle(options) {
      const dir = join(options.dir!, 'preload');
      mkdirSync(dir, { recursive: true });
      for (const name of Object.keys(PRELOADED_OPERATIONS))
        writeFileSync(join(dir, `${name}.graphql`), `${preloadDocumentText(name)}\n`);
    },
  };
}
