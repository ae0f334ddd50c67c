import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';
import type { Database, Prisma } from '../db/client';

/**
 * Limits shared by every app instance, counted in PostgreSQL (table rate_limit_hits): nothing is
 * kept in process memory, so any number of stateless instances enforce one count. Platform code
 * knows no domain: each domain declares its own limits and counts its own actions.
 */

/** At most `points` hits per fixed window of `windowSeconds`, counted per subject. */
export interface RateLimit {
  /** Unique among all limits: it starts every counter's key. */
  readonly name: string;
  readonly points: number;
  readonly windowSeconds: number;
}

export type RateLimitVerdict = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

/** Who a hit is counted against; only a hash of it is stored. */
export type RateLimitSubject = { personId: string } | { clientAddress: string | null };

export interface HitOptions {
  /**
   * The moment of the hit; this process's clock when absent. Instances' clocks differ by far less
   * than a window, so a hit near a window's edge may land in the neighbouring window, no more.
   */
  at?: Date;
  /** Also delete some expired counters in the same statement; on about one hit in a hundred by default. */
  sweep?: boolean;
}

const SWEEP_ONE_HIT_IN = 100;
const SWEEP_AT_MOST_ROWS = 500;

type Queryable = Pick<Database | Prisma.TransactionClient, '$queryRaw'>;

/**
 * What one client is counted as: an IPv4 address, or an IPv6 address's /64 network, because one
 * home or cloud client holds a whole /64 and could take a fresh address for every request.
 */
export function clientBucket(address: string): string {
  if (!isIPv6(address)) return address;
  const [head, tail = ''] = address.toLowerCase().split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = address.includes('::') && tail ? tail.split(':') : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array<string>(Math.max(missing, 0)).fill('0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** The stored key: the limit's name and a hash of the subject, so no address or id is kept as such. */
export function rateLimitKey(limit: RateLimit, subject: RateLimitSubject): string {
  const who =
    'personId' in subject
      ? `person:${subject.personId}`
      : `client:${subject.clientAddress ? clientBucket(subject.clientAddress) : 'unknown'}`;
  return `${limit.name}:${createHash('sha256').update(who).digest('base64url').slice(0, 32)}`;
}

/**
 * Counts one hit against the limit and says whether it is allowed. One SQL statement: the window's
 * counter row is created or incremented only while it stays within the limit, so concurrent hits on
 * any instance can never pass more than `points` per window, and a refused hit is not counted (the
 * wait never grows by retrying). Windows are fixed and aligned to the epoch: up to twice the limit
 * can pass around a window's edge, which is acceptable for damping abuse.
 */
export async function hitRateLimit(
  db: Queryable,
  limit: RateLimit,
  subject: RateLimitSubject,
  options: HitOptions = {},
): Promise<RateLimitVerdict> {
  // A load test from one address (npm run bench) would otherwise measure refusals.
  if (process.env.VAU_RATE_LIMITS === 'off') return { allowed: true, remaining: limit.points };
  const key = rateLimitKey(limit, subject);
  const sweep = options.sweep ?? Math.random() * SWEEP_ONE_HIT_IN < 1;
  const [row] = await db.$queryRaw<{ count: number | null; retry_after: number }[]>`
    WITH slot AS (
      SELECT at, to_timestamp(floor(extract(epoch FROM at) / ${limit.windowSeconds}::int) * ${limit.windowSeconds}::int) AS start
      FROM (SELECT ${options.at ?? new Date()}::timestamptz AS at) AS clock
    ), swept AS (
      -- By the database's clock, and never this key's rows, which the insert below may touch.
      DELETE FROM rate_limit_hits WHERE (key, window_start) IN (
        SELECT expired.key, expired.window_start FROM rate_limit_hits AS expired
        WHERE ${sweep}::boolean AND expired.expires_at <= clock_timestamp() AND expired.key <> ${key}::text
        ORDER BY expired.expires_at LIMIT ${SWEEP_AT_MOST_ROWS}::int FOR UPDATE SKIP LOCKED)
    ), hit AS (
      INSERT INTO rate_limit_hits AS hits (key, window_start, count, expires_at)
      SELECT ${key}::text, slot.start, 1, slot.start + make_interval(secs => ${limit.windowSeconds}::int) FROM slot
      WHERE ${limit.points}::int >= 1
      ON CONFLICT (key, window_start) DO UPDATE SET count = hits.count + 1 WHERE hits.count < ${limit.points}::int
      RETURNING hits.count
    )
    SELECT (SELECT count FROM hit) AS count,
      greatest(ceil(extract(epoch FROM slot.start + make_interval(secs => ${limit.windowSeconds}::int) - slot.at)), 1)::int AS retry_after
    FROM slot`;
  if (row?.count != null) return { allowed: true, remaining: limit.points - row.count };
  return { allowed: false, retryAfterSeconds: row?.retry_after ?? limit.windowSeconds };
}

/** Signed-in people are counted as themselves wherever they are; others by their client address. */
export function personOrClient(personId: string | null | undefined, clientAddress: string | null): RateLimitSubject {
  return personId ? { personId } : { clientAddress };
}
