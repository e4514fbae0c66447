/** One jest run for the whole repository: unit tests beside the code, API tests on a booted Strapi. */
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' }, module: { type: 'commonjs' } },
  ],
};
const ignore = ['/node_modules/', '<rootDir>/\\.tmp/', '/dist/', '<rootDir>/tests/\\.tmp/'];

module.exports = {
  testTimeout: 120_000,
  projects: [
    {
      displayName: 'unit',
      rootDir: __dirname,
      testEnvironment: 'node',
      transform,
      testPathIgnorePatterns: ignore,
      testMatch: [
        '<rootDir>/config/src/**/*.test.ts',
        '<rootDir>/cms/src/**/*.test.ts',
        '<rootDir>/tests/unit/**/*.test.ts',
      ],
      moduleNameMapper: { '^@yanzhen/config$': '<rootDir>/config/src/index.ts' },
    },
    {
      displayName: 'api',
      rootDir: __dirname,
      testEnvironment: 'node',
      transform,
      // ra-core ships ES modules; the API tests use the real react-admin client.
      transformIgnorePatterns: ['/node_modules/(?!(ra-data-simple-rest|ra-core)/)'],
      testPathIgnorePatterns: ignore,
      testMatch: ['<rootDir>/tests/api/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
    },
  ],
};
