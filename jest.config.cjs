/** Unit tests: pure core, extraction under jsdom/linkedom, CLI. The browser tests are in jest.e2e.config.cjs. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/test/unit/**/*.test.ts'],
  transform: {
    '^.+\\.[tj]sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: [
    '/node_modules/(?!(opencc-js|linkedom|htmlparser2|css-select|css-what|domhandler|domutils|entities|dom-serializer|domelementtype|nth-check|boolbase|uhyphen|html-escaper|cssomnom|chrono-node|dexie|valibot)/)',
  ],
  moduleNameMapper: {
    '^webextension-polyfill$': '<rootDir>/test/mocks/webextension-polyfill.ts',
    '\\?script&iife$': '<rootDir>/test/mocks/injectedScript.ts',
    '^node-fetch$': '<rootDir>/test/mocks/node-fetch.ts',
  },
};
