import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const nodeBuiltins = {
  group: ['node:*'],
  message: 'Platform-free code may not use Node built-ins.',
}
const electronImport = {
  name: 'electron',
  message: 'Only electron/main may import electron; keep everything else testable without it.',
}

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'release', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  // Boundaries between the rooms (house-style.md).
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport, { name: 'react', message: 'shared/ is platform-free.' }],
          patterns: [
            nodeBuiltins,
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ depends on nothing else in the app.',
            },
          ],
        },
      ],
    },
  },
  // Domain contract files are imported by channels.ts; a value import back would be a cycle.
  {
    files: ['shared/contract/*.ts'],
    ignores: [
      'shared/contract/index.ts',
      'shared/contract/validate.ts',
      'shared/contract/channels.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: './channels',
              message:
                'Import channel and ChannelDef from ./channel-def: channels.ts imports this file.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport],
          patterns: [
            nodeBuiltins,
            {
              group: ['**/electron/**'],
              message: 'The renderer talks to the backend only through src/lib/api.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/backend/**', 'electron/host/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport],
          patterns: [
            {
              group: ['**/renderer/**', '**/electron/main/**'],
              message: 'Backend and host never reach into the shell or the UI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
)
