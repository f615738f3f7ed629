// React and browser rules of the web app. The workspace config (eslint.config.mjs at the root) merges
// every entry that has `files`, re-rooted at apps/web, next to module boundaries: keep `files` on each.
// It also works alone: `npx eslint .` from apps/web.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The feature folders, read from disk so that a new feature is covered without editing this file. */
const FEATURES = readdirSync(join(import.meta.dirname, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * The app translates with its own runtime (src/i18n, decision 0052): i18next and its React binding, ten times its size
 * and most of the first render's translation time, may not come back.
 */
const i18nextGone = ['i18next', 'react-i18next', 'i18next-browser-languagedetector'].map((name) => ({
  name,
  message: 'Translate with src/i18n (useTranslation from i18n/use-translation, Trans from i18n/trans): decision 0052.',
}));

/**
 * Feature boundaries (docs/decisions/0014-web-shared-ui-and-feature-boundaries.md): a feature imports shared code
 * (src/shared, src/i18n, src/generated…), never another feature, whether through `features/<other>` or a relative
 * `../../<other>`. What several features need goes to src/shared; where a page shows another feature's part, the page
 * takes a slot and src/app/composition fills it.
 */
const featureBoundaries = FEATURES.map((feature) => {
  const others = FEATURES.filter((other) => other !== feature);
  return {
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: i18nextGone,
          patterns: [
            {
              group: others.flatMap((other) => [
                `**/features/${other}`,
                `**/features/${other}/**`,
                `../${other}/**`,
                `../../${other}`,
                `../../${other}/**`,
                `../../../${other}/**`,
              ]),
              message: `The ${feature} feature may not import another feature: move what both need to src/shared, or let the page take a slot that src/app/composition fills.`,
            },
          ],
        },
      ],
    },
  };
});

/** Shared code serves the features and the app; it depends on neither. */
const sharedBoundary = {
  files: ['src/shared/**'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: i18nextGone,
        patterns: [
          {
            group: ['**/features', '**/features/**', '**/app', '**/app/**'],
            message: 'src/shared may not import a feature or the app shell: pass what it needs as props.',
          },
        ],
      },
    ],
  },
};

export default defineConfig(
  { ignores: ['src/generated/**', 'dist/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest']],
    languageOptions: { globals: globals.browser },
    rules: {
      // Repeated with the boundaries below: a later entry's rule replaces this one for its files.
      'no-restricted-imports': ['error', { paths: i18nextGone }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // The production Content-Security-Policy forbids inline styles, and markup from data is never trusted.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='style']",
          message: 'Inline styles break the CSP: use a class from styles.css.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text through React (see HighlightedText), never as HTML.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.spec.{ts,tsx}', 'src/test/**'],
    languageOptions: { globals: { ...globals.jest, ...globals.node } },
  },
  {
    files: ['*.{ts,mts,mjs,cjs}', 'tools/**'],
    languageOptions: { globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  ...featureBoundaries,
  sharedBoundary,
);
