// Integration suites: the GraphQL endpoint over HTTP against real PostgreSQL and real Meilisearch,
// started once for the run by test/global-setup.mjs (or taken from DATABASE_URL / MEILI_URL).
const preset = require('../../jest.preset.cjs');
module.exports = {
  ...preset,
  displayName: 'api-integration',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  testTimeout: 60000,
};
