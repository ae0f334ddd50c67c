import { getCurrentUser } from '@/modules/access/current-user';
import { can } from '@/modules/access/permissions';
import { similarIdeas } from '@/modules/ideas/list';
import { db } from '@/modules/platform/db';

/** Up to five published ideas like the title being typed (the new-idea form asks as you type). */
export async function GET(request: Request) {
  const actor = await getCurrentUser();
  if (!can(actor, 'idea.create')) return Response.json({ error: 'sign-in required' }, { status: 401 });
  const url = new URL(request.url);
  const title = (url.searchParams.get('title') ?? '').slice(0, 160);
  const exclude = Number(url.searchParams.get('exclude')) || undefined;
  const ideas = title.trim().length >= 3 ? await similarIdeas(db, title, exclude) : [];
  const voted = new Set(
    (await db.vote.findMany({ where: { userId: actor!.id, ideaId: { in: ideas.map((idea) => idea.id) } }, select: { ideaId: true } })).map((vote) => vote.ideaId),
  );
  return Response.json(
    { ideas: ideas.map((idea) => ({ ...idea, voted: voted.has(idea.id) })) },
    { headers: { 'Cache-Control': 'private, no-store' } },
  );
}
