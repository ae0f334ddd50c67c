import { describe, expect, it } from 'vitest';
import { isDemoLoginEnabled } from './demo-login';

describe('demo sign-in', () => {
  it('needs both a demo build and the runtime switch', () => {
    expect(isDemoLoginEnabled('true', 'true')).toBe(true);
    expect(isDemoLoginEnabled('true', '1')).toBe(true);
    expect(isDemoLoginEnabled('true', undefined)).toBe(false);
    expect(isDemoLoginEnabled('true', 'false')).toBe(false);
  });

  it('cannot be switched on at run time in a build made without it (a production build)', () => {
    expect(isDemoLoginEnabled('false', 'true')).toBe(false);
    expect(isDemoLoginEnabled(undefined, 'true')).toBe(false);
  });
});
