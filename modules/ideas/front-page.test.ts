import { describe, expect, it } from 'vitest';
import { IdeaStatus } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { createCategory, createIdea, createUser } from '@/modules/platform/testing/factories';
import { FRONT_PAGE_LIST_SIZE, loadFrontPageLists } from './front-page';

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
