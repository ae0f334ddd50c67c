import { describe, expect, inject, it } from 'vitest';
import { createPrismaClient } from '../db/client';
import { testDb } from '../testing/database';
import { unique } from '../testing/factories';
import { tooManyRequests } from './http';
import { clientBucket, hitRateLimit, rateLimitKey, type RateLimit } from './rate-limit';

const db = testDb();
const limitOf = (points: number, windowSeconds: number): RateLimit => ({
  name: unique('limit'),
  points,
  windowSeconds,
});
const someone = { personId: '00000000-0000-4000-8000-000000000001' };
/**
 * A moment well inside a window, so that no test's hits straddle two windows, and in the future, so
 * that no sweep (by the database's clock) takes the counters away while a test reads them.
 */
const at = new Date(Date.UTC(2100, 0, 1, 12, 0, 30));

describe('hitRateLimit', () => {
  it('allows `points` hits in a window, refuses the next with the seconds left, and starts over in the next window', async () => {
    const limit = limitOf(3, 60);
    const moment = (seconds: number) => new Date(Date.UTC(2100, 0, 1, 12, 0, 0) + seconds * 1000);

    expect(await hitRateLimit(db, limit, someone, { at: moment(10) })).toEqual({ allowed: true, remaining: 2 });
    expect(await hitRateLimit(db, limit, someone, { at: moment(20) })).toEqual({ allowed: true, remaining: 1 });
    expect(await hitRateLimit(db, limit, someone, { at: moment(30) })).toEqual({ allowed: true, remaining: 0 });
    expect(await hitRateLimit(db, limit, someone, { at: moment(40) })).toEqual({
      allowed: false,
      retryAfterSeconds: 20,
    });
    // Refused hits are not counted, and the last moment of a window still waits a whole second.
    expect(await hitRateLimit(db, limit, someone, { at: moment(59.5) })).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
    expect(await hitRateLimit(db, limit, someone, { at: moment(60) })).toEqual({ allowed: true, remaining: 2 });

    const rows = await db.$queryRaw<
      { count: number }[]
    >`SELECT count FROM rate_limit_hits WHERE key = ${rateLimitKey(limit, someone)} ORDER BY window_start`;
    expect(rows.map((row) => row.count)).toEqual([3, 1]);
  });

  it('counts each subject and each limit separately', async () => {
    const limit = limitOf(1, 60);
    const other = limitOf(1, 60);
    expect((await hitRateLimit(db, limit, someone, { at })).allowed).toBe(true);
    expect((await hitRateLimit(db, limit, someone, { at })).allowed).toBe(false);
    expect((await hitRateLimit(db, limit, { personId: '00000000-0000-4000-8000-000000000002' }, { at })).allowed).toBe(
      true,
    );
    expect((await hitRateLimit(db, limit, { clientAddress: '203.0.113.7' }, { at })).allowed).toBe(true);
    expect((await hitRateLimit(db, other, someone, { at })).allowed).toBe(true);
  });

  it('stores no client address or person id, only a hash of it', async () => {
    const limit = limitOf(5, 60);
    await hitRateLimit(db, limit, { clientAddress: '203.0.113.7' });
    await hitRateLimit(db, limit, someone);
    const keys = (
      await db.$queryRaw<{ key: string }[]>`SELECT key FROM rate_limit_hits WHERE key LIKE ${`${limit.name}:%`}`
    ).map((row) => row.key);
    expect(keys).toHaveLength(2);
    for (const key of keys) {
      expect(key).not.toContain('203.0.113');
      expect(key).not.toContain(someone.personId);
    }
  });

  it('is one count for every instance: two database clients hitting at once never pass more than the limit together', async () => {
    const otherInstance = createPrismaClient({ connectionString: inject('databaseUrl'), poolSize: 10 });
    try {
      const limit = limitOf(25, 60);
      const verdicts = await Promise.all(
        Array.from({ length: 40 }, (_, index) => hitRateLimit(index % 2 ? otherInstance : db, limit, someone, { at })),
      );
      expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(25);
      expect(verdicts.filter((verdict) => !verdict.allowed)).toHaveLength(15);
      const [row] = await otherInstance.$queryRaw<
        { count: number }[]
      >`SELECT count FROM rate_limit_hits WHERE key = ${rateLimitKey(limit, someone)}`;
      expect(row?.count).toBe(25);
    } finally {
      await otherInstance.$disconnect();
    }
  });

  it('sweeps expired windows on the hits that are asked to, and keeps current ones', async () => {
    const expired = limitOf(5, 60);
    const current = limitOf(5, 60);
    await hitRateLimit(db, expired, someone, { at: new Date('2026-01-01T00:00:00Z'), sweep: false });
    await hitRateLimit(db, current, someone, { at, sweep: false });
    await hitRateLimit(db, limitOf(5, 60), someone, { at, sweep: true });
    const left = await db.$queryRaw<
      { key: string }[]
    >`SELECT key FROM rate_limit_hits WHERE key IN (${rateLimitKey(expired, someone)}, ${rateLimitKey(current, someone)})`;
    expect(left.map((row) => row.key)).toEqual([rateLimitKey(current, someone)]);
  });

  it('lifts every limit with VAU_RATE_LIMITS=off (load tests from one address), counting nothing', async () => {
    const limit = limitOf(1, 60);
    process.env.VAU_RATE_LIMITS = 'off';
    try {
      for (let index = 0; index < 3; index += 1)
        expect(await hitRateLimit(db, limit, someone, { at })).toEqual({ allowed: true, remaining: 1 });
    } finally {
      delete process.env.VAU_RATE_LIMITS;
    }
    expect((await hitRateLimit(db, limit, someone, { at })).allowed).toBe(true);
  });
});

describe('tooManyRequests', () => {
  it('answers 429 with Retry-After and is never cached', async () => {
    const response = tooManyRequests(42);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('42');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await response.json()).toEqual({ error: 'too many requests', retryAfterSeconds: 42 });
  });
});

describe('clientBucket', () => {
  it('counts an IPv6 client by its /64 network, whatever address in it they take', () => {
    expect(clientBucket('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientBucket('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(clientBucket('2001:db8::7')).toBe('2001:db8:0:0::/64');
    expect(clientBucket('::1')).toBe('0:0:0:0::/64');
    expect(clientBucket('2001:db8:1:3::1')).not.toBe(clientBucket('2001:db8:1:2::1'));
    expect(clientBucket('203.0.113.7')).toBe('203.0.113.7');
  });
});
