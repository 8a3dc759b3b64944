/** End-to-end tests: the built extension (dist-e2e/) in Debian's Chromium via playwright-core. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/test/e2e/**/*.test.ts'],
  testTimeout: 60000,
  transform: {
    '^.+\\.[tj]sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(opencc-js)/)'],
};
