import { helsinkiToday } from '@/modules/accelerator/working-days';
import type { AppLocale } from '@/modules/i18n/locales';
import type { Database } from '@/modules/platform/db/client';
import { budgetYears } from '@/modules/rewards/budgets';
import { departmentNameSql } from './period';
import type { ExportableReport, ReportTranslator } from './registry';
import { committedStatuses } from './rewards-by-month';

// The yearly reward budget per department: the budget HR set, what is used (rewards decided in
// that year, also batched or paid since), what is proposed (cases awaiting endorsement or a
// decision: they will be decided this year, so they count against the current year only) and what
// is left. A share is charged to its recipient's department, as in the ledger (decision 29).

export interface DepartmentBudget {
  departmentId: string | null;
  departmentName: string | null;
  /** Null when no budget is set for the year. */
  budgetCents: number | null;
  usedCents: number;
  proposedCents: number;
  /** Budget − used; null without a budget. */
  leftCents: number | null;
  /** Left − proposed: what is left if every proposal is decided as proposed. */
  leftAfterProposedCents: number | null;
}

export interface BudgetYear {
  year: number;
  rows: DepartmentBudget[];
  totals: Omit<DepartmentBudget, 'departmentId' | 'departmentName'>;
}

/** The year from a page's or download's query (?year=2026); the current Helsinki year otherwise. */
export function parseBudgetYear(params: URLSearchParams, now = new Date()): number {
  const text = params.get('year') ?? '';
  const year = /^\d{4}$/.test(text) ? Number(text) : Number.NaN;
  return year >= budgetYears.earliest && year <= budgetYears.latest ? year : Number(helsinkiToday(now).slice(0, 4));
}

function left(budgetCents: number | null, minus: number): number | null {
  return budgetCents === null ? null : budgetCents - minus;
}

export async function budgetYear(db: Database, year: number, locale: AppLocale, now = new Date()): Promise<BudgetYear> {
  const countsProposals = year === Number(helsinkiToday(now).slice(0, 4));
  const rows = await db.$queryRaw<
    {
      departmentId: string | null;
      departmentName: string | null;
      budgetCents: number | null;
      usedCents: bigint;
      proposedCents: bigint;
    }[]
  >`
    WITH spent AS (
      SELECT u.department_id,
        COALESCE(sum(s.amount_cents) FILTER (WHERE c.status IN ${committedStatuses}
          AND c.decision_date >= make_date(${year}::int, 1, 1) AND c.decision_date < make_date(${year}::int + 1, 1, 1)), 0) AS used,
        COALESCE(sum(s.amount_cents) FILTER (WHERE ${countsProposals}::boolean AND c.status IN ('proposed', 'endorsed')), 0) AS proposed
      FROM reward_cases c
      JOIN reward_shares s ON s.case_id = c.id
      JOIN users u ON u.id = s.user_id
      WHERE (c.status IN ${committedStatuses}
          AND c.decision_date >= make_date(${year}::int, 1, 1) AND c.decision_date < make_date(${year}::int + 1, 1, 1))
        OR (${countsProposals}::boolean AND c.status IN ('proposed', 'endorsed'))
      GROUP BY u.department_id
    )
    SELECT d.id AS "departmentId", ${departmentNameSql[locale]} AS "departmentName", rb.amount_cents AS "budgetCents",
      COALESCE(spent.used, 0) AS "usedCents", COALESCE(spent.proposed, 0) AS "proposedCents"
    FROM departments d
    LEFT JOIN reward_budgets rb ON rb.department_id = d.id AND rb.year = ${year}::int
    LEFT JOIN spent ON spent.department_id = d.id
    WHERE d.active OR rb.department_id IS NOT NULL OR spent.department_id IS NOT NULL
    UNION ALL
    SELECT NULL, NULL, NULL, used, proposed FROM spent WHERE department_id IS NULL
    ORDER BY "departmentName" NULLS LAST`;
  const shown = rows.map((row) => {
    const usedCents = Number(row.usedCents);
    const proposedCents = Number(row.proposedCents);
    return {
      departmentId: row.departmentId,
      departmentName: row.departmentName,
      budgetCents: row.budgetCents,
      usedCents,
      proposedCents,
      leftCents: left(row.budgetCents, usedCents),
      leftAfterProposedCents: left(row.budgetCents, usedCents + proposedCents),
    };
  });
  const budgeted = shown.filter((row) => row.budgetCents !== null);
  const sum = (pick: (row: DepartmentBudget) => number) => shown.reduce((total, row) => total + pick(row), 0);
  // What is left is summed over the departments that have a budget; used and proposed over all.
  const whenBudgeted = (pick: (row: DepartmentBudget) => number | null) =>
    budgeted.length > 0 ? budgeted.reduce((total, row) => total + (pick(row) ?? 0), 0) : null;
  return {
    year,
    rows: shown,
    totals: {
      budgetCents: whenBudgeted((row) => row.budgetCents),
      usedCents: sum((row) => row.usedCents),
      proposedCents: sum((row) => row.proposedCents),
      leftCents: whenBudgeted((row) => row.leftCents),
      leftAfterProposedCents: whenBudgeted((row) => row.leftAfterProposedCents),
    },
  };
}

export function budgetDepartmentLabel(name: string | null, t: ReportTranslator): string {
  return name ?? t('charts.noDepartment');
}

export const budgetsReport: ExportableReport = {
  permission: 'report.hr.read',
  sheetNameKey: 'budgets.sheetName',
  fileNameKey: 'budgets.fileName',
  columns: (t) => [
    { header: t('budgets.columns.department'), kind: 'text', width: 32 },
    { header: t('budgets.columns.year'), kind: 'integer', width: 8 },
    { header: t('budgets.columns.budget'), kind: 'euros', width: 16 },
    { header: t('budgets.columns.used'), kind: 'euros', width: 16 },
    { header: t('budgets.columns.proposed'), kind: 'euros', width: 16 },
    { header: t('budgets.columns.left'), kind: 'euros', width: 16 },
    { header: t('budgets.columns.leftAfterProposed'), kind: 'euros', width: 18 },
  ],
  async open({ db, locale, params, t }) {
    const report = await budgetYear(db, parseBudgetYear(params), locale);
    const all = [...report.rows, { ...report.totals, departmentId: null, departmentName: t('budgets.total') }];
    async function* rows() {
      for (const row of all)
        yield [
          budgetDepartmentLabel(row.departmentName, t),
          report.year,
          row.budgetCents,
          row.usedCents,
          row.proposedCents,
          row.leftCents,
          row.leftAfterProposedCents,
        ];
    }
    return { count: all.length, rows: rows() };
  },
};
