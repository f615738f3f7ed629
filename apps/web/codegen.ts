import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents generated from the committed schema file, never from a running server.
// Paths are relative to apps/web (the targets run with that working directory).
// CODEGEN_OUT lets `codegen-check` regenerate elsewhere and compare with the committed output.
const out = process.env.CODEGEN_OUT ?? 'src/generated/';

const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**', '!src/**/*.spec.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
