import { describe, expect, it } from 'vitest';
import { IdeaStatus } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { createCategory, createIdea, createUser } from '@/modules/platform/testing/factories';
import {
  countedStages,
  FRONT_PAGE_LIST_SIZE,
  loadFrontPageLists,
  loadStageCounts,
  type StageCounts,
} from './front-page';

describe('the front page’s lists', () => {
  const db = testDb();

  it('are trending ideas and recently implemented ones, short, the same for everyone', async () => {
    const author = await createUser(db, { name: 'Piilo Kirjoittaja' });
    const hot = await createIdea(db, { authorId: author.id, anonymous: true });
    await db.idea.update({ where: { id: hot.id }, data: { trendingScore: 1e300 } });
    const later = new Date(Date.now() + 365 * 24 * 3600_000);
    const category = await createCategory(db, { nameFi: 'Ruokapalvelut', nameSv: 'Kostservice', nameEn: 'Catering' });
    const implemented = await createIdea(db, {
      status: IdeaStatus.IMPLEMENTED,
      publishedAt: later,
      categoryId: category.id,
    });
    const draft = await createIdea(db, { status: IdeaStatus.DRAFT });
    await db.idea.update({ where: { id: draft.id }, data: { trendingScore: 1e301 } });

    const lists = await loadFrontPageLists(db, 'fi');
    expect(lists.trending[0]).toMatchObject({ id: hot.id, authorName: null });
    expect(lists.implemented[0]?.id).toBe(implemented.id);
    expect(lists.implemented.every((idea) => idea.status === IdeaStatus.IMPLEMENTED)).toBe(true);
    expect([...lists.trending, ...lists.implemented].map((idea) => idea.id)).not.toContain(draft.id);
    expect(lists.trending.length).toBeLessThanOrEqual(FRONT_PAGE_LIST_SIZE);
    expect(JSON.stringify(lists)).not.toContain('Piilo Kirjoittaja');
    // Category names in the reader's language.
    expect((await loadFrontPageLists(db, 'sv')).implemented[0]?.categoryName).toBe('Kostservice');
  });
});

describe('the front page’s stage counts', () => {
  const db = testDb();

  it('count the ideas in each accelerator stage, and those implemented this year in Helsinki time', async () => {
    const before = await loadStageCounts(db, new Date('2026-06-01T12:00:00Z'));
    const count = (counts: StageCounts, status: IdeaStatus) =>
      counts.stages.find((stage) => stage.status === status)!.count;
    await createIdea(db, { status: IdeaStatus.SHORTLISTED });
    await createIdea(db, { status: IdeaStatus.EXPERIMENT });
    await createIdea(db, { status: IdeaStatus.EXPERIMENT });
    await createIdea(db, { status: IdeaStatus.PUBLISHED });
    // 00:30 on 1 January in Helsinki is still 31 December in UTC.
    const newYear = await createIdea(db, { status: IdeaStatus.IMPLEMENTED });
    await db.idea.update({ where: { id: newYear.id }, data: { statusChangedAt: new Date('2025-12-31T22:30:00Z') } });
    const lastYear = await createIdea(db, { status: IdeaStatus.IMPLEMENTED });
    await db.idea.update({ where: { id: lastYear.id }, data: { statusChangedAt: new Date('2025-12-31T21:30:00Z') } });

    const after = await loadStageCounts(db, new Date('2026-06-01T12:00:00Z'));
    expect(after.stages.map((stage) => stage.status)).toEqual(countedStages);
    expect(count(after, IdeaStatus.SHORTLISTED) - count(before, IdeaStatus.SHORTLISTED)).toBe(1);
    expect(count(after, IdeaStatus.EXPERIMENT) - count(before, IdeaStatus.EXPERIMENT)).toBe(2);
    expect(count(after, IdeaStatus.IMPLEMENTED) - count(before, IdeaStatus.IMPLEMENTED)).toBe(2);
    expect(after.implementedThisYear - before.implementedThisYear).toBe(1);
  });
});
