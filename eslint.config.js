// The habits the compiler cannot see: unused code, promise mistakes, and the direction of dependencies
// between the workspaces (docs/architecture.md). `npm run lint`, part of `npm test` and `npm run check`.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TESTS = ['**/*.test.ts', '**/*.test.tsx'];

/** Server-side packages: a front end or shared/ that imports one has pulled I/O or server code in. */
const SERVER_PACKAGES = [
  '@hcc/server',
  '@hcc/server/*',
  'express',
  'express-*',
  'better-sqlite3',
  'pg',
  'pg-*',
  'ioredis',
  'redis',
  'socket.io',
  '@socket.io/*',
  'kysely',
  'multer',
  'sharp',
  'exceljs',
  'docx',
];
const serverCode = { group: ['**/server/**', ...SERVER_PACKAGES], message: 'front ends run in a browser: reach the server over HTTP or the socket, with the contracts in @hcc/shared.' };
const nodeBuiltins = { group: ['node:*'], message: 'front ends run in a browser: no Node built-ins outside tests and build configs.' };
const otherApp = (app) => ({ group: [`@hcc/${app}`, `@hcc/${app}/*`, `**/${app}/**`], message: `the kiosk and the display are separate apps: move what both need to @hcc/shared.` });

/**
 * shared/ is imported by the server, the kiosk and the TV player alike, so it depends on zod only: no
 * Node built-ins, no DOM, no clock or randomness (time and random values come in as arguments), no
 * other package, and never the apps that use it. `extra` names a package one module may use.
 */
const sharedImports = (...extra) => ({
  patterns: [
    {
      regex: `^(?!(zod|zod/mini${extra.map((p) => `|${p}`).join('')})$|\\.)`,
      message: 'shared/ depends on zod only: it is pure domain code that every app imports (STYLE.md).',
    },
    { group: ['**/server/**', '**/display/**', '**/kiosk/**'], message: 'shared/ never imports the apps that use it.' },
  ],
});
const PURE = 'shared/ is pure: take the time, random values and storage as arguments from the app.';

export default tseslint.config(
  { ignores: ['**/node_modules/', '**/dist/', '**/.tmp/', '**/.out/', '**/.figures/', 'bench/.out/', 'screenshots/', 'data/', 'backups/', 'deploy/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed names mark a parameter kept for its position, and `const { a, ...rest }` drops `a`.
      // An empty interface names a slot to fill (a socket direction with no events yet, Kysely's tables as
      // they move over); the rule's real catch, the `{}` type, stays on.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'always' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['display/src/**', 'kiosk/src/**', 'display/pwa.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['shared/src/**/*.ts'],
    ignores: TESTS,
    languageOptions: { globals: {} },
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', sharedImports()],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'location', 'fetch', 'process', 'setTimeout', 'setInterval', 'crypto'].map((name) => ({
          name,
          message: PURE,
        })),
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: PURE },
        { selector: "MemberExpression[object.name='Math'][property.name='random']", message: PURE },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: PURE },
        { selector: "CallExpression[callee.name='Date']", message: PURE },
      ],
    },
  },
  // The one exception, by name and place: `qrcode` is a pure encoder (no I/O), so every app draws its QR codes one way.
  { files: ['shared/src/qr/image.ts'], rules: { '@typescript-eslint/no-restricted-imports': ['error', sharedImports('qrcode')] } },
  {
    files: ['display/src/**', 'display/pwa.ts'],
    ignores: TESTS,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [serverCode, nodeBuiltins, otherApp('kiosk')] }] },
  },
  {
    files: ['kiosk/src/**'],
    ignores: TESTS,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [serverCode, nodeBuiltins, otherApp('display')] }] },
  },
  // Tests may read files and build bundles, but still never reach into the server or the other app.
  { files: TESTS.map((t) => `display/src/${t}`), rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [serverCode, otherApp('kiosk')] }] } },
  { files: TESTS.map((t) => `kiosk/src/${t}`), rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [serverCode, otherApp('display')] }] } },
  {
    files: ['server/src/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@hcc/display', '@hcc/display/*', '@hcc/kiosk', '@hcc/kiosk/*', '**/display/src/**', '**/kiosk/src/**'],
              message: 'the server never imports a front end: share code through @hcc/shared.',
            },
          ],
        },
      ],
    },
  },
);
