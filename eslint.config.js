// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Few rules, all enforced (`--max-warnings 0`). Each one guards a promise of the README.
export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', '.scratch'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // Data is validated by zod, never asserted into shape (`as const` stays allowed).
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Interview text is rendered as text, never as HTML.',
        },
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: "Browser code imports 'zod/mini' (5 KB, not 26 KB)." },
            {
              name: 'react-router-dom',
              importNames: ['Link', 'NavLink'],
              message:
                "Use src/components/link.tsx: React Router's <Link> brings prefetching the app never uses (2.1 KB gz of every first view).",
            },
          ],
          patterns: [{ group: ['node:*'], message: 'src/ runs in the browser.' }],
        },
      ],
    },
  },
  ...[
    // The domain core is pure: no UI, no routing, no I/O, nothing from outside src/interview.
    { files: ['src/interview/*.ts'], outside: '../*' },
    { files: ['src/interview/*/*.ts'], outside: '../../*' },
  ].map(({ files, outside }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: "Use 'zod/mini'." }],
          patterns: [
            {
              group: ['react', 'react-*', '@tanstack/*', 'node:*', outside],
              message: 'src/interview is the pure domain core: no React, routing, DOM or Node.',
            },
          ],
        },
      ],
    },
  })),
  {
    // The importer runs hundreds of regular expressions over whatever a person pastes: one that
    // backtracks super-linearly freezes the Add page (a label and a megabyte of spaces took
    // minutes). Findings not yet rewritten are listed in eslint-suppressions.json; a new one fails.
    files: ['src/interview/**/*.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
