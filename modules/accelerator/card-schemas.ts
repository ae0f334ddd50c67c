import { z } from 'zod';
import { lineBreaksAsLf } from '@/modules/ideas/schemas';
import { cardLimits } from './card-limits';

/** Empty form fields arrive as ''; optional values treat that as "not given". */
const optional = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());

/** Finns write 1 200,50: spaces group thousands and a comma marks the decimals. */
const finnishDecimal = (value: unknown) =>
  typeof value === 'string' ? value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.') : value;

const text = (max: number, tooLong: string) => z.string().overwrite(lineBreaksAsLf).trim().max(max, tooLong);

const ideaId = z.coerce.number().int().positive();

/** A calendar day as a date field sends it (2026-12-31). */
const calendarDay = z.iso.date('accelerator.card.errors.date');

export const saveCardInput = z.object({
  ideaId,
  ownerId: optional(z.uuid('validation.invalid')),
  teamIds: z
    .array(z.uuid('validation.invalid'))
    .max(cardLimits.team, 'accelerator.card.errors.teamTooLarge')
    .default([]),
  plan: optional(text(cardLimits.plan, 'accelerator.card.errors.planTooLong')),
  dueOn: optional(calendarDay),
});

export const progressNoteInput = z.object({
  ideaId,
  note: text(cardLimits.progressNote, 'accelerator.card.errors.noteTooLong').min(
    1,
    'accelerator.card.errors.noteMissing',
  ),
  progressPercent: z.coerce
    .number('validation.number')
    .int('accelerator.card.errors.percent')
    .min(0, 'accelerator.card.errors.percent')
    .max(100, 'accelerator.card.errors.percent'),
});

export const benefitInput = z.object({
  ideaId,
  realisedSavingsEur: optional(
    z.preprocess(
      finnishDecimal,
      z.coerce
        .number('validation.number')
        .min(0, 'validation.notNegative')
        .max(cardLimits.maxEuros, 'validation.tooLarge'),
    ),
  ),
  realisedHours: optional(
    z.preprocess(
      finnishDecimal,
      z.coerce
        .number('validation.number')
        .int('accelerator.card.errors.wholeHours')
        .min(0, 'validation.notNegative')
        .max(cardLimits.maxHours, 'validation.tooLarge'),
    ),
  ),
  realisedBenefitNote: optional(text(cardLimits.benefitNote, 'accelerator.card.errors.benefitNoteTooLong')),
  benefitCheckOn: optional(calendarDay),
});

export const confirmBenefitInput = z.object({ ideaId });
