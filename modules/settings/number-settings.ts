import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import type { Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import type { Database } from '@/modules/platform/db/client';
import { getNumberSetting, numberSettings, type NumberSettingKey } from './settings';

// The numbers on the settings page: how many votes make a candidate, how many working days an
// evaluation may take (the accelerator's form), how long a moderation item may wait before the
// moderators are reminded, and how many open reports hide an idea or comment (the moderation forms). A form saves the fields it sends; each changed one
// gets its own audit entry.

/** The form field of each setting (a dot cannot be part of a field name the error summary links to). */
export const numberSettingFields = {
  'accelerator.candidate-votes': 'candidateVotes',
  'accelerator.evaluation-days': 'evaluationDays',
  'moderation.waiting-hours': 'moderationWaitingHours',
  'moderation.flag-threshold': 'flagThreshold',
} as const satisfies Record<NumberSettingKey, string>;

const auditActions: Record<NumberSettingKey, string> = {
  'accelerator.candidate-votes': 'settings.candidate-votes',
  'accelerator.evaluation-days': 'settings.evaluation-days',
  'moderation.waiting-hours': 'settings.moderation-waiting-hours',
  'moderation.flag-threshold': 'settings.flag-threshold',
};

/** Which form shows which fields (`settings.<form>` in the messages). */
export const numberSettingForms = {
  accelerator: ['candidateVotes', 'evaluationDays'],
  moderationReminders: ['moderationWaitingHours'],
  moderationReports: ['flagThreshold'],
} as const satisfies Record<string, readonly NumberSettingField[]>;
export type NumberSettingForm = keyof typeof numberSettingForms;

/**
 * A whole number in the setting's range; the range is in the message's text (settings.errors.*).
 * A field the form did not send at all is left as it is.
 */
function wholeNumberFor(key: NumberSettingKey, rangeMessage: string) {
  const rule = numberSettings[key];
  return z.coerce
    .string()
    .trim()
    .min(1, { error: 'settings.errors.required', abort: true })
    .regex(/^\d+$/, 'validation.wholeNumber')
    .transform(Number)
    .pipe(z.number().int().min(rule.min, rangeMessage).max(rule.max, rangeMessage))
    .optional();
}

export const numberSettingsInput = z.object({
  candidateVotes: wholeNumberFor('accelerator.candidate-votes', 'settings.errors.candidateVotesRange'),
  evaluationDays: wholeNumberFor('accelerator.evaluation-days', 'settings.errors.evaluationDaysRange'),
  moderationWaitingHours: wholeNumberFor('moderation.waiting-hours', 'settings.errors.moderationWaitingHoursRange'),
  flagThreshold: wholeNumberFor('moderation.flag-threshold', 'settings.errors.flagThresholdRange'),
});

/** Every number setting's current value (its default when unset), by form field. */
export async function getNumberSettingValues(db: Database): Promise<Record<NumberSettingField, number>> {
  const [candidateVotes, evaluationDays, moderationWaitingHours, flagThreshold] = await Promise.all([
    getNumberSetting(db, 'accelerator.candidate-votes'),
    getNumberSetting(db, 'accelerator.evaluation-days'),
    getNumberSetting(db, 'moderation.waiting-hours'),
    getNumberSetting(db, 'moderation.flag-threshold'),
  ]);
  return { candidateVotes, evaluationDays, moderationWaitingHours, flagThreshold };
}

export type NumberSettingField = (typeof numberSettingFields)[NumberSettingKey];

export async function setNumberSettings(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, numberSettingsInput, raw, 'settings.manage');
  if (!start.ok) return { ...start.state, values: typedValues(raw) };
  return db.$transaction(async (tx) => {
    for (const key of Object.keys(numberSettingFields) as NumberSettingKey[]) {
      const value = start.input[numberSettingFields[key]];
      if (value === undefined) continue;
      const before = await getNumberSetting(tx, key);
      if (before === value) continue;
      await tx.appSetting.upsert({
        where: { key },
        create: { key, value, updatedById: start.actor.id },
        update: { value, updatedById: start.actor.id },
      });
      await recordAudit(
        tx,
        {
          actorId: start.actor.id,
          action: auditActions[key],
          targetType: 'setting',
          targetId: key,
          before: { value: before },
          after: { value },
        },
        origin,
      );
    }
    return { ok: true, message: 'settings.saved' };
  });
}

/** What the admin typed, so a refused form shows it again instead of the stored values. */
function typedValues(raw: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (typeof raw !== 'object' || raw === null) return values;
  for (const field of Object.values(numberSettingFields)) {
    const value = (raw as Record<string, unknown>)[field];
    if (typeof value === 'string' || typeof value === 'number') values[field] = String(value);
  }
  return values;
}
