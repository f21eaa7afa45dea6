// ESLint flat config. The layering rules are the point: the engine is pure and portable.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import officeAddins from 'eslint-plugin-office-addins';

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
    // Document text is rendered as text: no HTML parsing sinks, no string-to-code (the pages' CSP
    // refuses inline script and eval as well; SECURITY.md).
    files: ['src/**/*.ts', 'src/**/*.js'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': ['error',
        ...['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'createContextualFragment', 'srcdoc'].map((property) => ({
          property, message: 'Render document text as text (textContent, React children), never as HTML.',
        })),
        ...['write', 'writeln'].map((property) => ({ object: 'document', property, message: 'No document.write: render with React or textContent.' })),
      ],
      'no-restricted-syntax': ['error',
        { selector: "Property[key.name='dangerouslySetInnerHTML'], JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render document text as text, never as HTML.' },
        { selector: "Property[key.value='dangerouslySetInnerHTML']", message: 'Render document text as text, never as HTML.' },
      ],
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
  {
    // The Excel add-in: Office.js batching rules (load before read, sync after load, no sync in loops).
    files: ['src/excel/**/*.ts', 'src/excel-fake/**/*.ts', 'test/excel/**/*.ts', 'bench/addin.ts'],
    plugins: { 'office-addins': officeAddins },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    // The task pane UI talks to Excel only through the LedgerService passed in (src/taskpane/service.ts):
    // no Office.js globals or packages anywhere in src/taskpane, and outside its bridge/ no adapter either.
    files: ['src/taskpane/**/*.ts', 'src/preview/**/*.ts'],
    ignores: ['src/preview/build/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-globals': ['error',
        { name: 'Office', message: 'The task pane never touches Office.js: use the LedgerService it is given.' },
        { name: 'Excel', message: 'The task pane never touches Office.js: use the LedgerService it is given.' },
        { name: 'OfficeExtension', message: 'The task pane never touches Office.js: use the LedgerService it is given.' },
      ],
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['office-js', '@microsoft/office-js', '@types/office-js'], message: 'The task pane never imports Office.js.' }],
      }],
    },
  },
  {
    files: ['src/taskpane/**/*.ts'],
    ignores: ['src/taskpane/bridge/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['office-js', '@microsoft/office-js', '@types/office-js'], message: 'The task pane never imports Office.js.' },
          { group: ['**/excel/**', '**/excel', '**/excel-fake/**', '**/excel-fake'], message: 'The UI reaches the adapter only through the LedgerService (src/taskpane/service.ts); src/taskpane/bridge implements it.' },
        ],
      }],
    },
  },
  {
    // Node-side helpers of the preview (webpack plugin, static server, Chromium launcher).
    files: ['src/preview/build/**', 'test/browser/**', 'bench/ui.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
