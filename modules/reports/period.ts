import { z } from 'zod';
import { helsinkiToday, type CalendarDay } from '@/modules/accelerator/working-days';
import type { AppLocale } from '@/modules/i18n/locales';
import { Prisma } from '@/modules/platform/db/client';

// The period (and department) every chart report is filtered by, read from the page's or the
// download's query: ?from=2026-01-01&to=2026-12-31&department=<id>. Without one, the current
// calendar year in Helsinki. A period longer than ten years is cut, so a month chart stays a chart.

export interface ReportPeriod {
  from: CalendarDay;
  to: CalendarDay;
  department?: string;
}

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(
    (text) =>
      !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text),
  );

const periodSchema = z.object({
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  department: z.uuid().optional().catch(undefined),
});

export const longestPeriodYears = 10;

export function parseReportPeriod(params: URLSearchParams, now = new Date()): ReportPeriod {
  const value = (name: string) => params.get(name) || undefined;
  const parsed = periodSchema.parse({ from: value('from'), to: value('to'), department: value('department') });
  const year = helsinkiToday(now).slice(0, 4);
  let from = parsed.from ?? (parsed.to ? `${parsed.to.slice(0, 4)}-01-01` : `${year}-01-01`);
  let to = parsed.to ?? `${from.slice(0, 4)}-12-31`;
  if (from > to) [from, to] = [to, from];
  const earliest = `${Number(to.slice(0, 4)) - longestPeriodYears}${to.slice(4)}`;
  if (from < earliest) from = earliest;
  return { from, to, ...(parsed.department ? { department: parsed.department } : {}) };
}

/** The period as query parameters (links and downloads). */
export function reportPeriodParams(period: ReportPeriod): URLSearchParams {
  const params = new URLSearchParams({ from: period.from, to: period.to });
  if (period.department) params.set('department', period.department);
  return params;
}

/** A page's query (Next's search params) as URLSearchParams, first value of each name. */
export function queryParams(query: Record<string, string | string[] | undefined>): URLSearchParams {
  return new URLSearchParams(
    Object.entries(query).flatMap(([name, value]) => {
      const first = Array.isArray(value) ? value[0] : value;
      return first === undefined ? [] : [[name, first]];
    }),
  );
}

/** The department's name column in the reader's language (`d` is the departments table). */
export const departmentNameSql: Record<AppLocale, Prisma.Sql> = {
  fi: Prisma.sql`d.name_fi`,
  sv: Prisma.sql`d.name_sv`,
  en: Prisma.sql`d.name_en`,
};

/** The Helsinki calendar day of a timestamp column. */
export function helsinkiDaySql(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${column} AT TIME ZONE 'Europe/Helsinki')::date`;
}

/** The day a case was paid: its batch's payment date, else the Helsinki day it was marked paid. */
export const paidOnSql = Prisma.sql`COALESCE(b.payment_date, (c.paid_at AT TIME ZONE 'Europe/Helsinki')::date)`;

/** Basis points (10000 = 100 %) of part in whole, rounded; null when the whole is empty. */
export function shareBasisPoints(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part * 10_000) / whole) : null;
}
