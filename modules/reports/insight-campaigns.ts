import { dateColumn, helsinkiToday } from '@/modules/accelerator/working-days';
import type { AppLocale } from '@/modules/i18n/locales';
import { Prisma, type Database } from '@/modules/platform/db/client';
import { ideaDepartmentSql, ideaSentSql, parseInsightFilter, type InsightFilter } from './insight-filter';
import { countsOf, insightStages, reachedCtes, stageCountsSql, type InsightStage } from './insight-funnel';
import type { ExportableReport } from './registry';

// Campaigns side by side: every campaign open at some moment of the period, with all the ideas
// sent to it (whenever sent) counted through the funnel's rule (each idea once per stage reached),
// and its participants: the different people who sent it an idea, voted on or commented its ideas.
// A department narrows the ideas (and so the participants) to that department's.

export interface CampaignComparison {
  id: string;
  title: string;
  opensAt: Date;
  closesAt: Date;
  counts: Record<InsightStage, number>;
  participants: number;
}

const titleSql: Record<AppLocale, Prisma.Sql> = {
  fi: Prisma.sql`s.title_fi`,
  sv: Prisma.sql`s.title_sv`,
  en: Prisma.sql`s.title_en`,
};

export async function compareCampaigns(
  db: Database,
  filter: InsightFilter,
  locale: AppLocale,
): Promise<CampaignComparison[]> {
  const start = Prisma.sql`(${dateColumn(filter.from)}::date::timestamp AT TIME ZONE 'Europe/Helsinki')`;
  const end = Prisma.sql`((${dateColumn(filter.to)}::date + 1)::timestamp AT TIME ZONE 'Europe/Helsinki')`;
  const rows = await db.$queryRaw<
    ({ id: string; title: string; opensAt: Date; closesAt: Date; participants: bigint } & Record<
      InsightStage,
      bigint
    >)[]
  >`
    WITH shown AS (
      SELECT s.id, ${titleSql[locale]} AS title, s.opens_at, s.closes_at FROM campaigns s
      WHERE s.opens_at < ${end} AND s.closes_at > ${start}
    ),
    cohort AS (
      SELECT i.id, i.status, i.published_at, i.campaign_id, i.author_id FROM ideas i
      WHERE i.campaign_id IN (SELECT id FROM shown) AND ${ideaSentSql} IS NOT NULL ${ideaDepartmentSql(filter)}
    ),
    ${reachedCtes},
    people AS (
      SELECT campaign_id, author_id AS person FROM cohort
      UNION
      SELECT c.campaign_id, v.user_id FROM votes v JOIN cohort c ON c.id = v.idea_id
      UNION
      SELECT c.campaign_id, m.author_id FROM comments m JOIN cohort c ON c.id = m.idea_id WHERE m.deleted_at IS NULL
    )
    SELECT s.id, s.title, s.opens_at AS "opensAt", s.closes_at AS "closesAt", ${stageCountsSql},
      (SELECT count(*) FROM people p WHERE p.campaign_id = s.id) AS participants
    FROM shown s LEFT JOIN reached r ON r.campaign_id = s.id
    GROUP BY s.id, s.title, s.opens_at, s.closes_at
    ORDER BY s.opens_at DESC, s.title`;
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    counts: countsOf(row),
    participants: Number(row.participants),
  }));
}

export const insightCampaignsReport: ExportableReport = {
  permission: 'insight.read',
  sheetNameKey: 'insight.campaigns.sheetName',
  fileNameKey: 'insight.campaigns.fileName',
  columns: (t) => [
    { header: t('insight.campaigns.columns.campaign'), kind: 'text', width: 40 },
    { header: t('insight.campaigns.columns.opens'), kind: 'date', width: 12 },
    { header: t('insight.campaigns.columns.closes'), kind: 'date', width: 12 },
    { header: t('insight.campaigns.columns.ideas'), kind: 'integer', width: 10 },
    ...insightStages.slice(1).map((stage) => ({
      header: t(`insight.campaigns.columns.${stage}`),
      kind: 'integer' as const,
      width: 14,
    })),
    { header: t('insight.campaigns.columns.participants'), kind: 'integer', width: 14 },
  ],
  async open({ db, locale, params }) {
    const campaigns = await compareCampaigns(db, parseInsightFilter(params), locale);
    async function* rows() {
      for (const campaign of campaigns)
        yield [
          campaign.title,
          dateColumn(helsinkiToday(campaign.opensAt)),
          dateColumn(helsinkiToday(campaign.closesAt)),
          ...insightStages.map((stage) => campaign.counts[stage]),
          campaign.participants,
        ];
    }
    return { count: campaigns.length, rows: rows() };
  },
};
