import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import type { Actor } from '@/modules/access/permissions';
import { can } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import { Locale, type Database } from '@/modules/platform/db/client';

export const profileInput = z.object({
  userId: z.uuid('validation.invalid'),
  name: z.string().trim().min(2, 'validation.nameTooShort').max(120, 'validation.nameTooLong'),
  departmentId: z.uuid('validation.invalid').nullable(),
  locale: z.enum(Locale, 'validation.invalid'),
});

/** A person edits their own name, department and language (used for the UI and, later, e-mails). */
export async function updateProfile(db: Database, actor: Actor | null, raw: unknown, origin: RequestOrigin): Promise<FormState> {
  const start = await beginMutation(actor, profileInput, raw, 'profile.edit', (input) => ({ ownerIds: [input.userId] }));
  if (!start.ok) return start.state;
  const { userId, ...changes } = start.input;
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { name: true, departmentId: true, locale: true } });
    if (!before) return { ok: false, message: 'errors.notFound' };
    await tx.user.update({ where: { id: userId }, data: changes });
    await recordAudit(tx, { actorId: start.actor.id, action: 'user.profile.update', targetType: 'user', targetId: userId, before, after: changes }, origin);
    return { ok: true, message: 'profile.saved' };
  });
}

/**
 * Everything stored about one person, for a GDPR access request. Secrets (session tokens, provider
 * tokens) are left out: they are credentials, not information about the person.
 */
export async function exportPersonalData(db: Database, actor: Actor | null, userId: string) {
  if (!can(actor, 'profile.export', { ownerIds: [userId] })) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true, name: true, email: true, jobTitle: true, locale: true, roles: true, active: true, createdAt: true, updatedAt: true,
      department: { select: { slug: true, nameFi: true } },
      accounts: { select: { provider: true, providerAccountId: true } },
      sessions: { select: { createdAt: true, expires: true } },
      ideas: { select: { id: true, title: true, body: true, status: true, anonymous: true, createdAt: true } },
      coAuthorships: { select: { ideaId: true, confirmedAt: true } },
      votes: { select: { ideaId: true, createdAt: true } },
      comments: { select: { id: true, ideaId: true, body: true, createdAt: true, deletedAt: true } },
      ideaEvents: { select: { ideaId: true, type: true, toStatus: true, reason: true, createdAt: true } },
    },
  });
  if (!user) return null;
  const auditTrail = await db.auditLog.findMany({
    where: { OR: [{ actorId: userId }, { targetType: 'user', targetId: userId }] },
    orderBy: { id: 'asc' },
    select: { action: true, targetType: true, targetId: true, createdAt: true, ip: true, before: true, after: true },
  });
  return { exportedAt: new Date().toISOString(), user, auditTrail };
}
