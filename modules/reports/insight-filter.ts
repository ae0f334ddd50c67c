import { z } from 'zod';
import { dateColumn } from '@/modules/accelerator/working-days';
import { Prisma } from '@/modules/platform/db/client';
import { parseReportPeriod, reportPeriodParams, type ReportPeriod } from './period';

// What every insight view is narrowed by, read from the address: the period and department of the
// HR reports (same parameters, same parsing) and, for a campaign's own page, the campaign.

export interface InsightFilter extends ReportPeriod {
  /** A campaign's id: only the ideas posted into it. */
  campaign?: string;
}

const campaignParam = z.uuid().optional().catch(undefined);

export function parseInsightFilter(params: URLSearchParams, now = new Date()): InsightFilter {
  const campaign = campaignParam.parse(params.get('campaign') || undefined);
  return { ...parseReportPeriod(params, now), ...(campaign ? { campaign } : {}) };
}

export function insightFilterParams(filter: InsightFilter): URLSearchParams {
  const params = reportPeriodParams(filter);
  if (filter.campaign) params.set('campaign', filter.campaign);
  return params;
}

/**
 * `column` within the period: from the first day's start to the start of the day after the last, in
 * Helsinki, as a half-open range of instants (an index on the column can serve it).
 */
export function withinPeriodSql(column: Prisma.Sql, period: Pick<ReportPeriod, 'from' | 'to'>): Prisma.Sql {
  const start = Prisma.sql`(${dateColumn(period.from)}::date::timestamp AT TIME ZONE 'Europe/Helsinki')`;
  const end = Prisma.sql`((${dateColumn(period.to)}::date + 1)::timestamp AT TIME ZONE 'Europe/Helsinki')`;
  return Prisma.sql`${column} >= ${start} AND ${column} < ${end}`;
}

/** The ideas (`i`) the filter's department reaches; nothing when there is no department. */
export function ideaDepartmentSql(filter: Pick<InsightFilter, 'department'>): Prisma.Sql {
  return filter.department
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM idea_departments x WHERE x.idea_id = i.id AND x.department_id = ${filter.department}::uuid)`
    : Prisma.empty;
}

/** The sending instant of an idea (`i`): submitted, or published straight away. */
export const ideaSentSql = Prisma.sql`COALESCE(i.submitted_at, i.published_at)`;

/** The ideas (`i`) posted into the filter's campaign; nothing when there is no campaign. */
export function ideaCampaignSql(filter: Pick<InsightFilter, 'campaign'>): Prisma.Sql {
  return filter.campaign ? Prisma.sql`AND i.campaign_id = ${filter.campaign}::uuid` : Prisma.empty;
}
