import { beforeAll, describe, expect, it } from 'vitest';
import { IdeaStatus } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { createDepartment, createIdea } from '@/modules/platform/testing/factories';
import { overdueCounts, timeInStages } from './insight-stages';

const db = testDb();
const period = { from: '2008-03-01', to: '2008-03-31' };
const sent = new Date('2008-03-03T08:00:00Z');
const hour = 3_600_000;

/** An idea sent in the period whose timeline entered each stage `hours` after it was sent. */
async function ideaWithTimeline(departmentId: string, status: IdeaStatus, path: [IdeaStatus, number][]) {
  const idea = await createIdea(db, { status, departmentIds: [departmentId], publishedAt: null });
  await db.idea.update({ where: { id: idea.id }, data: { submittedAt: sent } });
  for (const [to, hours] of path)
    await db.ideaEvent.create({
      data: {
        ideaId: idea.id,
        type: 'STATUS_CHANGED',
        toStatus: to,
        createdAt: new Date(sent.getTime() + hours * hour),
      },
    });
  return idea;
}

describe('time in each stage', () => {
  let department: string;

  beforeAll(async () => {
    department = (await createDepartment(db)).id;
    const S = IdeaStatus;
    // Published 2–5 h and 6–10 h (7 h in all), a candidate 5–6 h and 10–11 h (2 h), in evaluation since.
    await ideaWithTimeline(department, S.EVALUATION, [
      [S.SUBMITTED, 0],
      [S.PUBLISHED, 2],
      [S.SHORTLISTED, 5],
      [S.PUBLISHED, 6],
      [S.SHORTLISTED, 10],
      [S.EVALUATION, 11],
    ]);
    // Published for one hour, then declined.
    await ideaWithTimeline(department, S.DECLINED, [
      [S.SUBMITTED, 0],
      [S.PUBLISHED, 4],
      [S.DECLINED, 5],
    ]);
  });

  it('sums each idea\u2019s stays in a stage and takes the median and 90th percentile over ideas', async () => {
    const stages = await timeInStages(db, { ...period, department });
    const stage = (name: string) => stages.find((row) => row.stage === name)!;
    // Published: 7 h and 1 h → median 4 h, 90th percentile 1 h + 0.9 × 6 h = 6.4 h.
    expect(stage('published')).toEqual({
      stage: 'published',
      ideas: 2,
      medianSeconds: 4 * 3600,
      p90Seconds: 6.4 * 3600,
      stillThere: 0,
    });
    expect(stage('submitted')).toMatchObject({ ideas: 2, medianSeconds: 3 * 3600 });
    expect(stage('shortlisted')).toMatchObject({ ideas: 1, medianSeconds: 2 * 3600, p90Seconds: 2 * 3600 });
    // Still in evaluation: not measured yet, counted as there.
    expect(stage('evaluation')).toEqual({
      stage: 'evaluation',
      ideas: 0,
      medianSeconds: null,
      p90Seconds: null,
      stillThere: 1,
    });
  });

  it('counts ideas waiting for moderation beyond the setting\u2019s hours and evaluations past their due day', async () => {
    const late = await createDepartment(db);
    const now = new Date('2030-01-15T12:00:00Z');
    const waiting = await createIdea(db, { status: IdeaStatus.SUBMITTED, departmentIds: [late.id], publishedAt: null });
    const fresh = await createIdea(db, { status: IdeaStatus.SUBMITTED, departmentIds: [late.id], publishedAt: null });
    await db.idea.update({ where: { id: waiting.id }, data: { submittedAt: new Date(now.getTime() - 1000 * hour) } });
    await db.idea.update({ where: { id: fresh.id }, data: { submittedAt: now } });
    const overdue = await createIdea(db, { status: IdeaStatus.EVALUATION, departmentIds: [late.id] });
    const onTime = await createIdea(db, { status: IdeaStatus.EVALUATION, departmentIds: [late.id] });
    await db.acceleratorCard.createMany({
      data: [
        { ideaId: overdue.id, stage: IdeaStatus.EVALUATION, evaluationDueOn: new Date('2030-01-14') },
        { ideaId: onTime.id, stage: IdeaStatus.EVALUATION, evaluationDueOn: new Date('2030-01-15') },
      ],
    });
    const counts = await overdueCounts(db, { ...period, department: late.id }, now);
    expect(counts).toMatchObject({ moderation: 1, evaluations: 1, work: 0 });
    expect(counts.moderationHours).toBeGreaterThan(0);
  });
});
