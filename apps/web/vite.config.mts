import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { firstPaintLoader } from './tools/first-paint-plugin';
import { inlineGraphqlDocuments } from './tools/graphql-documents-plugin';
import { precompressAssets } from './tools/precompress-plugin';
import { preloadDocuments } from './tools/preload-plugin';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const apiPort = process.env.API_PORT ?? '3000';

export default defineConfig({
  root: here('.'),
  plugins: [
    inlineGraphqlDocuments(here('src/generated')),
    react(),
    precompressAssets(),
    preloadDocuments(),
    firstPaintLoader(),
  ],
  resolve: {
    alias: { '@culture-commune/shared': here('../../libs/shared/src/index.ts') },
  },
  server: {
    port: 4200,
    // The API also serves the themes' Atom feeds (/flux/themes/<slug>.atom) and the reading lists' exports
    // (/listes/<slug>/export.pdf, /listes/<slug>/impression…) and the events' calendars (/evenements/<slug>.ics,
    // /evenements/calendrier.ics) and the activity report's PDF and spreadsheet (/rapport/export.pdf, .ods), linked from the app.
    proxy: {
      '/graphql': `http://localhost:${apiPort}`,
      '/flux': `http://localhost:${apiPort}`,
      '/imports/': `http://localhost:${apiPort}`,
      '/fichiers/': `http://localhost:${apiPort}`,
      '/logos/': `http://localhost:${apiPort}`,
      '^/listes/[^/]+/(impression|export\\.[a-z]+)$': `http://localhost:${apiPort}`,
      '^/evenements/[^/]+\\.ics$': `http://localhost:${apiPort}`,
      '^/malles/photos/[^/]+\\.webp$': `http://localhost:${apiPort}`,
      '^/malles/[^/]+/photos$': `http://localhost:${apiPort}`,
      '^/rapport/export\\.(pdf|ods)$': `http://localhost:${apiPort}`,
    },
  },
  build: {
    outDir: here('../../dist/apps/web'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      // libs/shared holds declarations only (limits, validation, vocabularies): what a chunk does not use stays out of
      // it, even word lists built when the module loads (child privacy's 3,500 first names), which the bundler cannot
      // prove free of side effects by itself. Other modules keep the default (their package.json).
      treeshake: {
        moduleSideEffects: (id: string) => (/[\\/]libs[\\/]shared[\\/]src[\\/]/.test(id) ? false : undefined),
      },
      output: {
        // Libraries change less often than the app: separate chunks stay cached across deploys. Only the libraries of
        // the first download (`$initial`) go there: the others (drag and drop, DOMPurify…) stay with the pages that use
        // them, which are chunks of their own (decision 0045); a catch-all vendor chunk would bring them back.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              tags: ['$initial'],
              priority: 2,
            },
            { name: 'vendor', test: /node_modules[\\/]/, tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
});
