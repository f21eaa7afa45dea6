// ESLint flat config. The layering rules are the point: the engine is pure and portable.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = [
  'fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'stream', 'util', 'worker_threads',
  'http', 'https', 'net', 'zlib', 'readline', 'process', 'buffer', 'events', 'url', 'tty',
].flatMap((m) => [m, `node:${m}`]);

const hostLibraries = ['exceljs', 'react', 'react-dom', '@fluentui/*', '@microsoft/office-js', 'office-js', 'commander'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', 'coverage/**', 'test-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node }, sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The engine: no host, no UI, no Node built-ins, no globals. Input snapshot in, analysis and plan out.
    files: ['src/engine/**/*.ts', 'src/i18n/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        paths: nodeBuiltins.map((name) => ({ name, message: 'The engine is pure: no Node built-ins.' })),
        patterns: [
          { group: hostLibraries, message: 'The engine is pure: no Office.js, exceljs, React or CLI libraries.' },
          { group: ['**/cli/**', '**/excel/**', '**/taskpane/**', '**/adapters/**'], message: 'The engine must not import adapters or UI.' },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'Office', message: 'No Office.js in the engine.' },
        { name: 'Excel', message: 'No Office.js in the engine.' },
        { name: 'window', message: 'No globals in the engine.' },
        { name: 'document', message: 'No globals in the engine.' },
        { name: 'process', message: 'No globals in the engine.' },
        { name: 'require', message: 'No require in the engine.' },
      ],
    },
  },
);
