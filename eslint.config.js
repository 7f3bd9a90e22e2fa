// Lint: typescript-eslint's recommended rules plus the layer rules of the architecture:
// shared/ is pure, the renderer never reaches the Node side, and only the Electron entry
// points (and the electron-store adapter) may import 'electron'; and every zip is read through
// the one capped reader.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'http',
  'https',
  'net',
  'crypto',
  'url',
  'stream',
  'zlib',
  'util',
  'worker_threads',
];

const noElectron = { regex: '^electron(-store)?(/.*)?$', message: "Only the Electron entry points may import 'electron'." };

// Every zip the app reads goes through one module, with its caps on entries and inflated size.
const zipReaders = {
  group: ['yauzl', 'yauzl-promise', 'adm-zip', 'unzipper', 'node-stream-zip', 'extract-zip', 'decompress', 'fflate'],
  message: 'Read zip files with electron/storage/zip-reader.ts (caps on entries and inflated size).',
};
const noZipInflate = {
  selector: "CallExpression[callee.property.name='loadAsync']",
  message: 'JSZip inflates in memory without caps: read zip files with electron/storage/zip-reader.ts (JSZip stays for writing).',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Imports and exports strip control characters on purpose, with regexes that name them.
      'no-control-regex': 'off',
      'no-restricted-imports': ['error', { patterns: [noElectron, zipReaders] }],
    },
  },
  {
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', noZipInflate] },
  },
  {
    files: ['electron/storage/zip-reader.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron] }] },
  },
  {
    files: ['shared/**/*.ts', 'templates/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noElectron,
            zipReaders,
            { group: nodeBuiltins, message: 'shared/ is pure: no Node built-ins.' },
            { group: ['**/electron/**', '**/renderer/**', '../electron', '../renderer'], message: 'shared/ imports nothing from electron/ or renderer/.' },
            { group: ['react', 'react-dom', '@mantine/*'], message: 'shared/ has no UI.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noElectron,
            zipReaders,
            { group: nodeBuiltins, message: 'The renderer runs in a browser: no Node built-ins.' },
            { group: ['**/electron/**', '../electron', '../../electron'], message: 'The renderer reaches the Node side only through the API client.' },
            {
              group: ['docx', '**/shared/documents/**'],
              message: 'Documents are built on the Node side; the wording the screens share is in shared/domain/meeting-words.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/main.ts', 'electron/main/preload.ts', 'electron/main/electron-store-file.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.mjs'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
