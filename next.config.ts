import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { dataResponsePolicy } from './modules/platform/content-security-policy';
import { demoSignInRefusal } from './modules/platform/demo-sign-in';
import { framedLocalePrefixes, framedPaths } from './app/framed-paths';
import { securityHeaderRules } from './modules/platform/response-headers';

const withNextIntl = createNextIntlPlugin('./modules/i18n/request.ts');

const nextConfig: NextConfig = {
  // Baked in at build time: a build made without AUTH_DEMO_LOGIN=true, or with single sign-on or a
  // DATABASE_URL in its environment (next build is always production), cannot offer the demo
  // sign-in, whatever its runtime environment says (modules/access/demo-login.ts).
  env: {
    VAU_DEMO_LOGIN_BUILT: process.env.AUTH_DEMO_LOGIN === 'true' && !demoSignInRefusal(process.env) ? 'true' : 'false',
  },
  reactStrictMode: true,
  poweredByHeader: false,
  // Metadata is never streamed after the page (Next streams it to browsers it does not count as
  // bots): a page's <title> is in the HTML head, before the fallback title the layout adds
  // (components/document-title-fallback.tsx, decision 0012).
  htmlLimitedBots: /.*/,
  // The proxy must see a client navigation's RSC headers and `_rsc` parameter as they arrive, or the
  // page store answers the navigation with a whole HTML page and the browser reloads everything
  // (modules/platform/page-cache/policy.ts refuses such requests; e2e/client-navigation.spec.ts checks).
  skipProxyUrlNormalize: true,
  async headers() {
    return [
      // Pages get their policy with a fresh nonce from proxy.ts; data responses may run nothing.
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: dataResponsePolicy }] },
      // public/ files skip the proxy (proxy.ts); a missing one is answered with a 404 page, which needs a policy too.
      { source: '/brand/:path*', headers: [{ key: 'Content-Security-Policy', value: dataResponsePolicy }] },
      // Framed pages (app/framing.ts) go without X-Frame-Options; their policy says who may frame them.
      ...securityHeaderRules(framedPaths, framedLocalePrefixes),
    ];
  },
  serverExternalPackages: ['pino', 'pg'],
  // HR's staff file may be 2 MB (modules/users/staff-import-limits.ts); actions default to 1 MB.
  experimental: { serverActions: { bodySizeLimit: '3mb' } },
};

export default withNextIntl(nextConfig);
