import { describe, expect, it } from 'vitest';
import { IdeaStatus } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { createCampaign, createDepartment, createIdea } from '@/modules/platform/testing/factories';
import { getCampaign, listCampaigns } from './public';

describe('what staff see of campaigns', () => {
  const db = testDb();

  it('lists open campaigns first, then upcoming, then past ones with their results', async () => {
    const now = new Date('2026-11-27T10:00:00Z');
    const day = 24 * 3600_000;
    const around = (opens: number, closes: number) => ({
      opensAt: new Date(now.getTime() + opens * day),
      closesAt: new Date(now.getTime() + closes * day),
    });
    const department = await createDepartment(db, { nameFi: 'Kotihoito', nameSv: 'Hemvård', nameEn: 'Home care' });
    const closingLater = await createCampaign(db, around(-5, 20));
    const closingSoon = await createCampaign(db, { ...around(-1, 2), departmentIds: [department.id] });
    const upcoming = await createCampaign(db, around(3, 30));
    const past = await createCampaign(db, around(-60, -30));
    // Exactly at its closing moment a campaign is closed.
    const justClosed = await createCampaign(db, { opensAt: new Date(now.getTime() - day), closesAt: now });
    const post = async (campaignId: string, status: IdeaStatus) => {
      const idea = await createIdea(db, { status });
      await db.idea.update({ where: { id: idea.id }, data: { campaignId } });
    };
    await post(past.id, IdeaStatus.IMPLEMENTED);
    await post(past.id, IdeaStatus.PUBLISHED);
    await post(past.id, IdeaStatus.DECLINED);
    // Not shown in its list, so not counted: still in moderation, and a draft.
    await post(past.id, IdeaStatus.SUBMITTED);
    await post(past.id, IdeaStatus.DRAFT);

    const listed = await listCampaigns(db, 'sv', now);
    const mine = (campaigns: { id: string }[]) =>
      campaigns
        .map((campaign) => campaign.id)
        .filter((id) => [closingLater, closingSoon, upcoming, past, justClosed].some((own) => own.id === id));
    expect(mine(listed.open)).toEqual([closingSoon.id, closingLater.id]);
    expect(mine(listed.upcoming)).toEqual([upcoming.id]);
    expect(mine(listed.past)).toEqual([justClosed.id, past.id]);
    const soon = listed.open.find((campaign) => campaign.id === closingSoon.id)!;
    expect(soon).toMatchObject({ title: closingSoon.titleSv, phase: 'open', audience: ['Hemvård'], image: null });
    expect(listed.open.find((campaign) => campaign.id === closingLater.id)?.audience).toEqual([]);
    expect(listed.past.find((campaign) => campaign.id === past.id)).toMatchObject({
      phase: 'closed',
      ideaCount: 3,
      implementedCount: 1,
    });
  });

  it('gives a campaign’s page in the reader’s language with its image’s address and alt text, and nothing for an unknown address', async () => {
    const campaign = await createCampaign(db);
    await db.campaign.update({
      where: { id: campaign.id },
      data: { imageAltFi: 'Lumiset pihat', imageAltSv: 'Snöiga gårdar', imageAltEn: 'Snowy yards' },
    });
    const image = await db.campaignImage.create({
      data: { campaignId: campaign.id, contentType: 'image/png', bytes: new Uint8Array([0x89, 0x50]) },
    });
    const page = await getCampaign(db, campaign.slug, 'en');
    expect(page).toMatchObject({
      title: campaign.titleEn,
      description: campaign.descriptionEn,
      phase: 'open',
      image: { url: `/campaigns/${campaign.slug}/image?v=${image.updatedAt.getTime()}`, alt: 'Snowy yards' },
    });
    expect(await getCampaign(db, `${campaign.slug}-x`, 'fi')).toBeNull();
  });
});
