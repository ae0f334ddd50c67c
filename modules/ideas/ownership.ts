import type { Owned } from '@/modules/access/permissions';
import { Prisma, type Database } from '@/modules/platform/db/client';

// Who owns an idea, said once: its author and the co-authors who confirmed. Owners act through the
// `.own` grants and may not vote for their own idea. An invited, not yet confirmed co-author is
// "involved": they may see the idea (to decide) and may not vote, but they are not an owner.
// Every query and check asks this file; `ownership.test.ts` fails on other spellings.

type Tx = Prisma.TransactionClient | Database;

/** What to load with an idea so that the helpers below can answer. */
export const ownershipSelect = { authorId: true, coAuthors: { select: { userId: true, confirmedAt: true } } } as const;

export interface OwnershipFacts {
  authorId: string;
  coAuthors: readonly { userId: string; confirmedAt: Date | null }[];
}

/** What to load with an idea for a permission check: its owners and the departments it concerns. */
export const permissionSelect = { ...ownershipSelect, departments: { select: { departmentId: true } } } as const;

/** The idea as `can()` sees it: its owners (`.own` grants) and departments (`.department` grants). */
export function permissionFactsOf(idea: OwnershipFacts & { departments: readonly { departmentId: string }[] }): Owned {
  return { ownerIds: ownerIdsOf(idea), departmentIds: idea.departments.map((entry) => entry.departmentId) };
}

/** The same for one idea by its number; nobody's (no owners, no departments) when there is no such idea. */
export async function loadPermissionFacts(db: Tx, ideaId: number): Promise<Owned> {
  const idea = await db.idea.findUnique({ where: { id: ideaId }, select: permissionSelect });
  return idea ? permissionFactsOf(idea) : { ownerIds: [], departmentIds: [] };
}

/** The co-authors who confirmed (owners besides the author), with whatever else was loaded. */
export function confirmedCoAuthorsOf<CoAuthor extends OwnershipFacts['coAuthors'][number]>(idea: {
  coAuthors: readonly CoAuthor[];
}): CoAuthor[] {
  return idea.coAuthors.filter((coAuthor) => coAuthor.confirmedAt !== null);
}

/** The co-authors still invited, not yet owners. */
export function invitedCoAuthorsOf<CoAuthor extends OwnershipFacts['coAuthors'][number]>(idea: {
  coAuthors: readonly CoAuthor[];
}): CoAuthor[] {
  return idea.coAuthors.filter((coAuthor) => coAuthor.confirmedAt === null);
}

/** Author and confirmed co-authors. */
export function ownerIdsOf(idea: OwnershipFacts): string[] {
  return [idea.authorId, ...confirmedCoAuthorsOf(idea).map((coAuthor) => coAuthor.userId)];
}

/** Invited and confirmed co-authors (not the author). */
export function coAuthorIdsOf(idea: OwnershipFacts): string[] {
  return idea.coAuthors.map((coAuthor) => coAuthor.userId);
}

/** Author and every co-author, invited or confirmed: people with a part in the idea. */
export function involvedIdsOf(idea: OwnershipFacts): string[] {
  return [idea.authorId, ...coAuthorIdsOf(idea)];
}

/** Whether this person has a part in the idea, for facts given as ids (the visibility rule's). */
export function involves(idea: { authorId: string; coAuthorIds: readonly string[] }, userId: string): boolean {
  return idea.authorId === userId || idea.coAuthorIds.includes(userId);
}

/** The owners of one idea, for a permission check; empty when there is no such idea. */
export async function loadOwnerIds(db: Tx, ideaId: number): Promise<string[]> {
  const idea = await db.idea.findUnique({ where: { id: ideaId }, select: ownershipSelect });
  return idea ? ownerIdsOf(idea) : [];
}

/** Ideas this person owns (author or confirmed co-author), as a query condition. */
export function ownedByWhere(userId: string): Prisma.IdeaWhereInput {
  return { OR: [{ authorId: userId }, { coAuthors: { some: { userId, confirmedAt: { not: null } } } }] };
}

/** Ideas whose author asked this person to be a co-author, not yet confirmed, as a query condition. */
export function invitedWhere(userId: string): Prisma.IdeaWhereInput {
  return { authorId: { not: userId }, coAuthors: { some: { userId, confirmedAt: null } } };
}

/** The same in SQL, for queries that name the ideas table `i`. */
export function ownedBySql(userId: string): Prisma.Sql {
  return Prisma.sql`(i.author_id = ${userId}::uuid OR EXISTS (SELECT 1 FROM idea_co_authors c WHERE c.idea_id = i.id AND c.user_id = ${userId}::uuid AND c.confirmed_at IS NOT NULL))`;
}

/**
 * In set-based SQL, where both sides are columns: is `user` an owner (author or confirmed co-author)
 * of the idea `idea`, or — with `{ invited: true }` — involved in it (an invitee counts too).
 */
export function ownsIdeaSql(user: Prisma.Sql, idea: Prisma.Sql, { invited = false } = {}): Prisma.Sql {
  const confirmed = invited ? Prisma.empty : Prisma.sql` AND c.confirmed_at IS NOT NULL`;
  return Prisma.sql`(EXISTS (SELECT 1 FROM ideas o WHERE o.id = ${idea} AND o.author_id = ${user})
    OR EXISTS (SELECT 1 FROM idea_co_authors c WHERE c.idea_id = ${idea} AND c.user_id = ${user}${confirmed}))`;
}
