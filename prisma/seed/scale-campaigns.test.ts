import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '@/modules/platform/database/provision';
import { createPrismaClient, IdeaStatus, type Database } from '@/modules/platform/db/client';
import { createEmptyDatabase } from '@/modules/platform/testing/database';
import { isScaleCampaignsLoaded, loadScaleCampaigns } from './scale-campaigns';

const DAY = 24 * 3600_000;

describe('scale campaigns', () => {
  let db: Database;
  let url: string;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const database = await createEmptyDatabase('scale-campaigns');
    ({ url, drop } = database);
    await migrateDatabase(url);
    db = createPrismaClient({ connectionString: url });
  }, 120_000);

  afterAll(async () => {
    await db.$disconnect();
    await drop();
  });

  it('adds ten closed campaigns and one open for the first department, with ideas posted inside their windows', async () => {
    const first = await db.department.create({
      data: { slug: 'a', nameFi: 'A', nameSv: 'A', nameEn: 'A', sortOrder: 0 },
    });
    const other = await db.department.create({
      data: { slug: 'b', nameFi: 'B', nameSv: 'B', nameEn: 'B', sortOrder: 1 },
    });
    const insider = await db.user.create({ data: { name: 'Sisällä', departmentId: first.id } });
    const outsider = await db.user.create({ data: { name: 'Ulkona', departmentId: other.id } });
    const now = Date.now();
    const idea = (id: number, authorId: string, daysAgo: number) =>
      db.idea.create({
        data: {
          id,
          title: `Idea ${id}`,
          body: 'Kuvaus',
          status: IdeaStatus.IMPLEMENTED,
          authorId,
          createdAt: new Date(now - daysAgo * DAY),
        },
      });
    await idea(4, outsider.id, 130); // inside the first closed window (160 to 100 days ago)
    await idea(5, outsider.id, 130); // not every fourth
    await idea(8, outsider.id, 50); // between windows
    await idea(12, insider.id, 10); // the open one, from its department
    await idea(16, outsider.id, 10); // the open one, but from elsewhere

    expect(await isScaleCampaignsLoaded(url)).toBe(false);
    await loadScaleCampaigns(url, () => {});
    expect(await isScaleCampaignsLoaded(url)).toBe(true);

    const campaigns = await db.campaign.findMany({ include: { departments: true } });
    expect(campaigns).toHaveLength(11);
    const open = campaigns.filter((campaign) => campaign.opensAt.getTime() <= now && now < campaign.closesAt.getTime());
    expect(open).toHaveLength(1);
    expect(open[0]!.departments.map((link) => link.departmentId)).toEqual([first.id]);
    const posted = await db.idea.findMany({
      where: { campaignId: { not: null } },
      select: { id: true },
      orderBy: { id: 'asc' },
    });
    expect(posted.map((row) => row.id)).toEqual([4, 12]);
  });
});
