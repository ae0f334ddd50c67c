import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { contentSecurityPolicyFor, createNonce } from './content-security-policy';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const directives = (policy: string) =>
  Object.fromEntries(
    policy.split('; ').map((directive) => {
      const [name = '', ...values] = directive.split(' ');
      return [name, values.join(' ')];
    }),
  );

describe('content security policy', () => {
  it('makes a new unguessable nonce every time', () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });

  it('lets only scripts with the nonce run, and nothing frame the page, in production', () => {
    const policy = directives(contentSecurityPolicyFor('abc123', { NODE_ENV: 'production' }));
    expect(policy).toEqual({
      'default-src': "'self'",
      'script-src': "'self' 'nonce-abc123' 'strict-dynamic'",
      'style-src': `'self' 'nonce-abc123' ${hashOf(':root{--org-brand:#1b4f8a}')}`,
      'img-src': "'self' data: blob:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'self'",
      'form-action': "'self'",
      'frame-ancestors': "'none'",
    });
  });

  it('allows the organisation’s colour rule by its hash, whatever the colour', () => {
    const policy = directives(contentSecurityPolicyFor('n', { NODE_ENV: 'production', ORG_BRAND_COLOR: '#00aa33' }));
    expect(policy['style-src']).toBe(`'self' 'nonce-n' ${hashOf(':root{--org-brand:#00aa33}')}`);
  });

  it('allows eval only for React’s development build', () => {
    expect(directives(contentSecurityPolicyFor('n', { NODE_ENV: 'development' }))['script-src']).toBe(
      "'self' 'nonce-n' 'strict-dynamic' 'unsafe-eval'",
    );
  });

  it('admits an external logo and the identity providers’ sign-in pages, by origin only', () => {
    const policy = directives(
      contentSecurityPolicyFor('n', {
        NODE_ENV: 'production',
        ORG_LOGO_URL: 'https://cdn.kunta.example/logo.svg',
        AUTH_OIDC_ISSUER: 'https://idp.kunta.example/realms/staff',
        AUTH_MICROSOFT_ENTRA_ID_ISSUER: 'https://login.microsoftonline.com/tenant-id/v2.0',
      }),
    );
    expect(policy['img-src']).toBe("'self' data: blob: https://cdn.kunta.example");
    expect(policy['form-action']).toBe("'self' https://idp.kunta.example https://login.microsoftonline.com");
  });

  it('ignores a relative logo path and unparsable addresses', () => {
    const policy = directives(
      contentSecurityPolicyFor('n', {
        NODE_ENV: 'production',
        ORG_LOGO_URL: '/brand/logo.svg',
        AUTH_OIDC_ISSUER: 'https://',
      }),
    );
    expect(policy['img-src']).toBe("'self' data: blob:");
    expect(policy['form-action']).toBe("'self'");
  });
});
