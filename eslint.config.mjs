// ESLint: typescript-eslint's recommended and type-aware rules over every TypeScript project of the
// repository (server, client, tests, benchmarks), run by `npm test`. Formatting is Prettier's job
// (`.prettierrc.json`), so no stylistic rules here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', '.vscode-test/**', 'media/**', '**/*.mjs', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // node:test's describe/it/before/after return promises the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'before', 'after', 'beforeEach', 'afterEach', 'suite'] }],
        },
      ],
      // A leading underscore says «deliberately unused» (a destructured field left out, a callback's
      // position argument).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // The protocol's messages follow the language server library's own convention:
    // `export namespace SomeRequest { export const type = new RequestType(…) }`.
    files: ['server/src/protocol/**/*.ts'],
    rules: { '@typescript-eslint/no-namespace': 'off' },
  },
  {
    // Tests read exported JSON documents (DCAT-AP, CKAN, SARIF…) by path on purpose: there the
    // assertions are the type check, so `any` from JSON.parse may be walked freely.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Fakes of asynchronous interfaces (file readers, resolvers, streams) answer synchronously.
      '@typescript-eslint/require-await': 'off',
      // The protocol's types allow a diagnostic message to be structured; tests compare its text.
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
);
