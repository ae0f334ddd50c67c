import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import security from 'eslint-plugin-security';

// The domains from the ground up (docs: /work/shared/architecture.md, README "Code layout"): each
// may import only the ones before it. Tests may cross (an authorisation matrix drives every domain).
const domainOrder = [
  'platform',
  'i18n',
  'access',
  'audit',
  'users',
  'settings',
  'ideas',
  'moderation',
  'accelerator',
  'rewards',
  // Campaigns (ideahaut) and their pages; ideas are posted into them (docs/decisions/0048).
  'campaigns',
  // Topics and departments: a merge moves ideas, people, budgets and campaign links (decision 0045).
  'taxonomy',
  // The intranet widget and the Atom feed read public ideas and campaigns (decision 0049).
  'intranet',
  // Delivery (centre, e-mail, webhooks) reads the rows others write; imported by no domain.
  'notifications',
  // Reads what every domain writes (HR reports and exports); imported by no domain but the menu.
  'reports',
  // The menu reads every area's permissions and counts; routes and the header use it (decision 0014).
  'navigation',
];

/** Imports declared on purpose although they point up the order, as module paths; each says why. */
const declaredUpwardImports = {
  // Signing in and out writes the audit log; the writing half of audit uses only platform.
  access: ['audit/audit-log', 'audit/request-origin'],
  // Saving an idea asks whether its campaign takes it; that half of campaigns uses only platform and settings.
  ideas: ['campaigns/posting'],
};

const noUiImports = [
  {
    regex: '^@/(components|app)(/|$)',
    message: 'modules/ hold logic: UI and routes import them, never the other way.',
  },
];

function layerRules(domain) {
  const above = domainOrder.slice(domainOrder.indexOf(domain) + 1);
  const declared = (declaredUpwardImports[domain] ?? []).map((path) => `(?!${path}$)`).join('');
  return {
    files: [`modules/${domain}/**/*.{ts,tsx}`],
    ignores: ['**/*.test.ts', 'modules/platform/testing/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noUiImports,
            ...(above.length === 0
              ? []
              : [
                  {
                    regex: `^@/modules/${declared}(${above.join('|')})(/|$)`,
                    message: `${domain} sits below ${above.join(', ')} (architecture.md): move the shared part down, or declare the dependency in eslint.config.mjs.`,
                  },
                ]),
          ],
        },
      ],
    },
  };
}

// Components render; data comes to them as props. Types may come from anywhere; at run time they
// call server actions and use only the modules listed here, which are plain client-safe helpers.
const clientSafeModules = [
  '[a-z-]+/actions',
  'users/profile-actions',
  'users/admin-actions',
  'users/admin-roles',
  'i18n/navigation',
  'i18n/locales',
  'i18n/format',
  'i18n/get-format',
  'ideas/slug',
  'ideas/search',
  'ideas/limits',
  'users/limits',
  'users/staff-import-actions',
  'users/staff-import-limits',
  'ideas/notification-actions',
  'accelerator/evaluation-actions',
  'accelerator/board-actions',
  'accelerator/card-actions',
  'accelerator/card-limits',
  'rewards/rule-actions',
  'rewards/payroll-actions',
  'rewards/budget-actions',
  'rewards/case-actions',
  'navigation/menu-links',
  'taxonomy/limits',
  'notifications/preference-actions',
  'notifications/outbox-actions',
  'notifications/webhook-actions',
  'notifications/mailbox-preview',
  'notifications/sentence',
  'notifications/unsubscribe-actions',
];
const componentImports = {
  paths: [
    {
      name: '@/modules/ideas/search',
      allowImportNames: ['highlightStart', 'highlightEnd'],
      allowTypeImports: true,
      message: 'Only its highlight markers are client-safe.',
    },
  ],
  patterns: [
    {
      regex: `^@/modules/(?!(${clientSafeModules.join('|')})$)`,
      allowTypeImports: true,
      message:
        'Components get data as props or through server actions: import types, or a client-safe module listed in eslint.config.mjs.',
    },
    { regex: '^@/app(/|$)', message: 'Routes import components, never the other way.' },
  ],
};

// Raw SQL from strings is how request text became SQL (issue 10): tagged Prisma.sql templates only.
const rawSqlProperties = [
  {
    object: 'Prisma',
    property: 'raw',
    message: 'Prisma.raw puts text into SQL unescaped: use a Prisma.sql template with values as parameters.',
  },
  { property: '$queryRawUnsafe', message: 'Use the $queryRaw template tag: its values become parameters.' },
  { property: '$executeRawUnsafe', message: 'Use the $executeRaw template tag: its values become parameters.' },
];

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
      'no-restricted-properties': ['error', ...rawSqlProperties],
    },
  },
  {
    // Statements here are compile-time constants (a column name from a fixed test table, SQL from
    // prisma/seed/derived.ts with integer ids); nothing a request sends reaches them.
    files: ['modules/platform/db/data-model.test.ts', 'prisma/seed/demo.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  ...domainOrder.map(layerRules),
  {
    files: ['modules/**/*.test.ts', 'modules/platform/testing/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: noUiImports }] },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', componentImports] },
  },
  {
    // Command-line tools and tests talk to the terminal and read files from computed paths.
    files: [
      'modules/platform/cli/**',
      'e2e/**',
      'prisma/seed/**',
      '**/*.test.ts',
      'vitest.*.ts',
      'modules/platform/database/**',
      'modules/platform/testing/**',
    ],
    rules: {
      'no-console': 'off',
      'security/detect-non-literal-fs-filename': 'off',
      'security/detect-child-process': 'off',
    },
  },
];

export default config;
