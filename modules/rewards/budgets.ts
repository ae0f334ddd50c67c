import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import type { Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import type { Database } from '@/modules/platform/db/client';
import { centsFromEuros } from './rule-versions';

// A department's reward budget for a calendar year, set by HR or admins (`reward.rules.manage`).
// A budget is policy, not anyone's reward, so the audit entry carries the amount with the
// department and the year.

export const budgetYears = { earliest: 2000, latest: 2100 } as const;

/** The column holds a 32-bit count of cents (at most about 21 million euros). */
export const maxBudgetEuros = 20_000_000;

export const budgetFields = ['departmentId', 'year', 'amountEuros'] as const;
export type BudgetField = (typeof budgetFields)[number];

const budgetInput = z.object({
  departmentId: z.uuid('reports.budgets.errors.department'),
  year: z.coerce
    .number('reports.budgets.errors.year')
    .int('reports.budgets.errors.year')
    .min(budgetYears.earliest, 'reports.budgets.errors.year')
    .max(budgetYears.latest, 'reports.budgets.errors.year'),
  amountEuros: z
    .string('reports.budgets.errors.amount')
    .trim()
    .min(1, { error: 'reports.budgets.errors.amount', abort: true })
    .transform((text, context) => {
      const cents = text.startsWith('-') ? null : centsFromEuros(text);
      if (cents === null || cents > maxBudgetEuros * 100) {
        context.addIssue({
          code: 'custom',
          message: text.startsWith('-') ? 'validation.notNegative' : 'reports.budgets.errors.amount',
        });
        return z.NEVER;
      }
      return cents;
    }),
});

function typedValues(raw: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (typeof raw !== 'object' || raw === null) return values;
  for (const field of budgetFields) {
    const value = (raw as Record<string, unknown>)[field];
    if (typeof value === 'string' || typeof value === 'number') values[field] = String(value);
  }
  return values;
}

/** Sets (or changes) a department's budget for a year; an unknown or closed department is refused. */
export async function setRewardBudget(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, budgetInput, raw, 'reward.rules.manage');
  if (!start.ok) return { ...start.state, values: typedValues(raw) };
  const { departmentId, year, amountEuros: amountCents } = start.input;
  return db.$transaction(async (tx) => {
    const department = await tx.department.findFirst({
      where: { id: departmentId, active: true },
      select: { slug: true },
    });
    if (!department)
      return {
        ok: false,
        message: 'errors.invalid',
        fieldErrors: { departmentId: ['reports.budgets.errors.department'] },
        values: typedValues(raw),
      };
    const previous = await tx.rewardBudget.findUnique({
      where: { departmentId_year: { departmentId, year } },
      select: { amountCents: true },
    });
    await tx.rewardBudget.upsert({
      where: { departmentId_year: { departmentId, year } },
      create: { departmentId, year, amountCents },
      update: { amountCents },
    });
    await recordAudit(
      tx,
      {
        actorId: start.actor.id,
        action: 'reward.budget.set',
        targetType: 'department',
        targetId: departmentId,
        before: previous ? { department: department.slug, year, amountCents: previous.amountCents } : undefined,
        after: { department: department.slug, year, amountCents },
      },
      origin,
    );
    return { ok: true, message: 'reports.budgets.saved' };
  });
}
