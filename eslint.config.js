// ESLint for the whole repository: typescript-eslint for TS, eslint-plugin-astro for the site's
// components. Formatting is Prettier's job (.prettierrc.json): eslint-config-prettier turns off
// every rule that would argue with it.
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import astro from 'eslint-plugin-astro'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'data/**',
      '.cache/**',
      'cms/.next/**',
      'site/dist/**',
      'site/.astro/**',
      // Generated: by Payload (types, import map, migrations) and Next.
      'cms/src/payload-types.ts',
      'cms/src/app/(payload)/admin/importMap.js',
      'cms/src/migrations/**',
      '**/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `catch {}` is how the code says "a missing file or a failed probe is fine here".
      'no-empty': ['error', { allowEmptyCatch: true }],
      // Leading underscore: deliberately unused (destructured away, or a required parameter).
      // Warn, not fail: the remaining `any` are Payload generics and loosely read JSON in tests;
      // typing them with the generated types is its own piece of work (issue 13).
      '@typescript-eslint/no-explicit-any': 'warn',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Code that runs in the browser.
    files: ['site/src/scripts/**', 'site/src/lib/form-client.ts', 'site/src/**/*.astro', 'cms/src/admin/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettier,
)
