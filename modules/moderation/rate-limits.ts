import type { RateLimit } from '@/modules/platform/rate-limit/rate-limit';

// The moderation domain's limits (README, "Rate limits"), counted in PostgreSQL across instances.

/** Reports (flags) per person: each goes to the moderators' queue, and enough of them hide content at once. */
export const FLAG_LIMIT: RateLimit = { name: 'flag', points: 10, windowSeconds: 60 * 60 };
