import type { Actor } from '@/modules/access/permissions';
import { confirmedCoAuthorsOf } from '@/modules/ideas/ownership';
import { IdeaStatus, type Database } from '@/modules/platform/db/client';

// Kiitos!: implemented ideas and the people behind them who agreed to be named (the author and
// confirmed co-authors). Never an amount or a kind of reward. An anonymous idea names nobody and
// counts nobody: even "1 more" next to an anonymous idea would say something about its author.
// On other ideas, people who did not agree are counted ("and 2 others") without names: the idea's
// own page already shows who is behind it, so the count tells nothing new, and it keeps a team's
// idea from looking like one person's. Rendered per request, never a stored page (decision 30).

export const hallOfFamePageSize = 20;

export interface HallOfFameEntry {
  idea: { id: number; title: string };
  implementedAt: Date;
  /** Names of those who agreed, the author first; empty for an anonymous idea. */
  named: string[];
  /** People behind the idea who did not agree to be named; 0 for an anonymous idea. */
  unnamedCount: number;
}

export interface HallOfFamePage {
  entries: HallOfFameEntry[];
  page: number;
  pages: number;
}

/** One page of implemented ideas, the most recently implemented first; null for someone signed out. */
export async function hallOfFame(db: Database, actor: Actor | null, page: number): Promise<HallOfFamePage | null> {
  if (!actor?.active) return null;
  const where = { status: IdeaStatus.IMPLEMENTED };
  const total = await db.idea.count({ where });
  const pages = Math.max(1, Math.ceil(total / hallOfFamePageSize));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pages);
  const people = { select: { name: true, namedInHallOfFame: true } } as const;
  const ideas = await db.idea.findMany({
    where,
    orderBy: [{ statusChangedAt: 'desc' }, { id: 'desc' }],
    skip: (current - 1) * hallOfFamePageSize,
    take: hallOfFamePageSize,
    select: {
      id: true,
      title: true,
      anonymous: true,
      statusChangedAt: true,
      author: people,
      coAuthors: { orderBy: { confirmedAt: 'asc' }, select: { userId: true, confirmedAt: true, user: people } },
    },
  });
  const entries = ideas.map((idea) => {
    const behind = idea.anonymous ? [] : [idea.author, ...confirmedCoAuthorsOf(idea).map((coAuthor) => coAuthor.user)];
    const named = behind.filter((person) => person.namedInHallOfFame).map((person) => person.name);
    return {
      idea: { id: idea.id, title: idea.title },
      implementedAt: idea.statusChangedAt,
      named,
      unnamedCount: behind.length - named.length,
    };
  });
  return { entries, page: current, pages };
}
