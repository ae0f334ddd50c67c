import type { AppLocale } from '@/modules/i18n/locales';
import { localizedName } from '@/modules/i18n/localized-name';
import { publicStatuses } from '@/modules/ideas/status';
import { IdeaStatus, type Database } from '@/modules/platform/db/client';
import { campaignTitle, findOpenCampaigns } from './queries';
import { campaignWindowState } from './window';

// What staff see of campaigns: the list of open, upcoming and past ones, a campaign's own page and
// the front page's note of the open ones. Every reader sees the same (they are shared stored pages,
// shared-pages.ts): audiences are shown, never used to hide a campaign.

export type CampaignPhase = ReturnType<typeof campaignWindowState>;

export interface CampaignSummary {
  id: string;
  slug: string;
  title: string;
  opensAt: Date;
  closesAt: Date;
  phase: CampaignPhase;
  /** The departments it is aimed at, in the reader's language; none means everyone. */
  audience: string[];
  image: { url: string; alt: string } | null;
  /** Its ideas anyone may read, as its page lists them; and how many of them are implemented. */
  ideaCount: number;
  implementedCount: number;
}

export interface OpenCampaign {
  slug: string;
  title: string;
  closesAt: Date;
}

const summarySelect = {
  id: true,
  slug: true,
  titleFi: true,
  titleSv: true,
  titleEn: true,
  opensAt: true,
  closesAt: true,
  imageAltFi: true,
  imageAltSv: true,
  imageAltEn: true,
  image: { select: { updatedAt: true } },
  departments: { select: { department: { select: { nameFi: true, nameSv: true, nameEn: true, sortOrder: true } } } },
} as const;

/** The address of a campaign's image; its update time makes a changed image a new address. */
export function campaignImageUrl(slug: string, updatedAt: Date): string {
  return `/campaigns/${encodeURIComponent(slug)}/image?v=${updatedAt.getTime()}`;
}

type SummaryRow = {
  id: string;
  slug: string;
  titleFi: string;
  titleSv: string;
  titleEn: string;
  opensAt: Date;
  closesAt: Date;
  imageAltFi: string | null;
  imageAltSv: string | null;
  imageAltEn: string | null;
  image: { updatedAt: Date } | null;
  departments: { department: { nameFi: string; nameSv: string; nameEn: string; sortOrder: number } }[];
};

function summaryOf(
  row: SummaryRow,
  counts: Map<string, { ideas: number; implemented: number }>,
  locale: AppLocale,
  now: Date,
): CampaignSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: campaignTitle(row, locale),
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    phase: campaignWindowState(row, now),
    audience: row.departments
      .map((link) => link.department)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((department) => localizedName(department, locale)),
    image: row.image
      ? {
          url: campaignImageUrl(row.slug, row.image.updatedAt),
          alt: localizedName(
            { nameFi: row.imageAltFi ?? '', nameSv: row.imageAltSv ?? '', nameEn: row.imageAltEn ?? '' },
            locale,
          ),
        }
      : null,
    ideaCount: counts.get(row.id)?.ideas ?? 0,
    implementedCount: counts.get(row.id)?.implemented ?? 0,
  };
}

/** Each campaign's ideas anyone may read (those its page lists), and how many are implemented. */
async function ideaCounts(db: Database, campaignIds: string[]) {
  const rows = await db.idea.groupBy({
    by: ['campaignId', 'status'],
    where: { campaignId: { in: campaignIds }, status: { in: [...publicStatuses] }, publishedAt: { not: null } },
    _count: { _all: true },
  });
  const counts = new Map<string, { ideas: number; implemented: number }>();
  for (const row of rows) {
    if (!row.campaignId) continue;
    const count = counts.get(row.campaignId) ?? { ideas: 0, implemented: 0 };
    count.ideas += row._count._all;
    if (row.status === IdeaStatus.IMPLEMENTED) count.implemented += row._count._all;
    counts.set(row.campaignId, count);
  }
  return counts;
}

/**
 * Every campaign for the list: open ones first (closing soonest first), then upcoming (opening
 * soonest first), then past ones (latest closed first) with their results.
 */
export async function listCampaigns(db: Database, locale: AppLocale, now = new Date()) {
  const rows = await db.campaign.findMany({ select: summarySelect, orderBy: [{ closesAt: 'desc' }, { id: 'asc' }] });
  const counts = await ideaCounts(
    db,
    rows.map((row) => row.id),
  );
  const all = rows.map((row) => summaryOf(row, counts, locale, now));
  const byTime = (key: 'opensAt' | 'closesAt') => (a: CampaignSummary, b: CampaignSummary) =>
    a[key].getTime() - b[key].getTime();
  return {
    open: all.filter((campaign) => campaign.phase === 'open').sort(byTime('closesAt')),
    upcoming: all.filter((campaign) => campaign.phase === 'upcoming').sort(byTime('opensAt')),
    past: all.filter((campaign) => campaign.phase === 'closed'),
  };
}

/** The campaigns open now, closing soonest first: the front page's note. */
export async function loadOpenCampaigns(db: Database, locale: AppLocale, now = new Date()): Promise<OpenCampaign[]> {
  const rows = await findOpenCampaigns(db, now);
  return rows.map((row) => ({ slug: row.slug, title: campaignTitle(row, locale), closesAt: row.closesAt }));
}

/** A campaign's page by its address; null for none (a 404). */
export async function getCampaign(db: Database, slug: string, locale: AppLocale, now = new Date()) {
  const row = await db.campaign.findUnique({
    where: { slug },
    select: { ...summarySelect, descriptionFi: true, descriptionSv: true, descriptionEn: true },
  });
  if (!row) return null;
  const counts = await ideaCounts(db, [row.id]);
  const description = { fi: row.descriptionFi, sv: row.descriptionSv, en: row.descriptionEn }[locale];
  return { ...summaryOf(row, counts, locale, now), description };
}
