import { describe, expect, it } from 'vitest';
import { saveIdea } from '@/modules/ideas/mutations';
import { IdeaStatus } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import {
  actorOf,
  createCampaign,
  createCategory,
  createDepartment,
  createUser,
} from '@/modules/platform/testing/factories';
import { campaignsOpenTo } from './queries';

const origin = { ip: '10.0.0.1', userAgent: 'vitest', requestId: 'test' };
const day = 24 * 3600_000;

describe('posting an idea into a campaign', () => {
  const db = testDb();

  async function form(overrides: Record<string, unknown> = {}) {
    const category = await createCategory(db);
    return {
      title: 'Kirjaukset suoraan mobiililaitteella',
      body: 'Kotihoidon käynnin kirjaukset tehdään nyt toimistolla jälkikäteen. Mobiilikirjaus säästäisi aikaa.',
      categoryId: category.id,
      departmentIds: [],
      expectedSavingsEur: '',
      expectedHoursSaved: '',
      expectedBenefitNote: '',
      coAuthorIds: [],
      anonymous: false,
      intent: 'submit',
      ...overrides,
    };
  }

  it('takes an idea into an open campaign and sends it to moderation', async () => {
    const author = actorOf(await createUser(db));
    const campaign = await createCampaign(db);
    const saved = await saveIdea(db, author, await form({ campaignId: campaign.id }), origin);
    expect(saved).toMatchObject({ ok: true, message: 'ideas.form.submitted' });
    const idea = await db.idea.findUniqueOrThrow({ where: { id: saved.id! } });
    expect(idea).toMatchObject({ campaignId: campaign.id, status: IdeaStatus.SUBMITTED });
  });

  it('refuses a closed campaign with a message on the campaign field, and saves nothing', async () => {
    const author = actorOf(await createUser(db));
    const campaign = await createCampaign(db, {
      opensAt: new Date(Date.now() - 30 * day),
      closesAt: new Date(Date.now() - 1000),
    });
    const before = await db.idea.count({ where: { authorId: author.id } });
    for (const intent of ['submit', 'draft']) {
      const refused = await saveIdea(db, author, await form({ campaignId: campaign.id, intent }), origin);
      expect(refused).toEqual({
        ok: false,
        message: 'errors.invalid',
        fieldErrors: { campaignId: ['campaigns.posting.closed'] },
      });
    }
    expect(await db.idea.count({ where: { authorId: author.id } })).toBe(before);
  });

  it('refuses a campaign that has not opened yet', async () => {
    const author = actorOf(await createUser(db));
    const campaign = await createCampaign(db, {
      opensAt: new Date(Date.now() + day),
      closesAt: new Date(Date.now() + 30 * day),
    });
    const refused = await saveIdea(db, author, await form({ campaignId: campaign.id }), origin);
    expect(refused.fieldErrors).toEqual({ campaignId: ['campaigns.posting.notOpenYet'] });
  });

  it('refuses to submit a draft whose campaign closed after it was saved', async () => {
    const author = actorOf(await createUser(db));
    const campaign = await createCampaign(db);
    const fields = await form({ campaignId: campaign.id, intent: 'draft' });
    const draft = await saveIdea(db, author, fields, origin);
    expect(draft.ok).toBe(true);
    await db.campaign.update({ where: { id: campaign.id }, data: { closesAt: new Date(Date.now() - 1000) } });
    const refused = await saveIdea(db, author, { ...fields, ideaId: draft.id, intent: 'submit' }, origin);
    expect(refused.fieldErrors).toEqual({ campaignId: ['campaigns.posting.closed'] });
    expect(await db.idea.findUniqueOrThrow({ where: { id: draft.id! }, select: { status: true } })).toEqual({
      status: IdeaStatus.DRAFT,
    });
    // Without the campaign the same draft goes.
    const sent = await saveIdea(db, author, { ...fields, ideaId: draft.id, intent: 'submit', campaignId: '' }, origin);
    expect(sent).toMatchObject({ ok: true, message: 'ideas.form.submitted' });
  });

  it('takes ideas only from the departments a campaign is aimed at, and offers it only to them', async () => {
    const homeCare = await createDepartment(db);
    const schools = await createDepartment(db);
    const campaign = await createCampaign(db, { departmentIds: [homeCare.id] });
    const nurse = await createUser(db, { departmentId: homeCare.id });
    const teacher = await createUser(db, { departmentId: schools.id });
    const unassigned = await createUser(db);

    const accepted = await saveIdea(db, actorOf(nurse), await form({ campaignId: campaign.id }), origin);
    expect(accepted.ok).toBe(true);
    for (const outsider of [teacher, unassigned]) {
      const refused = await saveIdea(db, actorOf(outsider), await form({ campaignId: campaign.id }), origin);
      expect(refused.fieldErrors).toEqual({ campaignId: ['campaigns.posting.notInAudience'] });
    }
    const offered = async (userId: string) =>
      (await campaignsOpenTo(db, userId, 'fi', new Date())).map((row) => row.id);
    expect(await offered(nurse.id)).toContain(campaign.id);
    expect(await offered(teacher.id)).not.toContain(campaign.id);
    expect(await offered(unassigned.id)).not.toContain(campaign.id);
  });

  it('limits the category to the campaign’s own', async () => {
    const author = actorOf(await createUser(db));
    const allowed = await createCategory(db);
    const campaign = await createCampaign(db);
    await db.campaignCategory.create({ data: { campaignId: campaign.id, categoryId: allowed.id } });
    const refused = await saveIdea(db, author, await form({ campaignId: campaign.id }), origin);
    expect(refused.fieldErrors).toEqual({ categoryId: ['campaigns.posting.categoryNotInCampaign'] });
    const accepted = await saveIdea(
      db,
      author,
      await form({ campaignId: campaign.id, categoryId: allowed.id }),
      origin,
    );
    expect(accepted.ok).toBe(true);
  });

  it('publishes at once in a post-moderated campaign and waits in a pre-moderated one, whatever the site says', async () => {
    const author = actorOf(await createUser(db));
    const post = await createCampaign(db);
    await db.campaign.update({ where: { id: post.id }, data: { moderationMode: 'post' } });
    const published = await saveIdea(db, author, await form({ campaignId: post.id }), origin);
    expect(published).toMatchObject({ ok: true, message: 'ideas.form.published' });
    expect(
      await db.idea.findUniqueOrThrow({ where: { id: published.id! }, select: { status: true, awaitingReview: true } }),
    ).toEqual({ status: IdeaStatus.PUBLISHED, awaitingReview: true });

    // The site under post-moderation; a campaign of pre-moderation still holds its ideas for a moderator.
    await db.appSetting.upsert({
      where: { key: 'moderation.mode' },
      create: { key: 'moderation.mode', value: 'post' },
      update: { value: 'post' },
    });
    try {
      const pre = await createCampaign(db);
      await db.campaign.update({ where: { id: pre.id }, data: { moderationMode: 'pre' } });
      const held = await saveIdea(db, author, await form({ campaignId: pre.id }), origin);
      expect(held).toMatchObject({ ok: true, message: 'ideas.form.submitted' });
      const outside = await saveIdea(db, author, await form(), origin);
      expect(outside).toMatchObject({ ok: true, message: 'ideas.form.published' });
    } finally {
      await db.appSetting.delete({ where: { key: 'moderation.mode' } });
    }
  });

  it('keeps a submitted idea in its campaign when it is edited later', async () => {
    const author = actorOf(await createUser(db));
    const campaign = await createCampaign(db);
    const other = await createCampaign(db);
    const fields = await form({ campaignId: campaign.id });
    const saved = await saveIdea(db, author, fields, origin);
    await saveIdea(db, author, { ...fields, ideaId: saved.id, intent: 'draft', campaignId: other.id }, origin);
    expect(await db.idea.findUniqueOrThrow({ where: { id: saved.id! }, select: { campaignId: true } })).toEqual({
      campaignId: campaign.id,
    });
  });
});
