import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import type { Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import { Locale, type Database } from '@/modules/platform/db/client';
import { profileLimits } from './limits';

export const profileInput = z.object({
  userId: z.uuid('validation.invalid'),
  name: z
    .string()
    .trim()
    .min(profileLimits.name.min, 'validation.nameTooShort')
    .max(profileLimits.name.max, 'validation.nameTooLong'),
  departmentId: z.uuid('validation.invalid').nullable(),
  locale: z.enum(Locale, 'validation.invalid'),
  /** Consent to be named on the Kiitos! page; left as it is when not given. */
  namedInHallOfFame: z.boolean('validation.invalid').optional(),
});

/** A person edits their own name, department, language (used for the UI and e-mails) and consent to be named on Kiitos!. */
export async function updateProfile(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, profileInput, raw, 'profile.edit', (input) => ({
    ownerIds: [input.userId],
  }));
  if (!start.ok) return start.state;
  const { userId, ...changes } = start.input;
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({
      where: { id: userId },
      select: { name: true, departmentId: true, locale: true, namedInHallOfFame: true },
    });
    if (!before) return { ok: false, message: 'errors.notFound' };
    await tx.user.update({ where: { id: userId }, data: changes });
    await recordAudit(
      tx,
      {
        actorId: start.actor.id,
        action: 'user.profile.update',
        targetType: 'user',
        targetId: userId,
        before,
        after: changes,
      },
      origin,
    );
    return { ok: true, message: 'profile.saved' };
  });
}
