import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import type { Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import type { Database } from '@/modules/platform/db/client';
import { FRAME_ORIGINS_KEY, frameOrigin, MAX_FRAME_ORIGINS, storedFrameOrigins } from './frame-origin-rules';

// Admins list the intranet origins that may frame the widget (frame-origin-rules.ts).

/** The form's text: one origin a line (commas and spaces separate too). */
export const frameOriginsInput = z.object({
  origins: z
    .string()
    .max(4000, 'widget.errors.tooLong')
    .transform((text) => text.split(/[\s,]+/).filter(Boolean))
    .refine((origins) => origins.every((origin) => frameOrigin(origin) !== null), 'widget.errors.badOrigin')
    .transform((origins) => [...new Set(origins.map((origin) => frameOrigin(origin) ?? origin))])
    .pipe(z.array(z.string()).max(MAX_FRAME_ORIGINS, 'widget.errors.tooMany')),
});

export async function getFrameOrigins(db: Pick<Database, 'appSetting'>): Promise<string[]> {
  const setting = await db.appSetting.findUnique({ where: { key: FRAME_ORIGINS_KEY }, select: { value: true } });
  return storedFrameOrigins(setting?.value);
}

export async function setFrameOrigins(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, frameOriginsInput, raw, 'settings.manage');
  if (!start.ok) return start.state;
  const origins = start.input.origins;
  return db.$transaction(async (tx) => {
    const before = await getFrameOrigins(tx);
    await tx.appSetting.upsert({
      where: { key: FRAME_ORIGINS_KEY },
      create: { key: FRAME_ORIGINS_KEY, value: origins, updatedById: start.actor.id },
      update: { value: origins, updatedById: start.actor.id },
    });
    await recordAudit(
      tx,
      {
        actorId: start.actor.id,
        action: 'settings.widget-frame-origins',
        targetType: 'setting',
        targetId: FRAME_ORIGINS_KEY,
        before: { origins: before },
        after: { origins },
      },
      origin,
    );
    return { ok: true, message: 'widget.saved' };
  });
}
