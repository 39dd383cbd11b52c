// npm run lint. ESLint with typescript-eslint (syntax rules, no type information: fast, and the type
// checking is tsc's job), eslint-plugin-lit (templates, bindings, reactive properties) and
// eslint-plugin-wc (custom-element lifecycle and registration): the Lit ecosystem's rule sets; Biome
// and oxlint have neither. typescript-eslint parses with TypeScript's JS API, which TypeScript 7 (the
// native port this project builds with) no longer ships: the linter alone loads TypeScript 6, the
// `typescript-6` alias in package.json. Formatting is Prettier's (npm run format), not ESLint's.
import Module from 'node:module';

// Every `require('typescript')` in this process (only typescript-eslint's) gets TypeScript 6.
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, request === 'typescript' || request.startsWith('typescript/') ? request.replace(/^typescript/, 'typescript-6') : request, ...rest);
};

const { default: js } = await import('@eslint/js');
const { default: tseslint } = await import('typescript-eslint');
const { default: lit } = await import('eslint-plugin-lit');
const { default: wc } = await import('eslint-plugin-wc');
const { default: globals } = await import('globals');

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-demo/',
      'coverage/',
      'node_modules/',
      'test/consumers/',
      'test/astro/',
      '**/*.generated.js',
      '.cem-check/',
      '.probe/',
      'bench/results/',
      // Written by scripts/gen-docs.mjs (the custom-element-*-integration plugins).
      'types/jsx-types.d.ts',
      'types/svelte-types.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed parameters and rest siblings are deliberately unused.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // Tests and DOM code assert presence with `!` after a query that the test has just made.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `catch {}` where failing is fine (cleanup of what may be gone) is deliberate.
      'no-empty': ['error', { allowEmptyCatch: true }],
      // Stylistic: two literal spaces in a Markdown-table or JSON-indent pattern read better than {2}.
      'no-regex-spaces': 'off',
      // `interface IntrinsicElements extends Tags {}`: how a module augmentation adds the tags.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
    // Lit's base classes are custom elements too (eslint-plugin-wc looks for HTMLElement subclasses).
    settings: { wc: { elementBaseClasses: ['LitElement', 'ReactiveElement'] } },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'demo/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'demo/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    // Mocha's `describe`/`it` in the browser suite; chai's `expect(x).to.be.true` is an expression.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { globals: globals.mocha },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
