import { z } from 'zod';
import { RewardStatus } from '@/modules/platform/db/generated/enums';
import { centsFromEuros, ruleLimits } from './rule-versions';

// The forms of a reward case (endorse, decide, reject, shares), shared by the server functions
// and their tests. Messages are translation keys; a refused form keeps what was typed.

export const caseTextLimits = { decisionNumber: 60, reason: 1000 } as const;

const caseReference = {
  caseId: z.coerce.number().int().positive(),
  /** The status the person saw: if the case has moved since, someone else got there first. */
  status: z.enum(RewardStatus),
};

export const endorseInput = z.object(caseReference);

const reason = z
  .string()
  .trim()
  .max(caseTextLimits.reason, { error: 'rewards.cases.errors.reasonTooLong' })
  .optional()
  .transform((text) => text || undefined);

export const decideInput = z.object({
  ...caseReference,
  decisionNumber: z
    .string('rewards.cases.errors.decisionNumber')
    .trim()
    .min(1, { error: 'rewards.cases.errors.decisionNumber' })
    .max(caseTextLimits.decisionNumber, { error: 'rewards.cases.errors.decisionNumberTooLong' }),
  decisionDate: z.iso.date('rewards.cases.errors.decisionDate'),
  /** Euros as Finns type them: "1 234,50". */
  amount: z
    .string('rewards.cases.errors.amount')
    .trim()
    .transform((text, context) => {
      const cents = text.startsWith('-') ? null : centsFromEuros(text);
      if (cents === null || cents > ruleLimits.maxEuros * 100) {
        context.addIssue({ code: 'custom', message: 'rewards.cases.errors.amount' });
        return z.NEVER;
      }
      return cents;
    }),
  reason,
});

export const rejectInput = z.object({
  ...caseReference,
  reason: z
    .string('rewards.cases.errors.rejectReason')
    .trim()
    .min(1, { error: 'rewards.cases.errors.rejectReason' })
    .max(caseTextLimits.reason, { error: 'rewards.cases.errors.reasonTooLong' }),
});

/** Each recipient's percentage as typed ("33,34"), keyed by their user id. */
export const sharesInput = z.object({
  ...caseReference,
  shares: z.record(z.uuid(), z.string().trim().max(10)),
});

/** The form field of a recipient's percentage: `share-<userId>` (the error summary links to it). */
export const shareField = (userId: string) => `share-${userId}`;
