import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: import.meta.dirname,
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // The real package throws outside React Server Components; tests call server code directly.
      'server-only': path.resolve(import.meta.dirname, 'modules/platform/testing/server-only-stub.ts'),
    },
  },
  test: {
    // Explicit, so a run started from another folder still looks in the project.
    dir: import.meta.dirname,
    // Counted on disk after a full run (modules/platform/testing/complete-run-reporter.ts).
    include: ['modules/**/*.test.ts', 'prisma/**/*.test.ts', 'components/**/*.test.tsx', 'app/**/*.test.ts'],
    globalSetup: ['modules/platform/testing/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
