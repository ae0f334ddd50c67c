import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import type { Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import type { Database } from '@/modules/platform/db/client';
import { getTextSetting, textSettings } from '@/modules/settings/settings';

// The pay code (palkkalaji) payroll books idea rewards under. HR keeps it; it is copied into each
// payroll line when a batch is made, so changing it never alters a batch already made.

const key = 'rewards.pay-code';

export const payCodeInput = z.object({
  payCode: z
    .string('rewards.payroll.errors.payCode')
    .trim()
    .regex(textSettings[key].pattern, 'rewards.payroll.errors.payCode'),
});

export function getPayCode(db: Database): Promise<string> {
  return getTextSetting(db, key);
}

export async function setPayCode(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, payCodeInput, raw, 'reward.pay');
  if (!start.ok) {
    const typed = typeof raw === 'object' && raw !== null ? (raw as { payCode?: unknown }).payCode : undefined;
    return { ...start.state, values: typeof typed === 'string' ? { payCode: typed } : undefined };
  }
  const { payCode } = start.input;
  return db.$transaction(async (tx) => {
    const before = await getTextSetting(tx, key);
    if (before === payCode) return { ok: true, message: 'rewards.payroll.payCode.saved' };
    await tx.appSetting.upsert({
      where: { key },
      create: { key, value: payCode, updatedById: start.actor.id },
      update: { value: payCode, updatedById: start.actor.id },
    });
    await recordAudit(
      tx,
      {
        actorId: start.actor.id,
        action: 'settings.pay-code',
        targetType: 'setting',
        targetId: key,
        before: { value: before },
        after: { value: payCode },
      },
      origin,
    );
    return { ok: true, message: 'rewards.payroll.payCode.saved' };
  });
}
