import { can, type Actor } from '@/modules/access/permissions';
import type { Database } from '@/modules/platform/db/client';

// What the batches pages read: the latest batches with their totals, and one batch with its lines.
// HR only (`reward.pay`): anyone else gets null, and the page answers "not found".

/** How many of the latest batches the list shows. */
export const BATCH_LIST_LIMIT = 50;

export interface PayrollBatchSummary {
  id: number;
  paymentMonth: Date;
  createdAt: Date;
  paidAt: Date | null;
  paymentDate: Date | null;
  lineCount: number;
  totalCents: number;
}

export async function listPayrollBatches(db: Database, actor: Actor | null): Promise<PayrollBatchSummary[] | null> {
  if (!can(actor, 'reward.pay')) return null;
  const rows = await db.$queryRaw<
    {
      id: number;
      payment_month: Date;
      created_at: Date;
      paid_at: Date | null;
      payment_date: Date | null;
      line_count: number;
      total_cents: bigint | null;
    }[]
  >`
    SELECT b.id, b.payment_month, b.created_at, b.paid_at, b.payment_date, t.line_count, t.total_cents
      FROM (SELECT * FROM payroll_batches ORDER BY id DESC LIMIT ${BATCH_LIST_LIMIT}) b
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS line_count, sum(l.gross_cents) AS total_cents
          FROM payroll_lines l WHERE l.batch_id = b.id
      ) t
     ORDER BY b.id DESC`;
  return rows.map((row) => ({
    id: row.id,
    paymentMonth: row.payment_month,
    createdAt: row.created_at,
    paidAt: row.paid_at,
    paymentDate: row.payment_date,
    lineCount: row.line_count,
    totalCents: Number(row.total_cents ?? 0),
  }));
}

const lineSelect = {
  id: true,
  caseId: true,
  userId: true,
  employeeNumber: true,
  name: true,
  payCode: true,
  grossCents: true,
  socialInsuranceDue: true,
  costCentre: true,
  earningPeriodStart: true,
  earningPeriodEnd: true,
  taxYear: true,
  decisionNumber: true,
  ideaId: true,
  shareBasisPoints: true,
} as const;

export async function findPayrollBatch(db: Database, actor: Actor | null, batchId: number) {
  if (!can(actor, 'reward.pay') || !Number.isSafeInteger(batchId) || batchId < 1) return null;
  const batch = await db.payrollBatch.findUnique({
    where: { id: batchId },
    select: {
      id: true,
      paymentMonth: true,
      createdAt: true,
      paidAt: true,
      paymentDate: true,
      createdBy: { select: { name: true } },
      paidBy: { select: { name: true } },
      lines: { orderBy: { id: 'asc' }, select: lineSelect },
    },
  });
  if (!batch) return null;
  return { ...batch, totalCents: batch.lines.reduce((sum, line) => sum + line.grossCents, 0) };
}

export type PayrollBatchDetails = NonNullable<Awaited<ReturnType<typeof findPayrollBatch>>>;
export type PayrollLineRow = PayrollBatchDetails['lines'][number];
