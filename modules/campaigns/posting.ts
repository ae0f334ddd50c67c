import type { Database, Prisma } from '@/modules/platform/db/client';
import type { ModerationMode } from '@/modules/settings/settings';
import { campaignWindowState } from './window';

// The half of campaigns that posting an idea needs: whether a campaign takes an idea now, and its
// own moderation mode. It uses only the domains below ideas, so the ideas' save may call it
// (declared in eslint.config.mjs; docs/decisions/0048); the rest of campaigns sits above ideas.

type Reader = Database | Prisma.TransactionClient;

export type PostingRefusal = 'missing' | 'upcoming' | 'closed' | 'audience' | 'category';

/** Translation keys of the refusals, shown next to the field and in the form's error summary. */
export const postingRefusalMessages: Record<PostingRefusal, { field: 'campaignId' | 'categoryId'; key: string }> = {
  missing: { field: 'campaignId', key: 'campaigns.posting.missing' },
  upcoming: { field: 'campaignId', key: 'campaigns.posting.notOpenYet' },
  closed: { field: 'campaignId', key: 'campaigns.posting.closed' },
  audience: { field: 'campaignId', key: 'campaigns.posting.notInAudience' },
  category: { field: 'categoryId', key: 'campaigns.posting.categoryNotInCampaign' },
};

export type PostingCheck = { ok: true; moderationMode: ModerationMode | null } | { ok: false; refusal: PostingRefusal };

/**
 * Whether `userId` may put an idea of `categoryId` into the campaign at `now`. Run inside the
 * transaction that saves or submits the idea: the campaign's row is share-locked, so an admin's
 * change of the window waits for it, and a window that closed a moment ago refuses.
 */
export async function checkCampaignPosting(
  tx: Prisma.TransactionClient,
  campaignId: string,
  userId: string,
  categoryId: string,
  now: Date,
): Promise<PostingCheck> {
  const locked = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM campaigns WHERE id = ${campaignId}::uuid FOR SHARE`;
  if (locked.length === 0) return { ok: false, refusal: 'missing' };
  const [campaign, person] = await Promise.all([
    tx.campaign.findUniqueOrThrow({
      where: { id: campaignId },
      select: {
        opensAt: true,
        closesAt: true,
        moderationMode: true,
        departments: { select: { departmentId: true } },
        categories: { select: { categoryId: true } },
      },
    }),
    tx.user.findUnique({ where: { id: userId }, select: { departmentId: true } }),
  ]);
  const state = campaignWindowState(campaign, now);
  if (state !== 'open') return { ok: false, refusal: state };
  const audience = campaign.departments.map((link) => link.departmentId);
  if (audience.length && !(person?.departmentId && audience.includes(person.departmentId)))
    return { ok: false, refusal: 'audience' };
  const categories = campaign.categories.map((link) => link.categoryId);
  if (categories.length && !categories.includes(categoryId)) return { ok: false, refusal: 'category' };
  return { ok: true, moderationMode: asModerationMode(campaign.moderationMode) };
}

function asModerationMode(value: string | null): ModerationMode | null {
  return value === 'pre' || value === 'post' ? value : null;
}

/** The campaign's own moderation mode for its ideas, or null to follow the site's setting. */
export async function campaignModerationMode(db: Reader, campaignId: string | null): Promise<ModerationMode | null> {
  if (!campaignId) return null;
  const campaign = await db.campaign.findUnique({ where: { id: campaignId }, select: { moderationMode: true } });
  return asModerationMode(campaign?.moderationMode ?? null);
}
