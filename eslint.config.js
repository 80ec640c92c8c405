// ESLint for the house's TypeScript and Astro files: typescript-eslint's and eslint-plugin-astro's
// recommended rules, and none of the stylistic ones (Prettier owns layout).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.test-dist/', '.bench/', '.astro/', 'node_modules/', 'content/', 'tests/fixtures/', 'public/pagefind/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a parameter or binding kept on purpose (a callback's shape, a rest sibling).
      // The hub strips control characters from untrusted text on purpose (IPEX payloads, post texts, logs).
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  { files: ['public/**/*.js', 'src/scripts/**/*.ts'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
);
