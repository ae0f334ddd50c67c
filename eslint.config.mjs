import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import security from 'eslint-plugin-security';

const config = [
  {
    ignores: [
      '.next/**',
      '.data/**',
      'node_modules/**',
      'modules/platform/db/generated/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  // eslint-config-next registers the jsx-a11y plugin with a handful of rules; turn on all of its
  // recommended ones (WCAG is the law for this service).
  { files: ['**/*.tsx'], rules: jsxA11y.flatConfigs.recommended.rules },
  security.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Flags every obj[key]; with TypeScript checking keys it is mostly noise.
      'security/detect-object-injection': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Command-line tools and tests talk to the terminal and read files from computed paths.
    files: ['modules/platform/cli/**', 'e2e/**', 'prisma/seed/**', '**/*.test.ts', 'vitest.*.ts', 'modules/platform/database/**', 'modules/platform/testing/**'],
    rules: {
      'no-console': 'off',
      'security/detect-non-literal-fs-filename': 'off',
      'security/detect-child-process': 'off',
    },
  },
];

export default config;
