// Workspace lint: module boundaries between Nx projects (enforced by tags), and TypeScript rules for the API and
// the shared library. The web app adds its React rules in apps/web/eslint.config.mjs, merged below.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import webConfig from './apps/web/eslint.config.mjs';

const boundaries = {
  files: ['**/*.ts', '**/*.tsx'],
  plugins: { '@nx': nx },
  rules: {
    '@nx/enforce-module-boundaries': [
      'error',
      {
        enforceBuildableLibDependency: false,
        allow: [],
        depConstraints: [
          { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
          { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
          { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
        ],
      },
    ],
  },
};

/** Re-roots the web app's own config entries at apps/web. */
const web = webConfig.map((entry) => ({
  ...entry,
  ...(entry.files ? { files: entry.files.map((pattern) => `apps/web/${pattern}`) } : {}),
  ...(entry.ignores ? { ignores: entry.ignores.map((pattern) => `apps/web/${pattern}`) } : {}),
}));

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/generated/**', 'tmp/**', '.data/**', '.nx/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { parserOptions: { tsconfigRootDir: import.meta.dirname } } },
  {
    files: ['apps/api/**/*.ts', 'libs/shared/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Config is read in one place per concern (apps/api/src/config), never scattered.
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration in apps/api/src/config.' },
      ],
    },
  },
  {
    // Decision 0013: SQL is sent from named, typed functions in a feature's `*-rows.ts` (and the few places below).
    files: ['apps/api/src/**/*.ts'],
    ignores: [
      '**/*-rows.ts',
      'apps/api/src/database/migrations/**',
      'apps/api/src/database/migration-runner.ts',
      'apps/api/src/common/database/query-rows.ts',
      'apps/api/src/common/database/notification-listener.ts',
      'apps/api/src/health/health.controller.ts',
      '**/*.spec.ts',
      '**/*.integration-spec.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='query'][arguments.0.type=/^(Literal|TemplateLiteral)$/]",
          message: 'Raw SQL goes in a named function of the feature’s *-rows.ts, read with queryRows (decision 0013).',
        },
      ],
    },
  },
  {
    files: ['apps/api/src/config/**', 'apps/api/test/**', '**/*.spec.ts', '**/*.integration-spec.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['libs/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@nestjs/*', 'react', 'react-dom', 'typeorm', 'meilisearch', 'node:*'] },
      ],
    },
  },
  // Only the web entries scoped to its files; the base configs are already above.
  ...web.filter((entry) => entry.files),
  { files: ['**/*.ts', '**/*.tsx'], rules: { 'no-undef': 'off' } },
  {
    files: ['**/*.cjs', '**/*.mjs', 'tools/**'],
    languageOptions: { globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  boundaries,
  // Formatting is Prettier's (checked by npm test); rules that would fight it are off.
  prettier,
);
