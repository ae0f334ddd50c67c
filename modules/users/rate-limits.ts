import type { RateLimit } from '@/modules/platform/rate-limit/rate-limit';

// The users domain's limits (README, "Rate limits"), counted in PostgreSQL across instances.

/** Colleague look-ups per person (the co-author and mention pickers ask as one types). */
export const COLLEAGUE_SEARCH_LIMIT: RateLimit = { name: 'colleague-search', points: 60, windowSeconds: 60 };
