import { getCurrentUser } from '@/modules/access/current-user';
import { ideasNeedingAction } from '@/modules/ideas/needing-action';
import { db } from '@/modules/platform/db';

const noStore = { 'Cache-Control': 'private, no-store' };

/**
 * The signed-in person's ideas waiting for them, for the front page: the page is the same for every
 * reader (decision 0008), so this personal part is asked for by the browser and never stored.
 */
export async function GET() {
  const actor = await getCurrentUser();
  if (!actor) return Response.json({ error: 'sign-in required' }, { status: 401, headers: noStore });
  return Response.json(await ideasNeedingAction(db, actor), { headers: noStore });
}
