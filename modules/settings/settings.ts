import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import type { Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import type { Database, Prisma } from '@/modules/platform/db/client';
import { serverEnvSchema } from '@/modules/platform/env';

// Settings admins change in the app. Read from the database on each use, so every instance
// agrees at once (nothing is cached in process memory).

export const moderationModes = ['pre', 'post'] as const;
export type ModerationMode = (typeof moderationModes)[number];

type Reader = Pick<Database, 'appSetting'> | Pick<Prisma.TransactionClient, 'appSetting'>;

/** Whole-number settings admins may change, each with its default and the range it must stay in. */
export const numberSettings = {
  /** Votes that make a published idea a candidate for the accelerator. */
  'accelerator.candidate-votes': { default: 10, min: 1, max: 10_000 },
  /** Working days (Finnish public holidays excluded) an evaluation may take. */
  'accelerator.evaluation-days': { default: 15, min: 1, max: 120 },
  /** Hours an item may wait in the moderation queue before the moderators are reminded of it. */
  'moderation.waiting-hours': { default: 24, min: 1, max: 720 },
  /** Open reports at which an idea or comment is hidden until a moderator has looked at it. */
  'moderation.flag-threshold': { default: 'MODERATION_FLAG_THRESHOLD', min: 1, max: 50 },
} as const;
export type NumberSettingKey = keyof typeof numberSettings;

/**
 * A default that names an environment variable comes from it (its own default when unset): a site
 * that had set the variable keeps its value until an admin changes the setting.
 */
export function numberSettingDefault(key: NumberSettingKey): number {
  const fallback = numberSettings[key].default;
  if (typeof fallback === 'number') return fallback;
  return serverEnvSchema.shape[fallback].parse(process.env[fallback]);
}

/** The setting's value, or its default when unset or out of range. */
export async function getNumberSetting(db: Reader, key: NumberSettingKey): Promise<number> {
  const rule = numberSettings[key];
  const setting = await db.appSetting.findUnique({ where: { key }, select: { value: true } });
  const value = setting?.value;
  return typeof value === 'number' && Number.isInteger(value) && value >= rule.min && value <= rule.max
    ? value
    : numberSettingDefault(key);
}

/** Short text settings, each with its default and the pattern a value must match. */
export const textSettings = {
  /** Payroll's pay code (palkkalaji) for idea rewards; 202 is the Incomes Register's "Aloitepalkkio". */
  'rewards.pay-code': { default: '202', pattern: /^[0-9A-Za-z._-]{1,20}$/ },
} as const;
export type TextSettingKey = keyof typeof textSettings;

/** The setting's value, or its default when unset or not of the expected form. */
export async function getTextSetting(db: Reader, key: TextSettingKey): Promise<string> {
  const rule = textSettings[key];
  const setting = await db.appSetting.findUnique({ where: { key }, select: { value: true } });
  const value = setting?.value;
  return typeof value === 'string' && rule.pattern.test(value) ? value : rule.default;
}

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
