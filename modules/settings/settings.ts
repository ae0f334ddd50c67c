import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import type { Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import type { Database, Prisma } from '@/modules/platform/db/client';

// Settings admins change in the app. Read from the database on each use, so every instance
// agrees at once (nothing is cached in process memory).

export const moderationModes = ['pre', 'post'] as const;
export type ModerationMode = (typeof moderationModes)[number];

type Reader = Pick<Database, 'appSetting'> | Pick<Prisma.TransactionClient, 'appSetting'>;

/** Pre-moderation (the default): ideas wait for a moderator. Post: they publish at once. */
export async function getModerationMode(db: Reader): Promise<ModerationMode> {
  const setting = await db.appSetting.findUnique({ where: { key: 'moderation.mode' }, select: { value: true } });
  return setting?.value === 'post' ? 'post' : 'pre';
}

const modeInput = z.object({ mode: z.enum(moderationModes, 'validation.invalid') });

export async function setModerationMode(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, modeInput, raw, 'settings.manage');
  if (!start.ok) return start.state;
  return db.$transaction(async (tx) => {
    const before = await getModerationMode(tx);
    await tx.appSetting.upsert({
      where: { key: 'moderation.mode' },
      create: { key: 'moderation.mode', value: start.input.mode, updatedById: start.actor.id },
      update: { value: start.input.mode, updatedById: start.actor.id },
    });
    await recordAudit(
      tx,
      {
        actorId: start.actor.id,
        action: 'settings.moderation-mode',
        targetType: 'setting',
        targetId: 'moderation.mode',
        before: { mode: before },
        after: { mode: start.input.mode },
      },
      origin,
    );
    return { ok: true, message: 'settings.saved' };
  });
}
