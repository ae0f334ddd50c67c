import { dateColumn } from '@/modules/accelerator/working-days';
import { intlLocale, type AppLocale } from '@/modules/i18n/locales';
import { Prisma, type Database } from '@/modules/platform/db/client';
import { paidOnSql, parseReportPeriod, type ReportPeriod } from './period';
import type { ExportableReport } from './registry';

// Rewards in euros per month of the period: decided (by the official decision's date; the cases
// decided, batched or paid since) and paid (by the payment date). With a department, the shares of
// that department's people (a share belongs to its recipient's department, as in the ledger).

export interface MonthRewards {
  /** First day of the month (UTC midnight, like a `@db.Date`). */
  month: Date;
  decidedCents: number;
  paidCents: number;
}

/** Decided, batched and paid cases: the money the decision committed. */
export const committedStatuses = Prisma.sql`('decided', 'batched', 'paid')`;

/** Where the money is read from: whole cases, or (for one department) its people's shares. */
export function rewardMoney(department: string | undefined) {
  return department
    ? {
        from: Prisma.sql`reward_shares s JOIN reward_cases c ON c.id = s.case_id JOIN users u ON u.id = s.user_id
          LEFT JOIN payroll_batches b ON b.id = c.batch_id`,
        cents: Prisma.sql`s.amount_cents`,
        scope: Prisma.sql`u.department_id = ${department}::uuid`,
      }
    : {
        from: Prisma.sql`reward_cases c LEFT JOIN payroll_batches b ON b.id = c.batch_id`,
        cents: Prisma.sql`c.amount_cents`,
        scope: Prisma.sql`TRUE`,
      };
}

export async function rewardsByMonth(db: Database, period: ReportPeriod): Promise<MonthRewards[]> {
  const from = dateColumn(period.from);
  const to = dateColumn(period.to);
  const money = rewardMoney(period.department);
  const rows = await db.$queryRaw<{ month: Date; decidedCents: bigint; paidCents: bigint }[]>`
    WITH months AS (
      SELECT generate_series(date_trunc('month', ${from}::date), ${to}::date, interval '1 month')::date AS month
    ),
    decided AS (
      SELECT date_trunc('month', c.decision_date)::date AS month, sum(${money.cents}) AS cents
      FROM ${money.from}
      WHERE ${money.scope} AND c.status IN ${committedStatuses} AND c.decision_date BETWEEN ${from}::date AND ${to}::date
      GROUP BY 1
    ),
    paid AS (
      SELECT date_trunc('month', ${paidOnSql})::date AS month, sum(${money.cents}) AS cents
      FROM ${money.from}
      WHERE ${money.scope} AND c.status = 'paid' AND ${paidOnSql} BETWEEN ${from}::date AND ${to}::date
      GROUP BY 1
    )
    SELECT m.month, COALESCE(d.cents, 0) AS "decidedCents", COALESCE(p.cents, 0) AS "paidCents"
    FROM months m LEFT JOIN decided d ON d.month = m.month LEFT JOIN paid p ON p.month = m.month
    ORDER BY m.month`;
  return rows.map((row) => ({
    month: row.month,
    decidedCents: Number(row.decidedCents),
    paidCents: Number(row.paidCents),
  }));
}

/** "tammikuu 2026", "januari 2026", "January 2026". */
export function monthName(locale: AppLocale, month: Date): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(month);
}

export const rewardsByMonthReport: ExportableReport = {
  permission: 'report.hr.read',
  sheetNameKey: 'charts.byMonth.sheetName',
  fileNameKey: 'charts.byMonth.fileName',
  columns: (t) => [
    { header: t('charts.byMonth.columns.month'), kind: 'text', width: 18 },
    { header: t('charts.byMonth.columns.decided'), kind: 'euros', width: 16 },
    { header: t('charts.byMonth.columns.paid'), kind: 'euros', width: 16 },
  ],
  async open({ db, locale, params }) {
    const months = await rewardsByMonth(db, parseReportPeriod(params));
    async function* rows() {
      for (const row of months) yield [monthName(locale, row.month), row.decidedCents, row.paidCents];
    }
    return { count: months.length, rows: rows() };
  },
};
