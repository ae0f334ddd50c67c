import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import { can, type Actor } from '@/modules/access/permissions';
import type { Database } from '@/modules/platform/db/client';

const subject = z.object({ subject: z.enum(['idea', 'user']), subjectId: z.string().trim().min(1) });

export const noteInput = subject.extend({
  body: z.string().trim().min(2, 'validation.noteTooShort').max(2000, 'validation.noteTooLong'),
});

function subjectWhere(kind: 'idea' | 'user', id: string) {
  if (kind === 'user') return z.uuid().safeParse(id).success ? { userId: id } : null;
  const ideaId = Number(id);
  return Number.isInteger(ideaId) && ideaId > 0 ? { ideaId } : null;
}

/** A moderator (or admin) writes an internal note on an idea or about a person. */
export async function addModeratorNote(db: Database, actor: Actor | null, raw: unknown): Promise<FormState> {
  const start = await beginMutation(actor, noteInput, raw, 'notes.moderate');
  if (!start.ok) return start.state;
  const where = subjectWhere(start.input.subject, start.input.subjectId);
  if (!where) return { ok: false, message: 'errors.notFound' };
  const exists =
    'ideaId' in where
      ? await db.idea.count({ where: { id: where.ideaId } })
      : await db.user.count({ where: { id: where.userId } });
  if (!exists) return { ok: false, message: 'errors.notFound' };
  await db.moderatorNote.create({ data: { ...where, authorId: start.actor.id, body: start.input.body } });
  return { ok: true, message: 'moderation.notes.saved' };
}

/** The notes on an idea or about a person, newest first; null for anyone who may not read them. */
export async function listModeratorNotes(db: Database, actor: Actor | null, kind: 'idea' | 'user', id: string) {
  if (!can(actor, 'notes.moderate')) return null;
  const where = subjectWhere(kind, id);
  if (!where) return [];
  const notes = await db.moderatorNote.findMany({
    where,
    orderBy: { id: 'desc' },
    take: 50,
    select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
  });
  return notes.map((note) => ({
    id: String(note.id),
    body: note.body,
    createdAt: note.createdAt,
    authorName: note.author.name,
  }));
}
