import { getCurrentUser } from '@/modules/access/current-user';
import { getReaderState } from '@/modules/ideas/reader-state';
import { db } from '@/modules/platform/db';

const noStore = { 'Cache-Control': 'private, no-store' };

/** The signed-in reader's own vote, follow and "helpful" marks, for an idea page served from the store. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getCurrentUser();
  if (!actor) return Response.json({ error: 'sign-in required' }, { status: 401, headers: noStore });
  const ideaId = Number((await params).id);
  const state = Number.isSafeInteger(ideaId) && ideaId > 0 ? await getReaderState(db, actor, ideaId) : null;
  if (!state) return Response.json({ error: 'not found' }, { status: 404, headers: noStore });
  return Response.json(state, { headers: noStore });
}
