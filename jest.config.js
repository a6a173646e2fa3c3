// swc turns both our TypeScript and the ESM-only Nest 12 packages into CommonJS for Jest
// (Jest cannot require ESM before Node 24.9). `ignoreDynamic` keeps real import() calls, which
// the embedded PostgreSQL (ESM-only) needs.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
      target: 'es2022',
    },
    module: { type: 'commonjs', ignoreDynamic: true },
  },
];
const transformIgnorePatterns = [
  '/node_modules/(?!(@nestjs|@scure|@noble|@otplib|otplib|file-type|strtok3|token-types|@tokenizer|uint8array-extras|@borewit|marked)/)',
];
const common = {
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns,
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testEnvironment: 'node',
};
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
      testTimeout: 60000,
    },
  ],
};
