const preset = require('../../jest.preset.cjs');
module.exports = {
  ...preset,
  displayName: 'shared',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
