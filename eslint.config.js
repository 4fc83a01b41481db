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
    files: ['src/**/*.ts', 'test/src/**/*.ts'],
    plugins: { lit, 'lit-a11y': litA11y, wc },
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      ...wc.configs.recommended.rules,
    },
  },
);
