import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Hashed assets worth compressing (fonts and images are compressed formats already; maps are for debugging). */
const COMPRESSIBLE = /^assets\/.+\.(js|mjs|css|svg|json)$/;
/** Below this size the encoding costs more than it saves. */
const MIN_BYTES = 1024;

/**
 * Writes `<asset>.br` (Brotli, best quality) and `<asset>.gz` (gzip -9) beside every hashed asset of the build, once:
 * the API serves them as they are (web-app.ts) and nginx's `gzip_static` too, instead of compressing each request.
 */
export function precompressAssets(): Plugin {
  return {
    name: 'culture-commune:precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir!;
      for (const file of Object.keys(bundle)) {
        if (!COMPRESSIBLE.test(file)) continue;
        const bytes = readFileSync(join(dir, file));
        if (bytes.length < MIN_BYTES) continue;
        writeFileSync(
          join(dir, `${file}.br`),
          brotliCompressSync(bytes, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
            },
          }),
        );
        writeFileSync(join(dir, `${file}.gz`), gzipSync(bytes, { level: 9 }));
      }
    },
  };
}
