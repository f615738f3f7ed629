// Unit tests of every project (fast, no services). Integration and end-to-end suites have their own configs.
module.exports = {
  projects: [
    '<rootDir>/libs/shared/jest.config.cjs',
    '<rootDir>/apps/api/jest.config.cjs',
    '<rootDir>/apps/web/jest.config.cjs',
  ],
};
