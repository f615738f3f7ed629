// End-to-end journeys in Debian's Chromium (playwright-core), against the built app served by the real API on
// real PostgreSQL and Meilisearch, seeded with the demo library. Run after `nx run-many -t build`.
const preset = require('../../../jest.preset.cjs');
module.exports = {
  ...preset,
  displayName: 'e2e',
  rootDir: __dirname,
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/global-setup.mjs',
  globalTeardown: '<rootDir>/global-teardown.mjs',
  testTimeout: 60000,
};
