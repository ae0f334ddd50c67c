import { dateColumn } from '@/modules/accelerator/working-days';
import type { AppLocale } from '@/modules/i18n/locales';
import { Prisma, type Database } from '@/modules/platform/db/client';
import { departmentNameSql, paidOnSql, parseReportPeriod, type ReportPeriod } from './period';
import type { ExportableReport, ReportTranslator } from './registry';
import { committedStatuses } from './rewards-by-month';

// Rewards in euros per department for the period: decided (decision date) and paid (payment
// date). A share belongs to its recipient's department (decision 29); people without one form a
// row of their own. Every active department is listed, also at 0 €.

export interface DepartmentRewards {
  /** Null: recipients without a department. */
  departmentId: string | null;
  departmentName: string | null;
  decidedCents: number;
  paidCents: number;
}

export async function rewardsByDepartment(
  db: Database,
  period: Pick<ReportPeriod, 'from' | 'to'>,
  locale: AppLocale,
): Promise<DepartmentRewards[]> {
  const from = dateColumn(period.from);
  const to = dateColumn(period.to);
  const decidedInPeriod = Prisma.sql`c.status IN ${committedStatuses} AND c.decision_date BETWEEN ${from}::date AND ${to}::date`;
  const paidInPeriod = Prisma.sql`c.status = 'paid' AND ${paidOnSql} BETWEEN ${from}::date AND ${to}::date`;
  const rows = await db.$queryRaw<
    { departmentId: string | null; departmentName: string | null; decidedCents: bigint; paidCents: bigint }[]
  >`
    WITH sums AS (
      SELECT u.department_id,
        COALESCE(sum(s.amount_cents) FILTER (WHERE ${decidedInPeriod}), 0) AS decided,
        COALESCE(sum(s.amount_cents) FILTER (WHERE ${paidInPeriod}), 0) AS paid
      FROM reward_shares s
      JOIN reward_cases c ON c.id = s.case_id
      JOIN users u ON u.id = s.user_id
      LEFT JOIN payroll_batches b ON b.id = c.batch_id
      WHERE (${decidedInPeriod}) OR (${paidInPeriod})
      GROUP BY u.department_id
    )
    SELECT d.id AS "departmentId", ${departmentNameSql[locale]} AS "departmentName",
      COALESCE(sums.decided, 0) AS "decidedCents", COALESCE(sums.paid, 0) AS "paidCents"
    FROM departments d LEFT JOIN sums ON sums.department_id = d.id
    WHERE d.active OR sums.department_id IS NOT NULL
    UNION ALL
    SELECT NULL, NULL, decided, paid FROM sums WHERE department_id IS NULL
    ORDER BY "departmentName" NULLS LAST`;
  return rows.map((row) => ({
    departmentId: row.departmentId,
    departmentName: row.departmentName,
    decidedCents: Number(row.decidedCents),
    paidCents: Number(row.paidCents),
  }));
}

export function departmentLabel(name: string | null, t: ReportTranslator): string {
  return name ?? t('charts.noDepartment');
}

export const rewardsByDepartmentReport: ExportableReport = {
  permission: 'report.hr.read',
  sheetNameKey: 'charts.byDepartment.sheetName',
  fileNameKey: 'charts.byDepartment.fileName',
  columns: (t) => [
    { header: t('charts.byDepartment.columns.department'), kind: 'text', width: 32 },
    { header: t('charts.byDepartment.columns.decided'), kind: 'euros', width: 16 },
    { header: t('charts.byDepartment.columns.paid'), kind: 'euros', width: 16 },
  ],
  async open({ db, locale, params, t }) {
    const departments = await rewardsByDepartment(db, parseReportPeriod(params), locale);
    async function* rows() {
      for (const row of departments) yield [departmentLabel(row.departmentName, t), row.decidedCents, row.paidCents];
    }
    return { count: departments.length, rows: rows() };
  },
};
