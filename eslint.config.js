// ESLint flat config: the recommended rules of ESLint and typescript-eslint, and nothing of
// style (Prettier owns layout). Type-aware rules are left out: they double the run time and
// mostly report style. The rules turned off below each say why.
'use strict';
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const globals = require('globals');

module.exports = tseslint.config(
  { ignores: ['lib/', 'dist/', 'coverage/', 'node_modules/', 'bench/cache/', 'bench/results/', 'test/browser/artifacts/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      // The XML and terminal code matches control characters on purpose (stripping them from cell
      // text, recognising escape sequences): the rule would flag exactly the code that needs them.
      'no-control-regex': 'off',
      // `_name` marks an argument a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // The add-in runs in the browser, inside Office.
    files: ['addin/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, Office: 'readonly', Excel: 'readonly' } },
  },
  {
    // Plain Node scripts and configs are CommonJS.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.jest } },
  },
);
