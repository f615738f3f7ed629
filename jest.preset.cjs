// Shared Jest settings: ts-jest in transpile-only mode (type checking is the `typecheck` target's job),
// the workspace path alias, and the ESM-only packages that Jest must transform to CommonJS.
const esmOnly = [
  'meilisearch',
  'marked',
  'node-fetch',
  'data-uri-to-buffer',
  'fetch-blob',
  'formdata-polyfill',
  'request-filtering-agent',
  'file-type',
  'strtok3',
  'token-types',
  'uint8array-extras',
  '@tokenizer/inflate',
  '@borewit/text-codec',
].join('|');
module.exports = {
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
    // Third-party ESM: plain ES2022 semantics (the app's own decorator settings would break their classes).
    '^.+\\.m?js$': '<rootDir>/../../tools/jest-esm-transform.cjs',
  },
  transformIgnorePatterns: [`node_modules/(?!(${esmOnly})/)`],
  moduleNameMapper: {
    '^@culture-commune/shared$': '<rootDir>/../../libs/shared/src/index.ts',
    // file-type exports only `import` conditions; Jest resolves for `require`: point at its Node entry.
    '^file-type$': '<rootDir>/../../node_modules/file-type/index.js',
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};
