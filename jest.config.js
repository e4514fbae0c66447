/** One jest run for the whole repository: unit tests beside the code, API tests on a booted Strapi. */
const os = require('os');
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' }, module: { type: 'commonjs' } },
  ],
};
// The panel's component tests: TSX with React's automatic runtime.
const uiTransform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'automatic' } },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};
const ignore = ['/node_modules/', '<rootDir>/\\.tmp/', '/dist/', '<rootDir>/tests/\\.tmp/'];

module.exports = {
  testTimeout: 120_000,
  // Jest's default (cores − 1) is one worker on the 2-core machines this runs on, and a browser test
  // spends much of its time waiting on Chromium and the server: two files at a time, at least.
  maxWorkers: Math.max(2, os.availableParallelism() - 1),
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
      testMatch: ['<rootDir>/tests/api/**/*.test.ts', '<rootDir>/tests/security/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
    },
    {
      displayName: 'ui',
      rootDir: __dirname,
      testEnvironment: 'jsdom',
      transform: uiTransform,
      // Some of react-admin's dependencies ship only ES modules.
      transformIgnorePatterns: ['/node_modules/(?!(react-hotkeys-hook)/)'],
      testPathIgnorePatterns: ignore,
      testMatch: ['<rootDir>/admin-ui/src/**/*.test.{ts,tsx}'],
      moduleNameMapper: { '^@yanzhen/config$': '<rootDir>/config/src/index.ts' },
      setupFiles: ['<rootDir>/tests/ui/setup.ts'],
    },
    {
      // The panel against the real server: its providers from Node, its screens in headless Chromium.
      displayName: 'browser',
      rootDir: __dirname,
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns: ['/node_modules/(?!(ra-data-simple-rest|ra-core)/)'],
      testPathIgnorePatterns: ignore,
      testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
      moduleNameMapper: { '^@yanzhen/config$': '<rootDir>/config/src/index.ts' },
      globalSetup: '<rootDir>/tests/browser/global-setup.ts',
    },
  ],
};
