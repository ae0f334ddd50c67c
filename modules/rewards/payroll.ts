import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import { can, type Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import { dateColumn } from '@/modules/accelerator/working-days';
import { notify } from '@/modules/ideas/notifications';
import type { AppLocale } from '@/modules/i18n/locales';
import { localizedName, localizedNameSelect } from '@/modules/i18n/localized-name';
import { Prisma, type Database } from '@/modules/platform/db/client';
import { NotificationType, RewardStatus } from '@/modules/platform/db/generated/enums';
import { getTextSetting } from '@/modules/settings/settings';
import { applyRewardStep } from './chain';
import { earningPeriodOf } from './earning-period';

// Payroll batches: decided rewards with money and no batch yet are "ready"; HR puts them in a batch
// for a payment month, which snapshots one payroll line per share (what payroll is told never
// changes afterwards), and marks the batch paid once payroll has paid it. A case is in at most one
// batch: the ready cases are locked (`FOR UPDATE SKIP LOCKED`) and moved to BATCHED through the
// chain in the batch's own transaction, and a share has at most one line (unique case × person).

type Tx = Prisma.TransactionClient;

/** How many ready cases the batches page lists (and so how many one form can select). */
export const READY_LIST_LIMIT = 500;

const readyWhere = {
  status: RewardStatus.DECIDED,
  amountCents: { gt: 0 },
  batchId: null,
} satisfies Prisma.RewardCaseWhereInput;

export interface ReadyRecipient {
  userId: string;
  name: string;
  employeeNumber: string | null;
  shareBasisPoints: number;
  amountCents: number;
}

export interface ReadyCase {
  id: number;
  /** A recipient has no employee number: the case cannot go into a batch until they have one. */
  blocked: boolean;
  ideaId: number;
  ideaTitle: string;
  kind: string;
  amountCents: number;
  decisionNumber: string | null;
  decisionDate: Date | null;
  recipients: ReadyRecipient[];
}

export interface ReadyForPayroll {
  cases: ReadyCase[];
  /** The ready cases that can go into a batch now and their total, also beyond the listed ones. */
  count: number;
  totalCents: number;
  /** Ready cases held back by a recipient without an employee number (not in count or total). */
  blockedCount: number;
}

const noNumber = { OR: [{ employeeNumber: null }, { employeeNumber: '' }] } satisfies Prisma.UserWhereInput;

const blockedWhere = {
  shares: { some: { amountCents: { gt: 0 }, user: noNumber } },
} satisfies Prisma.RewardCaseWhereInput;

/** Decided rewards with money that are in no batch yet, oldest decision first (HR only). */
export async function readyForPayroll(db: Database, actor: Actor | null): Promise<ReadyForPayroll | null> {
  if (!can(actor, 'reward.pay')) return null;
  const [rows, totals, blockedCount] = await Promise.all([
    db.rewardCase.findMany({
      where: readyWhere,
      orderBy: [{ decidedAt: 'asc' }, { id: 'asc' }],
      take: READY_LIST_LIMIT,
      select: {
        id: true,
        ideaId: true,
        kind: true,
        amountCents: true,
        decisionNumber: true,
        decisionDate: true,
        idea: { select: { title: true } },
        shares: {
          where: { amountCents: { gt: 0 } },
          orderBy: { userId: 'asc' },
          select: {
            userId: true,
            shareBasisPoints: true,
            amountCents: true,
            user: { select: { name: true, employeeNumber: true } },
          },
        },
      },
    }),
    db.rewardCase.aggregate({
      where: { ...readyWhere, NOT: blockedWhere },
      _count: true,
      _sum: { amountCents: true },
    }),
    db.rewardCase.count({ where: { ...readyWhere, ...blockedWhere } }),
  ]);
  return {
    cases: rows.map((row) => ({
      id: row.id,
      blocked: row.shares.some((share) => !share.user.employeeNumber),
      ideaId: row.ideaId,
      ideaTitle: row.idea.title,
      kind: row.kind,
      amountCents: row.amountCents,
      decisionNumber: row.decisionNumber,
      decisionDate: row.decisionDate,
      recipients: row.shares.map((share) => ({
        userId: share.userId,
        name: share.user.name,
        employeeNumber: share.user.employeeNumber,
        shareBasisPoints: share.shareBasisPoints,
        amountCents: share.amountCents,
      })),
    })),
    count: totals._count,
    totalCents: totals._sum.amountCents ?? 0,
    blockedCount,
  };
}

export interface MissingEmployeeNumber {
  userId: string;
  name: string;
  departmentName: string | null;
  /** Where HR (or an admin) adds the number. */
  adminHref: string;
  /** The ready cases this person is paid in. */
  cases: { id: number; ideaId: number; ideaTitle: string }[];
}

async function missingAmong(tx: Tx | Database, caseWhere: Prisma.RewardCaseWhereInput, locale: AppLocale) {
  const shares = await tx.rewardShare.findMany({
    where: { amountCents: { gt: 0 }, rewardCase: caseWhere, user: noNumber },
    orderBy: [{ user: { name: 'asc' } }, { userId: 'asc' }, { caseId: 'asc' }],
    select: {
      caseId: true,
      userId: true,
      rewardCase: { select: { ideaId: true, idea: { select: { title: true } } } },
      user: { select: { name: true, department: { select: localizedNameSelect } } },
    },
  });
  const people = new Map<string, MissingEmployeeNumber>();
  for (const share of shares) {
    const person = people.get(share.userId) ?? {
      userId: share.userId,
      name: share.user.name,
      departmentName: share.user.department ? localizedName(share.user.department, locale) : null,
      adminHref: `/admin/users/${share.userId}`,
      cases: [],
    };
    person.cases.push({ id: share.caseId, ideaId: share.rewardCase.ideaId, ideaTitle: share.rewardCase.idea.title });
    people.set(share.userId, person);
  }
  return [...people.values()];
}

/** Exactly who is paid by a ready case and has no employee number: a batch cannot be made for them. */
export async function recipientsMissingEmployeeNumber(
  db: Database,
  locale: AppLocale = 'fi',
): Promise<MissingEmployeeNumber[]> {
  return missingAmong(db, readyWhere, locale);
}

/** A form's answer to "make a batch"; a refusal for missing employee numbers names the people. */
export interface PayrollBatchState extends FormState {
  missing?: MissingEmployeeNumber[];
}

const createInput = z.object({
  /** yyyy-mm */
  paymentMonth: z.string('rewards.payroll.errors.paymentMonth').regex(/^20\d\d-(0[1-9]|1[0-2])$/, {
    error: 'rewards.payroll.errors.paymentMonth',
  }),
  /** The ready cases to include; all ready cases when absent. */
  caseIds: z
    .array(z.coerce.number().int().positive())
    .min(1, 'rewards.payroll.errors.noneSelected')
    .max(READY_LIST_LIMIT * 2)
    .optional(),
});

/** Thrown inside a transaction to roll it back and answer the form. */
class Refusal extends Error {
  constructor(readonly state: PayrollBatchState) {
    super(state.message);
  }
}

/**
 * Makes a payroll batch of the ready cases (those selected, or all), for payment in `paymentMonth`.
 * Refused, naming each person, while any recipient lacks an employee number. Cases another batch
 * being made at the same moment has locked are left to it.
 */
export async function createPayrollBatch(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
  locale: AppLocale = 'fi',
): Promise<PayrollBatchState> {
  const start = await beginMutation(actor, createInput, raw, 'reward.pay');
  if (!start.ok) return start.state;
  const { paymentMonth, caseIds } = start.input;
  try {
    return await db.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ id: number }[]>`
        SELECT id FROM reward_cases
         WHERE status = 'decided' AND amount_cents > 0 AND batch_id IS NULL
           ${caseIds ? Prisma.sql`AND id = ANY(${caseIds}::int[])` : Prisma.empty}
         ORDER BY id
           FOR UPDATE SKIP LOCKED`;
      const ids = locked.map((row) => row.id);
      if (ids.length === 0) throw new Refusal({ ok: false, message: 'rewards.payroll.errors.nothingReady' });
      const missing = await missingAmong(tx, { id: { in: ids } }, locale);
      if (missing.length > 0)
        throw new Refusal({ ok: false, message: 'rewards.payroll.errors.missingEmployeeNumbers', missing });

      const [payCode, cases] = await Promise.all([
        getTextSetting(tx, 'rewards.pay-code'),
        tx.rewardCase.findMany({
          where: { id: { in: ids } },
          orderBy: { id: 'asc' },
          select: {
            id: true,
            ideaId: true,
            withinOwnDuties: true,
            decisionNumber: true,
            decisionDate: true,
            decidedAt: true,
            shares: {
              where: { amountCents: { gt: 0 } },
              orderBy: [{ user: { name: 'asc' } }, { userId: 'asc' }],
              select: {
                userId: true,
                shareBasisPoints: true,
                amountCents: true,
                user: { select: { name: true, employeeNumber: true, costCentre: true } },
              },
            },
          },
        }),
      ]);
      const batch = await tx.payrollBatch.create({
        data: { paymentMonth: dateColumn(`${paymentMonth}-01`), createdById: start.actor.id },
        select: { id: true },
      });
      const taxYear = Number(paymentMonth.slice(0, 4));
      const lines = cases.flatMap((rewardCase) =>
        rewardCase.shares.map((share) => ({
          batchId: batch.id,
          caseId: rewardCase.id,
          userId: share.userId,
          employeeNumber: share.user.employeeNumber ?? '',
          name: share.user.name,
          payCode,
          grossCents: share.amountCents,
          socialInsuranceDue: rewardCase.withinOwnDuties,
          costCentre: share.user.costCentre ?? '',
          ...earningPeriodOf(rewardCase.decisionDate, rewardCase.decidedAt),
          taxYear,
          decisionNumber: rewardCase.decisionNumber ?? '',
          ideaId: rewardCase.ideaId,
          shareBasisPoints: share.shareBasisPoints,
        })),
      );
      await tx.payrollLine.createMany({ data: lines });
      const moved = await applyRewardStep(tx, {
        caseIds: ids,
        name: 'batch',
        actor: start.actor,
        from: RewardStatus.DECIDED,
        facts: { departmentIds: [], hasEndorser: false },
        also: { batchId: batch.id },
        origin,
        auditDetails: { batchId: batch.id },
      });
      if (!moved.ok) throw new Refusal({ ok: false, message: 'rewards.payroll.errors.changedMeanwhile' });
      await recordAudit(
        tx,
        {
          actorId: start.actor.id,
          action: 'payroll.batch.create',
          targetType: 'payroll_batch',
          targetId: String(batch.id),
          after: { paymentMonth, cases: ids.length, lines: lines.length },
        },
        origin,
      );
      return { ok: true, message: 'rewards.payroll.created', id: batch.id };
    });
  } catch (error) {
    if (error instanceof Refusal) return error.state;
    throw error;
  }
}

const payInput = z.object({
  batchId: z.coerce.number().int().positive(),
  paymentDate: z.iso.date('rewards.payroll.errors.paymentDate'),
});

/** Marks a batch paid on `paymentDate`: each of its cases becomes PAID and its recipients are told (no amounts). */
export async function markBatchPaid(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, payInput, raw, 'reward.pay');
  if (!start.ok) return start.state;
  const { batchId, paymentDate } = start.input;
  try {
    return await db.$transaction(async (tx) => {
      const [batch] = await tx.$queryRaw<{ paid_at: Date | null }[]>`
        SELECT paid_at FROM payroll_batches WHERE id = ${batchId} FOR UPDATE`;
      if (!batch) throw new Refusal({ ok: false, message: 'errors.notFound' });
      if (batch.paid_at) throw new Refusal({ ok: false, message: 'rewards.payroll.errors.alreadyPaid' });
      const paidAt = new Date();
      const cases = await tx.rewardCase.findMany({ where: { batchId }, select: { id: true } });
      const moved = await applyRewardStep(tx, {
        caseIds: cases.map((rewardCase) => rewardCase.id),
        name: 'pay',
        actor: start.actor,
        from: RewardStatus.BATCHED,
        facts: { departmentIds: [], hasEndorser: false },
        also: { paidAt },
        origin,
        auditDetails: { batchId },
      });
      if (!moved.ok) throw new Refusal({ ok: false, message: 'rewards.payroll.errors.changedMeanwhile' });
      await tx.payrollBatch.update({
        where: { id: batchId },
        data: { paidAt, paidById: start.actor.id, paymentDate: dateColumn(paymentDate) },
      });
      await recordAudit(
        tx,
        {
          actorId: start.actor.id,
          action: 'payroll.batch.pay',
          targetType: 'payroll_batch',
          targetId: String(batchId),
          after: { paymentDate, cases: cases.length },
        },
        origin,
      );
      const lines = await tx.payrollLine.findMany({ where: { batchId }, select: { ideaId: true, userId: true } });
      const recipientsByIdea = new Map<number, string[]>();
      for (const line of lines)
        recipientsByIdea.set(line.ideaId, [...(recipientsByIdea.get(line.ideaId) ?? []), line.userId]);
      for (const [ideaId, recipientIds] of recipientsByIdea)
        await notify(tx, recipientIds, { type: NotificationType.REWARD_PAID, actorId: start.actor.id, ideaId });
      return { ok: true, message: 'rewards.payroll.paid', id: batchId };
    });
  } catch (error) {
    if (error instanceof Refusal) return error.state;
    throw error;
  }
}
