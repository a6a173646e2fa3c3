import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the committed ../schema.graphql (offline). Codegen validates every
 * document against the schema: an operation that no longer matches fails `npm run build`.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**/*'],
  ignoreNoDocuments: false,
  errorsOnly: false,
  generates: {
    'web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSON: 'unknown' },
        skipTypename: false,
      },
    },
    // Every enum of the schema as a string union, for the label functions in lib/labels.ts
    // (the client preset only emits the enums that some operation uses).
    'web/src/gql/enums.ts': {
      plugins: ['typescript'],
      config: { onlyEnums: true, enumsAsTypes: true },
    },
  },
};
export default config;
