import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ProxyMatcher } from 'next/dist/build/analysis/get-page-static-info';
import { getMiddlewareRouteMatcher } from 'next/dist/shared/lib/router/utils/middleware-route-matcher';
import { describe, expect, it, vi } from 'vitest';
import { config } from '@/proxy';
import { projectRoot } from './paths';

// next-intl's middleware does not load under Vitest, and only the matcher is tested here.
vi.mock('next-intl/middleware', () => ({ default: () => () => undefined }));

// proxy.ts's matcher, compiled by Next.js's own build code (exported, but left out of its types):
// which requests get the proxy (a Content-Security-Policy, a request id, the locale routing) and
// which go straight to Next.js.
const { getMiddlewareMatchers } = createRequire(import.meta.url)('next/dist/build/analysis/get-page-static-info') as {
  getMiddlewareMatchers: (matcher: string[], nextConfig: object) => ProxyMatcher[];
};
const goesThroughProxy = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}));
const proxied = (pathname: string) => goesThroughProxy(pathname, {} as never, {});

describe('proxy matcher', () => {
  it.each([
    '/',
    '/ideas',
    '/sv/ideas/12-lomake',
    '/x.y/ideas',
    '/fi.x/ideas',
    '/zz/ideas',
    '/ideas/1.5',
    '/favicon.ico',
    '/api.x/ideas',
    '/apis',
    '/_next.x/ideas',
    '/brand.x/ideas',
  ])('sends page requests through the proxy, dots and all: %s', (pathname) => {
    expect(proxied(pathname)).toBe(true);
  });

  it.each(['/api/health', '/api', '/_next/static/chunks/main.js', '/_next/image'])(
    'leaves API routes and Next.js files alone: %s',
    (pathname) => {
      expect(proxied(pathname)).toBe(false);
    },
  );

  // A public file must skip the proxy (its locale rewrite would hide the file), and only those do.
  it.each(readdirSync(path.join(projectRoot, 'public')))('leaves public/%s alone', (entry) => {
    expect(proxied(`/${entry}/logo.svg`)).toBe(false);
    expect(proxied(`/${entry}.x/ideas`)).toBe(true);
  });
});
