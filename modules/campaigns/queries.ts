import type { AppLocale } from '@/modules/i18n/locales';
import { localizedName } from '@/modules/i18n/localized-name';
import type { Database, Prisma } from '@/modules/platform/db/client';
import { postingRefusalMessages, type PostingRefusal } from './posting';
import { campaignWindowState } from './window';

type Reader = Database | Prisma.TransactionClient;

export const campaignTitle = (campaign: { titleFi: string; titleSv: string; titleEn: string }, locale: AppLocale) =>
  localizedName({ nameFi: campaign.titleFi, nameSv: campaign.titleSv, nameEn: campaign.titleEn }, locale);

/** The campaigns open at `now` (opensAt ≤ now < closesAt), closing soonest first. */
export async function findOpenCampaigns(db: Reader, now: Date) {
  return db.campaign.findMany({
    where: { opensAt: { lte: now }, closesAt: { gt: now } },
    select: { id: true, slug: true, titleFi: true, titleSv: true, titleEn: true, opensAt: true, closesAt: true },
    orderBy: [{ closesAt: 'asc' }, { slug: 'asc' }],
  });
}

/** A campaign's audience condition: aimed at nobody in particular, or at the person's department. */
function audienceIncludes(departmentId: string | null): Prisma.CampaignWhereInput {
  return departmentId
    ? { OR: [{ departments: { none: {} } }, { departments: { some: { departmentId } } }] }
    : { departments: { none: {} } };
}

export interface PostableCampaign {
  id: string;
  slug: string;
  title: string;
  closesAt: Date;
  /** The categories its ideas may take; empty means every category. */
  categoryIds: string[];
}

/**
 * The campaigns a person may post into at `now`: open, and aimed at everyone or at their
 * department. The idea form offers these (plus the one a draft already names).
 */
export async function campaignsOpenTo(
  db: Reader,
  userId: string,
  locale: AppLocale,
  now: Date,
): Promise<PostableCampaign[]> {
  const person = await db.user.findUnique({ where: { id: userId }, select: { departmentId: true } });
  const rows = await db.campaign.findMany({
    where: { opensAt: { lte: now }, closesAt: { gt: now }, ...audienceIncludes(person?.departmentId ?? null) },
    select: {
      id: true,
      slug: true,
      titleFi: true,
      titleSv: true,
      titleEn: true,
      closesAt: true,
      categories: { select: { categoryId: true } },
    },
    orderBy: [{ closesAt: 'asc' }, { slug: 'asc' }],
  });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    title: campaignTitle(row, locale),
    closesAt: row.closesAt,
    categoryIds: row.categories.map((link) => link.categoryId),
  }));
}

/** A campaign by its address, for the idea form's preselection (`/ideas/new?campaign=<slug>`). */
export async function campaignIdBySlug(db: Reader, slug: string): Promise<string | null> {
  const campaign = await db.campaign.findUnique({ where: { slug }, select: { id: true } });
  return campaign?.id ?? null;
}

export interface IdeaFormCampaigns {
  /** The campaigns the form offers; a draft's or a link's campaign that no longer takes ideas is among them, with `notice`. */
  options: PostableCampaign[];
  selectedId: string;
  /** A submitted idea stays in its campaign: its title, shown instead of the choice. */
  fixedTitle: string | null;
  /** Why the preselected campaign would refuse the idea, told before anything is typed. */
  notice: PostingRefusal | null;
}

/**
 * The idea form's campaign choice: the open campaigns the person may post into, the one a draft
 * already names, or the one a campaign page's link names (`/ideas/new?campaign=<slug>`).
 */
export async function ideaFormCampaigns(
  db: Reader,
  userId: string,
  locale: AppLocale,
  now: Date,
  preselect: { ideaId?: number; slug?: string },
): Promise<IdeaFormCampaigns> {
  const options = await campaignsOpenTo(db, userId, locale, now);
  const none: IdeaFormCampaigns = { options, selectedId: '', fixedTitle: null, notice: null };
  const idea = preselect.ideaId
    ? await db.idea.findUnique({ where: { id: preselect.ideaId }, select: { status: true, campaignId: true } })
    : null;
  const where = idea?.campaignId ? { id: idea.campaignId } : preselect.slug ? { slug: preselect.slug } : null;
  if (!where) return none;
  const campaign = await db.campaign.findUnique({
    where,
    select: {
      id: true,
      slug: true,
      titleFi: true,
      titleSv: true,
      titleEn: true,
      opensAt: true,
      closesAt: true,
      categories: { select: { categoryId: true } },
    },
  });
  if (!campaign) return none;
  if (idea && idea.status !== 'DRAFT')
    return { ...none, selectedId: campaign.id, fixedTitle: campaignTitle(campaign, locale) };
  if (options.some((option) => option.id === campaign.id)) return { ...none, selectedId: campaign.id };
  // Open yet not offered: aimed at departments other than the person's.
  const state = campaignWindowState(campaign, now);
  const notice: PostingRefusal = state === 'open' ? 'audience' : state;
  const shown: PostableCampaign = {
    id: campaign.id,
    slug: campaign.slug,
    title: campaignTitle(campaign, locale),
    closesAt: campaign.closesAt,
    categoryIds: campaign.categories.map((link) => link.categoryId),
  };
  return { options: [...options, shown], selectedId: campaign.id, fixedTitle: null, notice };
}

/** The idea form's campaign choice as the form takes it: plain options and the notice's message key. */
export async function ideaFormCampaignChoice(
  db: Reader,
  userId: string,
  locale: AppLocale,
  preselect: { ideaId?: number; slug?: string },
) {
  const choice = await ideaFormCampaigns(db, userId, locale, new Date(), preselect);
  return {
    options: choice.options.map(({ id, title, categoryIds }) => ({ id, title, categoryIds })),
    selectedId: choice.selectedId,
    fixedTitle: choice.fixedTitle,
    noticeKey: choice.notice ? postingRefusalMessages[choice.notice].key : null,
  };
}
