import { getCurrentUser } from '@/modules/access/current-user';
import { cardReaderStatesQuery, getCardReaderStates } from '@/modules/ideas/card-reader-states';
import { CARD_READER_STATE_LIMIT } from '@/modules/ideas/rate-limits';
import { db } from '@/modules/platform/db';
import { tooManyRequests } from '@/modules/platform/rate-limit/http';
import { hitRateLimit } from '@/modules/platform/rate-limit/rate-limit';

const noStore = { 'Cache-Control': 'private, no-store' };

/**
 * The signed-in reader's own vote on each idea card of a stored list (`?ids=1,2,3`): one ask per
 * list, not one per card. Ideas they may not see are left out of the answer.
 */
export async function GET(request: Request) {
  const actor = await getCurrentUser();
  if (!actor) return Response.json({ error: 'sign-in required' }, { status: 401, headers: noStore });
  const ids = cardReaderStatesQuery.safeParse(new URL(request.url).searchParams.get('ids') ?? '');
  if (!ids.success) return Response.json({ error: 'invalid ids' }, { status: 400, headers: noStore });
  const verdict = await hitRateLimit(db, CARD_READER_STATE_LIMIT, { personId: actor.id });
  if (!verdict.allowed) return tooManyRequests(verdict.retryAfterSeconds);
  return Response.json({ states: await getCardReaderStates(db, actor, ids.data) }, { headers: noStore });
}
