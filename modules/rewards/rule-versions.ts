import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import type { Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import type { Database, Prisma } from '@/modules/platform/db/client';
import type { RewardRules } from './rules';
import { basisPointsFromPercent } from './split';

// The reward rules are versions: a change writes a new row and never touches an old one, so a case
// keeps the rules it was computed with. The current rules are the newest version (highest id).

type Reader = Prisma.TransactionClient | Database;

const rulesSelect = {
  id: true,
  recognitionOnEvaluation: true,
  implementationCents: true,
  thankYouCents: true,
  savingsShareBasisPoints: true,
  savingsMinimumCents: true,
  savingsMaximumCents: true,
} as const;

export type RuleVersion = Prisma.RewardRuleVersionGetPayload<{ select: typeof rulesSelect }>;

/** The rules in force: the newest version (version 1, the issue's defaults, comes with the migration). */
export async function currentRuleVersion(db: Reader): Promise<RuleVersion> {
  return db.rewardRuleVersion.findFirstOrThrow({ select: rulesSelect, orderBy: { id: 'desc' } });
}

export function rulesOf(version: RewardRules): RewardRules {
  return {
    recognitionOnEvaluation: version.recognitionOnEvaluation,
    implementationCents: version.implementationCents,
    thankYouCents: version.thankYouCents,
    savingsShareBasisPoints: version.savingsShareBasisPoints,
    savingsMinimumCents: version.savingsMinimumCents,
    savingsMaximumCents: version.savingsMaximumCents,
  };
}

/** Every version, newest first, with who made it, when and why (the rules page's history). */
export async function listRuleVersions(db: Reader) {
  return db.rewardRuleVersion.findMany({
    select: { ...rulesSelect, note: true, createdAt: true, createdBy: { select: { name: true } } },
    orderBy: { id: 'desc' },
  });
}

export const ruleLimits = { maxEuros: 1_000_000, note: 500 } as const;

/** Euros as Finns type them ("1 234,50", "300 €"), at most two decimals, into whole cents. */
export function centsFromEuros(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/€$/, '');
  const [whole = '', decimals = '', ...rest] = compact.split(/[.,]/);
  if (rest.length > 0 || !/^\d{1,9}$/.test(whole) || !/^\d{0,2}$/.test(decimals)) return null;
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
}

const euros = z
  .string('rewards.rules.errors.euros')
  .trim()
  .min(1, { error: 'rewards.rules.errors.euros', abort: true })
  .transform((text, context) => {
    if (text.startsWith('-')) {
      context.addIssue({ code: 'custom', message: 'validation.notNegative' });
      return z.NEVER;
    }
    const cents = centsFromEuros(text);
    if (cents === null) {
      context.addIssue({ code: 'custom', message: 'rewards.rules.errors.euros' });
      return z.NEVER;
    }
    if (cents > ruleLimits.maxEuros * 100) {
      context.addIssue({ code: 'custom', message: 'rewards.rules.errors.eurosTooLarge' });
      return z.NEVER;
    }
    return cents;
  });

const percent = z
  .string('rewards.rules.errors.percent')
  .trim()
  .transform((text, context) => {
    const basisPoints = text.startsWith('-') ? null : basisPointsFromPercent(text);
    if (basisPoints === null) {
      context.addIssue({
        code: 'custom',
        message: text.startsWith('-') ? 'validation.notNegative' : 'rewards.rules.errors.percent',
      });
      return z.NEVER;
    }
    return basisPoints;
  });

/** A checkbox sends "on" when ticked and nothing when not. */
const ticked = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean());

export const ruleVersionInput = z
  .object({
    recognitionOnEvaluation: ticked,
    implementationEuros: euros,
    thankYouEuros: euros,
    savingsSharePercent: percent,
    savingsMinimumEuros: euros,
    savingsMaximumEuros: euros,
    note: z
      .string('rewards.rules.errors.noteMissing')
      .trim()
      .min(1, 'rewards.rules.errors.noteMissing')
      .max(ruleLimits.note, 'rewards.rules.errors.noteTooLong'),
  })
  .refine((input) => input.savingsMinimumEuros <= input.savingsMaximumEuros, {
    path: ['savingsMaximumEuros'],
    message: 'rewards.rules.errors.minimumAboveMaximum',
    // Compared whenever both amounts are valid, so the person hears of it with the other errors.
    when: ({ issues }) =>
      !issues.some((issue) => ['savingsMinimumEuros', 'savingsMaximumEuros'].includes(String(issue.path?.[0]))),
  });

/** The form's fields, in order (the typed values a refused form shows again). */
export const ruleVersionFields = [
  'recognitionOnEvaluation',
  'implementationEuros',
  'thankYouEuros',
  'savingsSharePercent',
  'savingsMinimumEuros',
  'savingsMaximumEuros',
  'note',
] as const;

/** Cents as the form shows them: 300 or 1234,50. */
function eurosText(cents: number): string {
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, '0')}`;
}

/** Basis points as the form shows them: 10 or 12,5. */
function percentText(basisPoints: number): string {
  const whole = Math.floor(basisPoints / 100);
  const decimals = String(basisPoints % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return decimals ? `${whole},${decimals}` : String(whole);
}

export type RuleVersionField = (typeof ruleVersionFields)[number];

/** The form's starting values: the current rules as they would be typed, and an empty reason. */
export function ruleFormValues(rules: RewardRules): Record<RuleVersionField, string> {
  return {
    recognitionOnEvaluation: rules.recognitionOnEvaluation ? 'on' : '',
    implementationEuros: eurosText(rules.implementationCents),
    thankYouEuros: eurosText(rules.thankYouCents),
    savingsSharePercent: percentText(rules.savingsShareBasisPoints),
    savingsMinimumEuros: eurosText(rules.savingsMinimumCents),
    savingsMaximumEuros: eurosText(rules.savingsMaximumCents),
    note: '',
  };
}

/**
 * A new version of the rules, in force at once for proposals made from now on. HR and admins
 * (`reward.rules.manage`); the audit entry carries the rules themselves, which are policy, not
 * anyone's reward.
 */
export async function createRuleVersion(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, ruleVersionInput, raw, 'reward.rules.manage');
  if (!start.ok) return { ...start.state, values: typedValues(raw) };
  const { input } = start;
  const rules: RewardRules = {
    recognitionOnEvaluation: input.recognitionOnEvaluation,
    implementationCents: input.implementationEuros,
    thankYouCents: input.thankYouEuros,
    savingsShareBasisPoints: input.savingsSharePercent,
    savingsMinimumCents: input.savingsMinimumEuros,
    savingsMaximumCents: input.savingsMaximumEuros,
  };
  return db.$transaction(async (tx) => {
    const previous = await currentRuleVersion(tx);
    const created = await tx.rewardRuleVersion.create({
      data: { ...rules, note: input.note, createdById: start.actor.id },
      select: { id: true },
    });
    await recordAudit(
      tx,
      {
        actorId: start.actor.id,
        action: 'reward.rules.version',
        targetType: 'reward_rule_version',
        targetId: String(created.id),
        before: { version: previous.id, ...rulesOf(previous) },
        after: { version: created.id, ...rules, note: input.note },
      },
      origin,
    );
    return { ok: true, message: 'rewards.rules.saved', id: created.id };
  });
}

function typedValues(raw: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (typeof raw !== 'object' || raw === null) return values;
  for (const field of ruleVersionFields) {
    const value = (raw as Record<string, unknown>)[field];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      values[field] = String(value);
  }
  if (!('recognitionOnEvaluation' in values)) values.recognitionOnEvaluation = '';
  return values;
}
