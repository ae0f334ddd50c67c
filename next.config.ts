import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./modules/i18n/request.ts');

const nextConfig: NextConfig = {
  // Baked in at build time: a build made without AUTH_DEMO_LOGIN=true cannot offer the demo
  // sign-in, whatever its runtime environment says (modules/access/demo-login.ts).
  env: { VAU_DEMO_LOGIN_BUILT: process.env.AUTH_DEMO_LOGIN === 'true' ? 'true' : 'false' },
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ['pino', 'pg'],
};

export default withNextIntl(nextConfig);
