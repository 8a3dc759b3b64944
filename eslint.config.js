// `npm run lint` (with `dpdm` for import circles, see package.json).
// typescript-eslint needs TypeScript's JavaScript API, which TypeScript 7 no longer ships: the
// `typescript` package here is the TypeScript 6 compatibility package and `tsc` comes from
// `@typescript/native` (TypeScript 7), as package.json's two aliases arrange.
// The type-aware rules cost most of the run (28 s of CPU on the 2-core machine, 30 to 95 s of wall
// time as the load varies, against 6 s without); LINT_TYPED=0 drops them for a quick pass.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

const TYPED = process.env.LINT_TYPED !== '0';

export default defineConfig(
  {
    ignores: ['dist/**', 'dist-e2e/**', 'dist-firefox/**', 'node_modules/**', 'coverage/**', '.scratch/**'],
  },
  js.configs.recommended,
  ...(TYPED ? tseslint.configs.recommendedTypeChecked : tseslint.configs.recommended),
  // Mozilla's rules against page content reaching a DOM sink (innerHTML, insertAdjacentHTML…).
  noUnsanitized.configs.recommended,
  {
    // Without type information the type-aware rules' suppressions would read as unused.
    linterOptions: { reportUnusedDisableDirectives: TYPED ? 'error' : 'off' },
    languageOptions: {
      parserOptions: TYPED ? { projectService: true, tsconfigRootDir: import.meta.dirname } : {},
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
    rules: {
      // A leading underscore names what a destructuring drops on purpose (`{ body: _body, ...rest }`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Message handlers and sink methods are async to meet a Promise-returning interface, with or
      // without an await inside.
      '@typescript-eslint/require-await': 'off',
      // Event listeners may be async: a rejection surfaces as an unhandled rejection in the console,
      // as a throw from a synchronous listener would. Promises passed where a value is read stay checked.
      ...(TYPED && { '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }] }),
      // The code escapes `[`, `-` and `/` inside character classes so that they read as literals.
      'no-useless-escape': 'off',
      // The text cleaner and the file-name rules match control characters on purpose.
      'no-control-regex': 'off',
      // Chinese text indents with U+3000 and pages carry no-break spaces: test pages and patterns
      // hold them in strings, templates and regular expressions, and comments quote them (a label
      // as templates space it out, 名　　称).
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The walk reads DOM accessors and methods off the prototypes once and calls them with
    // `.call` (see the file's header): unbound methods and the `Function` type are the point.
    files: ['src/extract/domReads.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off', '@typescript-eslint/no-unsafe-function-type': 'off' },
  },
  {
    // Tests, benches and build scripts read JSON files, page.evaluate results and mocks as `any`,
    // build their own test documents with innerHTML, and load modules by computed path (Node's
    // import(), which the DOM-sink rule also covers). The product code keeps all of these rules.
    files: ['test/**', 'bench/**', 'scripts/**', 'vite.config.ts', '*.cjs'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // jest's `expect(mock.method)` and isolated `require()` of a module under test.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      // A page script's rejection reason is whatever the browser gave (an IDB error, a DOMException).
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
      // `page.evaluate(...) as T` and `JSON.parse(...) as T` name the type they read; the rule
      // would have each written as explicit type arguments instead.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      'no-unsanitized/property': 'off',
      'no-unsanitized/method': 'off',
    },
  },
);
