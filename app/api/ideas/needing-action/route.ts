import { getCurrentUser } from '@/modules/access/current-user';
import { ideasNeedingAction } from '@/modules/ideas/needing-action';
import { NEEDING_ACTION_LIMIT } from '@/modules/ideas/rate-limits';
import { db } from '@/modules/platform/db';
import { tooManyRequests } from '@/modules/platform/rate-limit/http';
import { hitRateLimit } from '@/modules/platform/rate-limit/rate-limit';

const noStore = { 'Cache-Control': 'private, no-store' };

/**
 * The signed-in person's ideas waiting for them, for the front page: the page is the same for every
 * reader (decision 0008), so this personal part is asked for by the browser and never stored.
 */
export async function GET() {
  const actor = await getCurrentUser();
  if (!actor) return Response.json({ error: 'sign-in required' }, { status: 401, headers: noStore });
  const verdict = await hitRateLimit(db, NEEDING_ACTION_LIMIT, { personId: actor.id });
  if (!verdict.allowed) return tooManyRequests(verdict.retryAfterSeconds);
  return Response.json(await ideasNeedingAction(db, actor), { headers: noStore });
}
