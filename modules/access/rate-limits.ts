import type { Database } from '@/modules/platform/db/client';
import { hitRateLimit, type RateLimit, type RateLimitVerdict } from '@/modules/platform/rate-limit/rate-limit';

// The access domain's limits (README, "Rate limits"), counted in PostgreSQL across instances.

/**
 * Sign-in attempts per client address: a demo sign-in or a single sign-on start each count one.
 * Callbacks are not counted: Auth.js refuses one without its start, and counting junk callbacks
 * would let anyone lock out everyone behind the same address. Generous, because a whole office may
 * reach the app through one address; raise it if yours is larger.
 */
export const SIGN_IN_LIMIT: RateLimit = { name: 'sign-in', points: 30, windowSeconds: 5 * 60 };

/** Counts one sign-in attempt from this client address (nobody is signed in yet to count instead). */
export function hitSignInLimit(db: Database, clientAddress: string | null): Promise<RateLimitVerdict> {
  return hitRateLimit(db, SIGN_IN_LIMIT, { clientAddress });
}
