import { dateColumn } from '@/modules/accelerator/working-days';
import type { AppLocale } from '@/modules/i18n/locales';
import { Prisma, type Database } from '@/modules/platform/db/client';
import { departmentNameSql, parseReportPeriod, shareBasisPoints, type ReportPeriod } from './period';
import type { ExportableReport } from './registry';

// Participation by department: the share of a department's active staff who, in the period, sent
// an idea, voted or commented. A share of a small group singles people out ("the one in four who
// never votes"), so a group is shown only when it has at least MIN_GROUP_SIZE people: smaller
// departments are merged into one "small groups" row, which is itself shown only when it reaches
// the limit. There is no total over everyone, which would give away the hidden groups by
// subtraction: the total covers the shown groups. People without a department are not counted.

export const MIN_GROUP_SIZE = 5;

export interface ParticipationGroup {
  /** A department's id, or null for the merged small groups. */
  departmentId: string | null;
  departmentName: string | null;
  staff: number;
  posted: number;
  voted: number;
  commented: number;
  /** Did any of the three. */
  active: number;
}

export interface Participation {
  groups: ParticipationGroup[];
  /** Over the shown groups. */
  total: Omit<ParticipationGroup, 'departmentId' | 'departmentName'>;
  /** How many departments were merged into the small groups' row, and whether that row was hidden too. */
  mergedDepartments: number;
  smallGroupsHidden: boolean;
}

const activities = ['staff', 'posted', 'voted', 'commented', 'active'] as const;
type Counts = Record<(typeof activities)[number], number>;

function sum(groups: Counts[]): Counts {
  const total = { staff: 0, posted: 0, voted: 0, commented: 0, active: 0 };
  for (const group of groups) for (const name of activities) total[name] += group[name];
  return total;
}

export async function participation(
  db: Database,
  period: Pick<ReportPeriod, 'from' | 'to'>,
  locale: AppLocale,
): Promise<Participation> {
  // Each activity read once over the period's rows, then joined to the people (a lookup per person
  // read each person's whole vote history: 1.4 s on the scale data). The period is a half-open
  // range of instants: from the first day's start to the start of the day after the last, in Helsinki.
  const start = Prisma.sql`(${dateColumn(period.from)}::date::timestamp AT TIME ZONE 'Europe/Helsinki')`;
  const end = Prisma.sql`((${dateColumn(period.to)}::date + 1)::timestamp AT TIME ZONE 'Europe/Helsinki')`;
  const inPeriod = (column: Prisma.Sql) => Prisma.sql`${column} >= ${start} AND ${column} < ${end}`;
  const rows = await db.$queryRaw<
    {
      departmentId: string;
      departmentName: string;
      staff: bigint;
      posted: bigint;
      voted: bigint;
      commented: bigint;
      active: bigint;
    }[]
  >`
    WITH posted AS (
      SELECT DISTINCT i.author_id AS id FROM ideas i
      WHERE ${inPeriod(Prisma.sql`COALESCE(i.submitted_at, i.published_at)`)}
    ),
    voted AS (SELECT DISTINCT v.user_id AS id FROM votes v WHERE ${inPeriod(Prisma.sql`v.created_at`)}),
    commented AS (
      SELECT DISTINCT m.author_id AS id FROM comments m
      WHERE m.deleted_at IS NULL AND ${inPeriod(Prisma.sql`m.created_at`)}
    ),
    people AS (
      SELECT u.department_id, p.id IS NOT NULL AS posted, v.id IS NOT NULL AS voted, c.id IS NOT NULL AS commented
      FROM users u
      LEFT JOIN posted p ON p.id = u.id
      LEFT JOIN voted v ON v.id = u.id
      LEFT JOIN commented c ON c.id = u.id
      WHERE u.active AND u.department_id IS NOT NULL
    )
    SELECT d.id AS "departmentId", ${departmentNameSql[locale]} AS "departmentName", count(*) AS staff,
      count(*) FILTER (WHERE posted) AS posted, count(*) FILTER (WHERE voted) AS voted,
      count(*) FILTER (WHERE commented) AS commented,
      count(*) FILTER (WHERE posted OR voted OR commented) AS active
    FROM people p JOIN departments d ON d.id = p.department_id
    GROUP BY d.id
    ORDER BY 2`;
  const departments: ParticipationGroup[] = rows.map((row) => ({
    departmentId: row.departmentId,
    departmentName: row.departmentName,
    staff: Number(row.staff),
    posted: Number(row.posted),
    voted: Number(row.voted),
    commented: Number(row.commented),
    active: Number(row.active),
  }));
  return protectSmallGroups(departments);
}

/** The k ≥ 5 rule: small departments merged into one row, shown only if it reaches the limit too. */
export function protectSmallGroups(departments: ParticipationGroup[]): Participation {
  const large = departments.filter((group) => group.staff >= MIN_GROUP_SIZE);
  const small = departments.filter((group) => group.staff < MIN_GROUP_SIZE);
  const merged = sum(small);
  const smallGroupsShown = small.length > 0 && merged.staff >= MIN_GROUP_SIZE;
  const groups: ParticipationGroup[] = [
    ...large,
    ...(smallGroupsShown ? [{ departmentId: null, departmentName: null, ...merged }] : []),
  ];
  return {
    groups,
    total: sum(groups),
    mergedDepartments: small.length,
    smallGroupsHidden: small.length > 0 && !smallGroupsShown,
  };
}

/** A group's share of its staff who did `activity`, in basis points. */
export function participationShare(group: Counts, activity: Exclude<(typeof activities)[number], 'staff'>) {
  return shareBasisPoints(group[activity], group.staff);
}

export const participationReport: ExportableReport = {
  permission: 'report.hr.read',
  sheetNameKey: 'charts.participation.sheetName',
  fileNameKey: 'charts.participation.fileName',
  columns: (t) => [
    { header: t('charts.participation.columns.department'), kind: 'text', width: 32 },
    { header: t('charts.participation.columns.staff'), kind: 'integer', width: 12 },
    { header: t('charts.participation.columns.posted'), kind: 'percent', width: 14 },
    { header: t('charts.participation.columns.voted'), kind: 'percent', width: 14 },
    { header: t('charts.participation.columns.commented'), kind: 'percent', width: 14 },
    { header: t('charts.participation.columns.active'), kind: 'percent', width: 14 },
  ],
  async open({ db, locale, params, t }) {
    const { groups, total } = await participation(db, parseReportPeriod(params), locale);
    const shown = [...groups, { ...total, departmentId: null, departmentName: t('charts.participation.total') }];
    async function* rows() {
      for (const group of shown)
        yield [
          group.departmentName ?? t('charts.participation.smallGroups'),
          group.staff,
          participationShare(group, 'posted'),
          participationShare(group, 'voted'),
          participationShare(group, 'commented'),
          participationShare(group, 'active'),
        ];
    }
    return { count: shown.length, rows: rows() };
  },
};
