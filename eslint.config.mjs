// ESLint (flat config): typescript-eslint's type-aware rules over src, test, bench and web/ (when it is
// there), the import-layer rule of ARCHITECTURE.md, and eslint-config-prettier last so that formatting is
// Prettier's alone (`npm run format:check`). Run: npm run lint
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import { layerExempt, layerZones, webZones } from './eslint.layers.mjs';

export default defineConfig(
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  globalIgnores(['dist/', 'dist-bench/', 'coverage/', 'data/', '.cache/', 'test/generated/', 'web/src/generated/', 'web/dist/']),
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      // Each file is checked with the tsconfig.json nearest to it (web/ brings its own).
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Off: an async function without await is how this code implements an API that takes a Promise (Apollo's
      // plugin hooks and context function, a test database's drop); no-floating-promises and
      // no-misused-promises catch the mistakes this rule is after.
      '@typescript-eslint/require-await': 'off',
      // A name that starts with _ is unused on purpose (a required parameter, a discarded element).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The layers: imports only point down (ARCHITECTURE.md, "The rooms").
    files: ['src/**/*.ts'],
    ignores: layerExempt,
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })] },
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: layerZones }] },
  },
  {
    files: ['web/**/*.ts', 'web/**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: webZones }] },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [js.configs.recommended],
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', performance: 'readonly', require: 'readonly', __dirname: 'readonly' },
    },
  },
  prettier,
);
