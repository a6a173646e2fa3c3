// Runs src/main.ts in a child process the way `npm start` runs the build: the TypeScript is
// compiled on require by swc with the options of jest.config.js (the ESM-only Nest packages are
// loaded by Node's own require of ES modules). Used by the fault tests, which need real processes
// (an instance that exits, one killed with SIGKILL).
const Module = require('node:module');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { transformSync } = require('@swc/core');

const options = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    keepClassNames: true,
    target: 'es2022',
  },
  module: { type: 'commonjs', ignoreDynamic: true },
  sourceMaps: 'inline',
};
Module._extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), { ...options, filename });
  module._compile(code, filename);
};
require(join(__dirname, '..', '..', 'src', 'main.ts'));
