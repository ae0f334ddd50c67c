import { z } from 'zod';
import { can, type Actor } from '@/modules/access/permissions';
import { localizedName, localizedNameSelect } from '@/modules/i18n/localized-name';
import type { AppLocale } from '@/modules/i18n/locales';
import type { Database } from '@/modules/platform/db/client';
import { IdeaStatus } from '@/modules/platform/db/generated/enums';
import { listModeratorNotes } from './notes';

/**
 * What a moderator needs to judge a pattern rather than a single post: the person's recent ideas,
 * how often their content was hidden or reported, and the team's notes about them. Null for anyone
 * who may not read moderator notes, or when there is no such person.
 */
export async function personForModerators(db: Database, actor: Actor | null, userId: string, locale: AppLocale) {
  if (!can(actor, 'notes.moderate') || !z.uuid().safeParse(userId).success) return null;
  const person = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, active: true, createdAt: true, department: { select: localizedNameSelect } },
  });
  if (!person) return null;
  const [ideas, ideaCount, hiddenIdeas, commentCount, hiddenComments, flagsOnIdeas, flagsOnComments, notes] =
    await Promise.all([
      db.idea.findMany({
        where: { authorId: userId, status: { not: IdeaStatus.DRAFT } },
        orderBy: { id: 'desc' },
        take: 10,
        select: { id: true, title: true, status: true, createdAt: true },
      }),
      db.idea.count({ where: { authorId: userId, status: { not: IdeaStatus.DRAFT } } }),
      db.idea.count({ where: { authorId: userId, status: IdeaStatus.HIDDEN } }),
      db.comment.count({ where: { authorId: userId, deletedAt: null } }),
      db.comment.count({ where: { authorId: userId, hiddenAt: { not: null }, deletedAt: null } }),
      db.flag.count({ where: { idea: { authorId: userId } } }),
      db.flag.count({ where: { comment: { authorId: userId } } }),
      listModeratorNotes(db, actor, 'user', userId),
    ]);
  return {
    id: person.id,
    name: person.name,
    active: person.active,
    since: person.createdAt,
    departmentName: person.department ? localizedName(person.department, locale) : null,
    ideas,
    counts: {
      ideas: ideaCount,
      hiddenIdeas,
      comments: commentCount,
      hiddenComments,
      flagsReceived: flagsOnIdeas + flagsOnComments,
    },
    notes: notes ?? [],
  };
}
