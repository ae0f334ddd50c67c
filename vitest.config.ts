import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // The real package throws outside React Server Components; tests call server code directly.
      'server-only': path.resolve(import.meta.dirname, 'modules/platform/testing/server-only-stub.ts'),
    },
  },
  test: {
    include: ['modules/**/*.test.ts', 'prisma/**/*.test.ts', 'components/**/*.test.tsx'],
    globalSetup: ['modules/platform/testing/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
