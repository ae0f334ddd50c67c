import { beforeAll, describe, expect, it } from 'vitest';
import { IdeaStatus } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { createCategory, createIdea, createUser } from '@/modules/platform/testing/factories';
import { listNewestPublicIdeas } from './queries';

describe('listNewestPublicIdeas', () => {
  const db = testDb();
  // Dates in the future keep this file's ideas at the top, whatever other test files insert.
  const base = new Date('2099-01-01T00:00:00Z').getTime();
  const at = (minutes: number) => new Date(base + minutes * 60_000);
  const titles: Record<string, string> = {};

  beforeAll(async () => {
    const author = await createUser(db, { name: 'Maija Meikäläinen' });
    const category = await createCategory(db, { nameFi: 'Ympäristö', nameSv: 'Miljö', nameEn: 'Environment' });
    const make = async (key: string, status: IdeaStatus, minutes: number, extra: { anonymous?: boolean } = {}) => {
      const idea = await createIdea(db, {
        authorId: author.id,
        categoryId: category.id,
        status,
        publishedAt: at(minutes),
        ...extra,
      });
      titles[key] = idea.title;
    };
    await make('older', IdeaStatus.PUBLISHED, 1);
    await make('newest', IdeaStatus.IMPLEMENTED, 5);
    await make('anonymous', IdeaStatus.SHORTLISTED, 4, { anonymous: true });
    await make('submitted', IdeaStatus.SUBMITTED, 6);
    await make('rejected', IdeaStatus.REJECTED, 7);
    await make('hidden', IdeaStatus.HIDDEN, 8);
  });

  it('lists only ideas colleagues may see, newest first', async () => {
    const listed = (await listNewestPublicIdeas(db, 'fi', 3)).map((idea) => idea.title);
    expect(listed).toEqual([titles.newest, titles.anonymous, titles.older]);
  });

  it('never reveals the name of an author who chose to stay anonymous', async () => {
    const listed = await listNewestPublicIdeas(db, 'fi', 3);
    const anonymous = listed.find((idea) => idea.title === titles.anonymous);
    expect(anonymous?.authorName).toBeNull();
    expect(JSON.stringify(anonymous)).not.toContain('Meikäläinen');
    expect(listed.find((idea) => idea.title === titles.older)?.authorName).toBe('Maija Meikäläinen');
  });

  it('names the category in the reader’s language', async () => {
    const [fi] = await listNewestPublicIdeas(db, 'fi', 1);
    const [sv] = await listNewestPublicIdeas(db, 'sv', 1);
    const [en] = await listNewestPublicIdeas(db, 'en', 1);
    expect([fi?.categoryName, sv?.categoryName, en?.categoryName]).toEqual(['Ympäristö', 'Miljö', 'Environment']);
  });
});
