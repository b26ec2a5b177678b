// ESLint: typescript-eslint's strict type-checked rules over src/ and test/, with Prettier
// owning the layout (eslint-config-prettier turns off the rules that would fight it).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // github-page.js is browser JavaScript the summary-render test loads into Chromium, and
  // test/fixtures holds the apps the tests build: both outside the TypeScript project
  {
    ignores: [
      'dist/**',
      'build/**',
      'node_modules/**',
      'examples/**',
      'bench/**',
      'scripts/**',
      'docs/**',
      '*.config.js',
      'test/helpers/github-page.js',
      'test/fixtures/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // numbers and booleans read well in messages; objects, undefined and null still fail
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }]
    }
  },
  {
    // tests poke at parsed JSON and at values they have just asserted exist: the assertions
    // are the check, so the unsafe-any family and non-null assertions are allowed there
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off'
    }
  },
  prettier
);
