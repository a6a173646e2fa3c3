// swc turns both our TypeScript and the ESM-only Nest 12 packages into CommonJS for Jest
// (Jest cannot require ESM before Node 24.9). In our own code `ignoreDynamic` keeps real import()
// calls, which the embedded PostgreSQL (ESM-only) needs. In node_modules import() becomes require():
// a native import() there would load a second copy of a package outside Jest's module registry,
// shared by all test files of a worker (seen as "Cannot determine a GraphQL output type").
const swcWith = (ignoreDynamic) => [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
      target: 'es2022',
    },
    module: { type: 'commonjs', ignoreDynamic },
  },
];
const transformIgnorePatterns = [
  '/node_modules/(?!(@nestjs|@scure|@noble|@otplib|otplib|file-type|strtok3|token-types|@tokenizer|uint8array-extras|@borewit|marked)/)',
];
const common = {
  transform: { '^.+\\.ts$': swcWith(true), '^.+\\.m?js$': swcWith(false) },
  transformIgnorePatterns,
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testEnvironment: 'node',
};
module.exports = {
  // Global on purpose: jest-circus ignores testTimeout inside a project. Apps start in ~1 s, but on a
  // loaded 2-core machine a suite's beforeAll can take much longer.
  testTimeout: 60000,
  // Every suite closes its app, pools and sockets; a straggling handle (a Redis reconnect timer,
  // a socket.io client back-off) must still not keep a finished CI run alive.
  forceExit: true,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      setupFiles: ['<rootDir>/test/setup/isolate-globals.ts'],
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    },
  ],
};
