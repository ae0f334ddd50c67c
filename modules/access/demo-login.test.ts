import { describe, expect, it } from 'vitest';
import { isDemoLoginEnabled } from './demo-login';

describe('demo sign-in on the running server', () => {
  it('needs both a demo build and the runtime switch', () => {
    expect(isDemoLoginEnabled('true', { AUTH_DEMO_LOGIN: 'true' })).toBe(true);
    expect(isDemoLoginEnabled('true', { AUTH_DEMO_LOGIN: '1' })).toBe(true);
    expect(isDemoLoginEnabled('true', {})).toBe(false);
    expect(isDemoLoginEnabled('true', { AUTH_DEMO_LOGIN: 'false' })).toBe(false);
  });

  it('cannot be switched on at run time in a build made without it (a production build)', () => {
    expect(isDemoLoginEnabled('false', { AUTH_DEMO_LOGIN: 'true' })).toBe(false);
    expect(isDemoLoginEnabled(undefined, { AUTH_DEMO_LOGIN: 'true' })).toBe(false);
  });

  it('is off, even in a demo build, once single sign-on is configured', () => {
    expect(isDemoLoginEnabled('true', { AUTH_DEMO_LOGIN: 'true', AUTH_OIDC_ISSUER: 'https://idp.example/' })).toBe(
      false,
    );
    expect(isDemoLoginEnabled('true', { AUTH_DEMO_LOGIN: 'true', AUTH_MICROSOFT_ENTRA_ID_ID: 'client' })).toBe(false);
  });
});
