import { beforeAll, describe, expect, it } from 'vitest';
import { IdeaStatus } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { createIdea, createUser, unique } from '@/modules/platform/testing/factories';
import { compareCampaigns } from './insight-campaigns';
import { campaignFunnel, insightFunnel } from './insight-funnel';

const db = testDb();
const period = { from: '2006-04-01', to: '2006-04-30' };
const sent = new Date('2006-04-10T09:00:00Z');

function createCampaign(title: string, opensAt: Date, closesAt: Date) {
  return db.campaign.create({
    data: {
      slug: unique('campaign'),
      titleFi: title,
      titleSv: `${title} (sv)`,
      titleEn: `${title} (en)`,
      descriptionFi: 'Kuvaus.',
      descriptionSv: 'Beskrivning.',
      descriptionEn: 'Description.',
      opensAt,
      closesAt,
    },
  });
}

async function campaignIdea(campaignId: string | null, status: IdeaStatus, path: IdeaStatus[] = []) {
  const idea = await createIdea(db, { status, publishedAt: status === IdeaStatus.SUBMITTED ? null : sent });
  await db.idea.update({ where: { id: idea.id }, data: { submittedAt: sent, campaignId } });
  for (const [index, toStatus] of path.entries())
    await db.ideaEvent.create({
      data: {
        ideaId: idea.id,
        type: 'STATUS_CHANGED',
        toStatus,
        createdAt: new Date(sent.getTime() + index * 60_000),
      },
    });
  return idea;
}

describe('campaigns compared', () => {
  let paperwork: string;
  let energy: string;

  beforeAll(async () => {
    paperwork = (
      await createCampaign('Vähemmän paperitöitä', new Date('2006-03-01T00:00:00Z'), new Date('2006-04-15T00:00:00Z'))
    ).id;
    energy = (
      await createCampaign('Energiansäästö', new Date('2006-04-20T00:00:00Z'), new Date('2006-06-01T00:00:00Z'))
    ).id;
    // Outside the period: not compared.
    await createCampaign('Vanha haku', new Date('2005-01-01T00:00:00Z'), new Date('2005-02-01T00:00:00Z'));
    const S = IdeaStatus;
    // A candidate twice over (back and forth) counts once.
    const moved = await campaignIdea(paperwork, S.SHORTLISTED, [
      S.SUBMITTED,
      S.PUBLISHED,
      S.SHORTLISTED,
      S.PUBLISHED,
      S.SHORTLISTED,
    ]);
    await campaignIdea(paperwork, S.IMPLEMENTED);
    await campaignIdea(paperwork, S.SUBMITTED);
    await campaignIdea(null, S.PUBLISHED);
    const voter = await createUser(db);
    await db.vote.create({ data: { ideaId: moved.id, userId: voter.id } });
    // Its author comments on it too: still one participant.
    const own = await db.idea.findUniqueOrThrow({ where: { id: moved.id }, select: { authorId: true } });
    await db.comment.create({ data: { ideaId: moved.id, authorId: own.authorId, body: 'Lisätietoa.' } });
  });

  it('counts each campaign\u2019s ideas once per stage and its different participants', async () => {
    const campaigns = await compareCampaigns(db, period, 'fi');
    const mine = campaigns.filter((campaign) => [paperwork, energy].includes(campaign.id));
    expect(mine.map((campaign) => campaign.title)).toEqual(['Energiansäästö', 'Vähemmän paperitöitä']);
    expect(mine[1]).toMatchObject({
      counts: { submitted: 3, published: 2, candidate: 2, accelerator: 1, implemented: 1 },
      // Three authors and one voter; the commenting author is already counted.
      participants: 4,
    });
    expect(mine[0]).toMatchObject({
      counts: { submitted: 0, published: 0, candidate: 0, accelerator: 0, implemented: 0 },
      participants: 0,
    });
    expect(campaigns.some((campaign) => campaign.title === 'Vanha haku')).toBe(false);
  });

  it('gives a campaign page its funnel: only the campaign\u2019s ideas', async () => {
    const total = await campaignFunnel(db, paperwork);
    expect(total.counts).toEqual({ submitted: 3, published: 2, candidate: 2, accelerator: 1, implemented: 1 });
    expect(total.conversion.candidate).toBe(10_000);
    const funnel = await insightFunnel(db, { ...period, campaign: energy }, 'fi');
    expect(funnel.total.counts.submitted).toBe(0);
  });
});
