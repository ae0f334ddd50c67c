import { beforeAll, describe, expect, it } from 'vitest';
import { IdeaStatus, type Database } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { createDepartment, createIdea } from '@/modules/platform/testing/factories';
import { insightFunnel } from './insight-funnel';

const db = testDb();
// A period of its own: nothing else in the test database was sent then.
const period = { from: '2009-05-01', to: '2009-05-31' };
const sent = new Date('2009-05-10T09:00:00Z');

/** An idea sent in the period, now in `status`, whose timeline went through `path` an hour apart. */
async function ideaThrough(database: Database, status: IdeaStatus, path: IdeaStatus[], departmentIds: string[]) {
  const idea = await createIdea(database, { status, departmentIds, publishedAt: null });
  await database.idea.update({ where: { id: idea.id }, data: { submittedAt: sent } });
  let from: IdeaStatus = IdeaStatus.DRAFT;
  for (const [index, to] of path.entries()) {
    await database.ideaEvent.create({
      data: {
        ideaId: idea.id,
        type: 'STATUS_CHANGED',
        fromStatus: from,
        toStatus: to,
        createdAt: new Date(sent.getTime() + index * 3_600_000),
      },
    });
    from = to;
  }
  return idea;
}

describe('insight funnel', () => {
  let north: string;
  let south: string;

  beforeAll(async () => {
    north = (await createDepartment(db)).id;
    south = (await createDepartment(db)).id;
    const S = IdeaStatus;
    // Shortlisted, back to published, shortlisted again: a candidate once.
    await ideaThrough(
      db,
      S.SHORTLISTED,
      [S.SUBMITTED, S.PUBLISHED, S.SHORTLISTED, S.PUBLISHED, S.SHORTLISTED],
      [north],
    );
    // Declined after evaluation: it still reached the accelerator.
    await ideaThrough(db, S.DECLINED, [S.SUBMITTED, S.PUBLISHED, S.SHORTLISTED, S.EVALUATION, S.DECLINED], [north]);
    // Implemented, concerning both departments: once in each row, once in the total.
    await ideaThrough(
      db,
      S.IMPLEMENTED,
      [S.SUBMITTED, S.PUBLISHED, S.SHORTLISTED, S.EVALUATION, S.IMPLEMENTATION, S.IMPLEMENTED],
      [north, south],
    );
    // Still waiting for moderation.
    await ideaThrough(db, S.SUBMITTED, [S.SUBMITTED], [south]);
    // Archived after implementation: the timeline says how far it got.
    await ideaThrough(
      db,
      S.ARCHIVED,
      [S.SUBMITTED, S.PUBLISHED, S.SHORTLISTED, S.EVALUATION, S.IMPLEMENTATION, S.IMPLEMENTED, S.ARCHIVED],
      [south],
    );
  });

  it('counts each idea once per stage it reached, however often it moved back and forth', async () => {
    const funnel = await insightFunnel(db, { ...period, department: north }, 'fi');
    expect(funnel.total.counts).toEqual({ submitted: 3, published: 3, candidate: 3, accelerator: 2, implemented: 1 });
    expect(funnel.total.conversion).toEqual({
      submitted: null,
      published: 10_000,
      candidate: 10_000,
      accelerator: 6_667,
      implemented: 5_000,
    });
    expect(funnel.departments.map((row) => row.departmentId)).toEqual([north]);
  });

  it('counts an idea of two departments in each department and once in the total', async () => {
    const funnel = await insightFunnel(db, period, 'fi');
    const row = (id: string) => funnel.departments.find((department) => department.departmentId === id)!.counts;
    expect(row(north)).toEqual({ submitted: 3, published: 3, candidate: 3, accelerator: 2, implemented: 1 });
    expect(row(south)).toEqual({ submitted: 3, published: 2, candidate: 2, accelerator: 2, implemented: 2 });
    expect(funnel.total.counts).toEqual({ submitted: 5, published: 4, candidate: 4, accelerator: 3, implemented: 2 });
  });

  it('leaves out ideas sent outside the period', async () => {
    const funnel = await insightFunnel(db, { from: '2009-06-01', to: '2009-06-30', department: north }, 'fi');
    expect(funnel.total.counts.submitted).toBe(0);
    expect(funnel.total.conversion.published).toBeNull();
  });
});
