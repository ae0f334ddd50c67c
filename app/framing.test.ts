import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { framedLocalePrefixes, framedPaths } from './framed-paths';
import { framingSetup } from './framing';
import { contentSecurityPolicyFor } from '@/modules/platform/content-security-policy';
import { frameAncestorsFor, type FramingSetup } from '@/modules/platform/framing';
import { securityHeaderRules } from '@/modules/platform/response-headers';

const frameAncestors = (policy: string) =>
  policy
    .split('; ')
    .find((directive) => directive.startsWith('frame-ancestors '))
    ?.slice('frame-ancestors '.length);

/** A pool that answers the setting's query with `value`, or fails when `value` is an error. */
const poolAnswering = (value: unknown) =>
  ({
    query: async () => {
      if (value instanceof Error) throw value;
      return { rows: value === undefined ? [] : [{ value }] };
    },
  }) as unknown as pg.Pool;

const policyFor = async (pathname: string, pool: pg.Pool, setup: FramingSetup = framingSetup) =>
  frameAncestors(
    contentSecurityPolicyFor('n', { NODE_ENV: 'production' }, await frameAncestorsFor(setup, pathname, pool)),
  );

describe('who may frame a page', () => {
  const listed = poolAnswering(['https://intra.kunta.fi', 'https://*.sharepoint.com']);

  it.each(['/widget', '/sv/widget', '/en/widget'])('lets the listed origins frame the widget at %s', async (path) => {
    expect(await policyFor(path, listed)).toBe('https://intra.kunta.fi https://*.sharepoint.com');
  });

  it.each([
    '/',
    '/ideas',
    '/sv/ideas',
    '/widget/x',
    '/widgets',
    '/sv/widget/x',
    '/fi/widget',
    '/admin/widget',
    '/feed.xml',
  ])('lets nobody frame any other page: %s', async (path) => {
    expect(await policyFor(path, listed)).toBe("'none'");
  });

  it('lets nobody frame the widget while the list is empty, unset, unreadable or without a database', async () => {
    expect(await policyFor('/widget', poolAnswering([]))).toBe("'none'");
    expect(await policyFor('/widget', poolAnswering(undefined))).toBe("'none'");
    expect(await policyFor('/widget', poolAnswering(new Error('connection refused')))).toBe("'none'");
    expect(
      frameAncestors(
        contentSecurityPolicyFor(
          'n',
          { NODE_ENV: 'production' },
          await frameAncestorsFor(framingSetup, '/widget', null),
        ),
      ),
    ).toBe("'none'");
  });

  it('puts nothing but bare origins in the header, whatever a policy answers', async () => {
    const sloppy: FramingSetup = {
      localePrefixes: [],
      pages: [
        {
          path: '/widget',
          ancestors: async () => ["https://a.fi; script-src 'unsafe-inline'", "'self'", '*', 'https://b.fi'],
        },
      ],
    };
    expect(await policyFor('/widget', listed, sloppy)).toBe('https://b.fi');
  });
});

describe('the security header rules', () => {
  const rules = securityHeaderRules(framedPaths, framedLocalePrefixes);
  const headersFor = (path: string) =>
    rules.flatMap((rule) =>
      getPathMatch(rule.source, { removeUnnamedParams: true, strict: true })(path)
        ? rule.headers.map((header) => header.key)
        : [],
    );

  it.each(['/widget', '/sv/widget', '/en/widget'])(
    'leave X-Frame-Options off the widget at %s, and keep the rest',
    (path) => {
      expect(headersFor(path)).toEqual([
        'X-Content-Type-Options',
        'Referrer-Policy',
        'Permissions-Policy',
        'Strict-Transport-Security',
      ]);
    },
  );

  it.each(['/', '/ideas', '/sv', '/widgets', '/widget/x', '/x/widget', '/_next/static/chunks/a.js', '/feed.xml'])(
    'send X-Frame-Options: DENY with every other path: %s',
    (path) => {
      expect(headersFor(path)).toEqual([
        'X-Frame-Options',
        'X-Content-Type-Options',
        'Referrer-Policy',
        'Permissions-Policy',
        'Strict-Transport-Security',
      ]);
    },
  );

  it('refuse a framed path that is not literal', () => {
    expect(() => securityHeaderRules(['/widget.*'], [])).toThrow(/literal/);
  });
});
