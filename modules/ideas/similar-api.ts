import { can, type Actor } from '@/modules/access/permissions';
import type { Database } from '@/modules/platform/db/client';
import { tooManyRequests } from '@/modules/platform/rate-limit/http';
import { similarIdeas } from './list';
import { hitSuggestionLimit } from './rate-limits';

const noStore = { 'Cache-Control': 'private, no-store' };

/**
 * The answer of GET /api/ideas/similar: up to five published ideas like the title being typed, each
 * with whether the asker has voted for it. Each counts against the asker's suggestion limit.
 */
export async function similarIdeasResponse(db: Database, actor: Actor | null, url: URL): Promise<Response> {
  if (!actor || !can(actor, 'idea.create'))
    return Response.json({ error: 'sign-in required' }, { status: 401, headers: noStore });
  const title = (url.searchParams.get('title') ?? '').slice(0, 160);
  if (title.trim().length < 3) return Response.json({ ideas: [] }, { headers: noStore });
  const verdict = await hitSuggestionLimit(db, actor);
  if (!verdict.allowed) return tooManyRequests(verdict.retryAfterSeconds);
  const ideas = await similarIdeas(db, title, Number(url.searchParams.get('exclude')) || undefined);
  const voted = new Set(
    (
      await db.vote.findMany({
        where: { userId: actor.id, ideaId: { in: ideas.map((idea) => idea.id) } },
        select: { ideaId: true },
      })
    ).map((vote) => vote.ideaId),
  );
  return Response.json({ ideas: ideas.map((idea) => ({ ...idea, voted: voted.has(idea.id) })) }, { headers: noStore });
}
