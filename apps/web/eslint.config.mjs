// React and browser rules of the web app. The workspace config (eslint.config.mjs at the root) merges
// every entry that has `files`, re-rooted at apps/web, next to module boundaries: keep `files` on each.
// It also works alone: `npx eslint .` from apps/web.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['src/generated/**', 'dist/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest']],
    languageOptions: { globals: globals.browser },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // The production Content-Security-Policy forbids inline styles, and markup from data is never trusted.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='style']", message: 'Inline styles break the CSP: use a class from styles.css.' },
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
);
