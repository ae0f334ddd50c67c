import { z } from 'zod';
import { dateColumn } from '@/modules/accelerator/working-days';
import type { AppLocale } from '@/modules/i18n/locales';
import { Prisma, type Database } from '@/modules/platform/db/client';
import { RewardKind, RewardStatus } from '@/modules/platform/db/generated/enums';
import { escapeLike } from '@/modules/platform/db/escape-like';

// The reward ledger: every recipient's share of every reward case, for HR (report.hr.read; the
// caller checks). Anonymous authors are named here: only HR reads it. Rows come newest case first,
// a page at a time by keyset (case, recipient), so neither the page nor an export ever holds the
// whole table. A row's department is the recipient's (where payroll books the cost, with their
// cost centre), so a row belongs to exactly one department.

export const LEDGER_PAGE_SIZE = 50;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)));

const ledgerFilterSchema = z.object({
  /** Which date the period is about: the official decision, or the day the case was proposed. */
  basis: z.enum(['decision', 'proposal']).catch('decision'),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  department: z.uuid().optional().catch(undefined),
  status: z.enum(RewardStatus).optional().catch(undefined),
  kind: z.enum(RewardKind).optional().catch(undefined),
  /** A name (any part) or an employee number (its beginning). */
  person: z
    .string()
    .trim()
    .max(80)
    .transform((text) => text || undefined)
    .optional()
    .catch(undefined),
});

export type LedgerFilter = z.infer<typeof ledgerFilterSchema>;

/** The filter from a page's or download's query; a malformed value counts as not given. */
export function parseLedgerFilter(params: URLSearchParams): LedgerFilter {
  const value = (name: string) => params.get(name) || undefined;
  return ledgerFilterSchema.parse({
    basis: value('basis'),
    from: value('from'),
    to: value('to'),
    department: value('department'),
    status: value('status'),
    kind: value('kind'),
    person: value('person'),
  });
}

/** The filter as query parameters (for links to the next page and to the downloads). */
export function ledgerFilterParams(filter: LedgerFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter))
    if (value !== undefined && !(name === 'basis' && value === 'decision')) params.set(name, value);
  return params;
}

export interface LedgerCursor {
  caseId: number;
  userId: string;
}

export function parseLedgerCursor(text: string | null | undefined): LedgerCursor | undefined {
  const match = /^(\d{1,10})\.([0-9a-f-]{36})$/.exec(text ?? '');
  return match ? { caseId: Number(match[1]), userId: match[2]! } : undefined;
}

export function ledgerCursorText(cursor: LedgerCursor): string {
  return `${cursor.caseId}.${cursor.userId}`;
}

export interface LedgerRow {
  caseId: number;
  userId: string;
  ideaId: number;
  ideaTitle: string;
  kind: RewardKind;
  status: RewardStatus;
  recipientName: string;
  employeeNumber: string | null;
  departmentName: string | null;
  decisionNumber: string | null;
  /** Calendar day (UTC midnight), as stored. */
  decisionDate: Date | null;
  /** The day the case was proposed (Helsinki calendar day, UTC midnight). */
  proposedOn: Date;
  shareBasisPoints: number;
  amountCents: number;
  /** The batch's payment date, or the Helsinki day the case was marked paid. */
  paidOn: Date | null;
}

export interface LedgerTotals {
  count: number;
  amountCents: number;
  byStatus: { status: RewardStatus; count: number; amountCents: number }[];
}

const departmentName: Record<AppLocale, Prisma.Sql> = {
  fi: Prisma.sql`d.name_fi`,
  sv: Prisma.sql`d.name_sv`,
  en: Prisma.sql`d.name_en`,
};

const proposedOn = Prisma.sql`(c.created_at AT TIME ZONE 'Europe/Helsinki')::date`;

function conditions(filter: LedgerFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  const date = filter.basis === 'proposal' ? proposedOn : Prisma.sql`c.decision_date`;
  if (filter.from) parts.push(Prisma.sql`${date} >= ${dateColumn(filter.from)}::date`);
  if (filter.to) parts.push(Prisma.sql`${date} <= ${dateColumn(filter.to)}::date`);
  if (filter.department) parts.push(Prisma.sql`u.department_id = ${filter.department}::uuid`);
  if (filter.status) parts.push(Prisma.sql`c.status = ${filter.status.toLowerCase()}::reward_status`);
  if (filter.kind) parts.push(Prisma.sql`c.kind = ${filter.kind.toLowerCase()}::reward_kind`);
  if (filter.person) {
    const text = escapeLike(filter.person);
    parts.push(Prisma.sql`(u.name ILIKE ${`%${text}%`} OR u.employee_number LIKE ${`${text}%`})`);
  }
  return Prisma.join(parts, ' AND ');
}

interface RawLedgerRow extends Omit<LedgerRow, 'kind' | 'status'> {
  kind: string;
  status: string;
}

/** One page of the ledger after `cursor` (newest case first). */
export async function ledgerPage(
  db: Database,
  filter: LedgerFilter,
  locale: AppLocale,
  options: { after?: LedgerCursor; limit?: number } = {},
): Promise<LedgerRow[]> {
  const limit = options.limit ?? LEDGER_PAGE_SIZE;
  const after = options.after
    ? Prisma.sql`AND (s.case_id, s.user_id) < (${options.after.caseId}, ${options.after.userId}::uuid)`
    : Prisma.empty;
  const rows = await db.$queryRaw<RawLedgerRow[]>`
    SELECT s.case_id AS "caseId", s.user_id AS "userId", c.idea_id AS "ideaId", i.title AS "ideaTitle",
      c.kind::text AS kind, c.status::text AS status, u.name AS "recipientName",
      u.employee_number AS "employeeNumber", ${departmentName[locale]} AS "departmentName",
      c.decision_number AS "decisionNumber", c.decision_date AS "decisionDate", ${proposedOn} AS "proposedOn",
      s.share_basis_points AS "shareBasisPoints", s.amount_cents AS "amountCents",
      COALESCE(b.payment_date, (c.paid_at AT TIME ZONE 'Europe/Helsinki')::date) AS "paidOn"
    FROM reward_shares s
    JOIN reward_cases c ON c.id = s.case_id
    JOIN ideas i ON i.id = c.idea_id
    JOIN users u ON u.id = s.user_id
    LEFT JOIN departments d ON d.id = u.department_id
    LEFT JOIN payroll_batches b ON b.id = c.batch_id
    WHERE ${conditions(filter)} ${after}
    ORDER BY s.case_id DESC, s.user_id DESC
    LIMIT ${limit}`;
  return rows.map((row) => ({
    ...row,
    kind: row.kind.toUpperCase() as RewardKind,
    status: row.status.toUpperCase() as RewardStatus,
  }));
}

/**
 * Count and sum of the whole filter (not just a page), and the same per status. The people are
 * joined only when the filter is about them: unfiltered, this is the query every visit runs.
 */
export async function ledgerTotals(db: Database, filter: LedgerFilter): Promise<LedgerTotals> {
  const rows = await db.$queryRaw<{ status: string; count: bigint; amountCents: bigint }[]>`
    SELECT c.status::text AS status, count(*) AS count, COALESCE(sum(s.amount_cents), 0) AS "amountCents"
    FROM reward_shares s
    JOIN reward_cases c ON c.id = s.case_id
    ${filter.department || filter.person ? Prisma.sql`JOIN users u ON u.id = s.user_id` : Prisma.empty}
    WHERE ${conditions(filter)}
    GROUP BY c.status
    ORDER BY c.status`;
  const byStatus = rows.map((row) => ({
    status: row.status.toUpperCase() as RewardStatus,
    count: Number(row.count),
    amountCents: Number(row.amountCents),
  }));
  return {
    count: byStatus.reduce((sum, row) => sum + row.count, 0),
    amountCents: byStatus.reduce((sum, row) => sum + row.amountCents, 0),
    byStatus,
  };
}

/** Every row of the filter, fetched a page at a time (for exports). */
export async function* ledgerRows(
  db: Database,
  filter: LedgerFilter,
  locale: AppLocale,
  pageSize = 2_000,
): AsyncGenerator<LedgerRow> {
  let after: LedgerCursor | undefined;
  for (;;) {
    const page = await ledgerPage(db, filter, locale, { after, limit: pageSize });
    yield* page;
    if (page.length < pageSize) return;
    const last = page[page.length - 1]!;
    after = { caseId: last.caseId, userId: last.userId };
  }
}
