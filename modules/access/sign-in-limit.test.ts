import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testDb } from '@/modules/platform/testing/database';
import { hitSignInLimit, SIGN_IN_LIMIT } from './rate-limits';

const db = testDb();

// All attempts at one moment a day ahead: inside one window, and out of reach of the sweeps.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Math.floor(Date.now() / 3_600_000) * 3_600_000 + 24 * 3_600_000 + 1_800_000);
});
afterAll(() => {
  vi.useRealTimers();
});

describe('sign-in limit', () => {
  it(`allows ${SIGN_IN_LIMIT.points} attempts per client address a window, then refuses with the wait`, async () => {
    const address = `192.0.2.${process.pid % 250}-${Date.now()}`;
    for (let index = 0; index < SIGN_IN_LIMIT.points; index += 1)
      expect((await hitSignInLimit(db, address)).allowed).toBe(true);
    expect(await hitSignInLimit(db, address)).toEqual({
      allowed: false,
      retryAfterSeconds: SIGN_IN_LIMIT.windowSeconds,
    });
    expect((await hitSignInLimit(db, `${address}-next-door`)).allowed).toBe(true);
  });
});
