import { can, type Actor } from '@/modules/access/permissions';
import type { Prisma } from '@/modules/platform/db/client';
import { IdeaStatus } from '@/modules/platform/db/generated/enums';
import { involves } from './ownership';
import { publicStatuses } from './status';

export interface IdeaAccessFacts {
  status: IdeaStatus;
  authorId: string;
  /** Invited and confirmed co-authors: both may see the idea (an invitee must, to decide). */
  coAuthorIds: readonly string[];
}

export function isPublic(status: IdeaStatus): boolean {
  return (publicStatuses as readonly IdeaStatus[]).includes(status);
}

/**
 * Who may see an idea: everyone once it is public or merged; its authors always; moderators everything
 * that has left the drafting desk (drafts are the author's own).
 */
export function canSeeIdea(actor: Actor | null, idea: IdeaAccessFacts): boolean {
  // A merged idea stays readable (its discussion, and a link to where it went); lists skip it.
  if (isPublic(idea.status) || idea.status === IdeaStatus.MERGED) return true;
  if (!actor?.active) return false;
  if (involves(idea, actor.id)) return true;
  return idea.status !== IdeaStatus.DRAFT && can(actor, 'idea.moderate');
}

/**
 * `canSeeIdea` as a query condition, for counting and listing what a reader may see in the
 * database (visibility.test.ts checks that both say the same for every status and reader).
 */
export function visibleIdeaWhere(actor: Actor | null): Prisma.IdeaWhereInput {
  const open: Prisma.IdeaWhereInput = { status: { in: [...publicStatuses, IdeaStatus.MERGED] } };
  if (!actor?.active) return open;
  const involved: Prisma.IdeaWhereInput[] = [{ authorId: actor.id }, { coAuthors: { some: { userId: actor.id } } }];
  const moderated: Prisma.IdeaWhereInput[] = can(actor, 'idea.moderate') ? [{ status: { not: IdeaStatus.DRAFT } }] : [];
  return { OR: [open, ...involved, ...moderated] };
}

/** Whether this reader may see the name of an author who chose to hide it from colleagues. */
export function canSeeHiddenAuthor(actor: Actor | null, idea: IdeaAccessFacts): boolean {
  if (!actor?.active) return false;
  return involves(idea, actor.id) || can(actor, 'idea.see-anonymous-author');
}
