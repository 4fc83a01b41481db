import js from '@eslint/js';
import globals from 'globals';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.tmp/', 'data/', 'test-results/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Focused tests silently shrink what CI checks.
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only', message: 'Focused tests shrink CI.' },
        { object: 'describe', property: 'only', message: 'Focused tests shrink CI.' },
        { object: 'test', property: 'only', message: 'Focused tests shrink CI.' },
        { object: 'it', property: 'skip', message: 'Skipped tests shrink CI.' },
        { object: 'describe', property: 'skip', message: 'Skipped tests shrink CI.' },
        { object: 'test', property: 'skip', message: 'Skipped tests shrink CI.' },
      ],
    },
  },
  {
    // The kit ships to citizens' phones: server-only libraries and the contract's TypeBox schemas stay out of the
    // bundle. Types from them are fine (erased at build); values must come from the contract's plain modules.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['typebox', 'typebox/*', 'ajv', 'ajv-*', 'ajv/*', 'fastify', '@fastify/*', 'pg', '@electric-sql/*', 'jose'],
              allowTypeImports: true,
              message: 'A server-only library: the kit may import its types, never its code.',
            },
            { group: ['**/server/**'], message: 'The kit never imports the server; shared things live in contract/.' },
            {
              regex: 'contract/(applications|catalogue|forms|handoff|problem)\\.ts$',
              allowTypeImports: true,
              message: 'This contract module builds TypeBox schemas; import its types only, or move a plain value to its own module.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'test/src/**/*.ts'],
    plugins: { lit, 'lit-a11y': litA11y, wc },
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      ...wc.configs.recommended.rules,
    },
  },
);
