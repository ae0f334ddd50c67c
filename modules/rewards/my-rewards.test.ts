import { describe, expect, it } from 'vitest';
import { RewardKind, RewardStatus, Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createRewardCase, createUser, unique } from '@/modules/platform/testing/factories';
import { carriesMoney, listMyRewards } from './my-rewards';

describe('own rewards (Omat palkkiot)', () => {
  const db = testDb();

  it('lists each of the person’s own shares with their own amount and percentage only, newest first', async () => {
    const [author, coAuthor, colleague] = await Promise.all([createUser(db), createUser(db), createUser(db)]);
    const idea = await createIdea(db, { authorId: author.id });
    const shared = await createRewardCase(db, {
      ideaId: idea.id,
      status: RewardStatus.PAID,
      amountCents: 30_000,
      shares: [
        { userId: author.id, shareBasisPoints: 6_000 },
        { userId: coAuthor.id, shareBasisPoints: 4_000 },
      ],
      decisionNumber: 'HR 12/2026',
    });
    const paidAt = new Date('2026-10-15T10:00:00Z');
    const batch = await db.payrollBatch.create({
      data: { paymentMonth: new Date(Date.UTC(2026, 9, 1)), paidAt, paymentDate: new Date(Date.UTC(2026, 9, 15)) },
    });
    // Inserted in its status (the chain guards only updates of the status).
    await db.$executeRaw`UPDATE reward_cases SET batch_id = ${batch.id}, paid_at = ${paidAt} WHERE id = ${shared.id}`;
    const newer = await createRewardCase(db, { ideaId: idea.id, kind: RewardKind.THANK_YOU, amountCents: 10_000 });
    await createRewardCase(db, { shares: [{ userId: colleague.id, shareBasisPoints: 10_000 }], amountCents: 77_700 });

    const mine = await listMyRewards(db, actorOf(coAuthor));
    expect(mine).toHaveLength(1);
    expect(mine![0]).toMatchObject({
      caseId: shared.id,
      idea: { id: idea.id, title: idea.title },
      kind: RewardKind.IMPLEMENTATION,
      status: RewardStatus.PAID,
      amountCents: 12_000,
      shareBasisPoints: 4_000,
      shared: true,
      decisionNumber: 'HR 12/2026',
      decisionDate: new Date(Date.UTC(2026, 10, 2)),
      paidOn: new Date(Date.UTC(2026, 9, 15)),
      lastStepAt: paidAt,
    });
    // Neither the total nor the author's share is anywhere in what the page receives.
    const sent = JSON.stringify(mine);
    expect(sent).not.toContain('30000');
    expect(sent).not.toContain('18000');
    expect(sent).not.toContain('77700');

    const authors = await listMyRewards(db, actorOf(author));
    expect(authors!.map((row) => [row.caseId, row.amountCents, row.decisionNumber])).toEqual([
      [newer.id, 10_000, null],
      [shared.id, 18_000, 'HR 12/2026'],
    ]);
  });

  it('shows a colleague none of someone else’s rewards, and nobody signed out anything', async () => {
    const [author, colleague] = await Promise.all([createUser(db), createUser(db)]);
    await createRewardCase(db, { ideaId: (await createIdea(db, { authorId: author.id })).id });
    expect(await listMyRewards(db, actorOf(colleague))).toEqual([]);
    const hr = await createUser(db, { roles: [Role.EMPLOYEE, Role.HR] });
    expect(await listMyRewards(db, actorOf(hr))).toEqual([]);
    expect(await listMyRewards(db, null)).toBeNull();
    expect(await listMyRewards(db, { ...actorOf(author), active: false })).toBeNull();
  });

  it('gives the rejection reason of a rejected reward and no decision before one is made', async () => {
    const author = await createUser(db);
    const idea = await createIdea(db, { authorId: author.id });
    const rejectedAt = new Date('2026-11-01T08:00:00Z');
    const rejected = await createRewardCase(db, {
      ideaId: idea.id,
      kind: RewardKind.THANK_YOU,
      status: RewardStatus.REJECTED,
    });
    await db.rewardCase.update({
      where: { id: rejected.id },
      data: { rejectedAt, rejectionReason: 'Ei palkitsemisperusteita.' },
    });
    const [row] = (await listMyRewards(db, actorOf(author)))!;
    expect(row).toMatchObject({
      status: RewardStatus.REJECTED,
      rejectionReason: 'Ei palkitsemisperusteita.',
      lastStepAt: rejectedAt,
      decisionNumber: null,
      paidOn: null,
    });
  });

  it('says a decided money reward waits for the reader’s own employee number, and only then', async () => {
    const [author, numbered] = await Promise.all([createUser(db), createUser(db)]);
    await db.user.update({ where: { id: numbered.id }, data: { employeeNumber: unique('EMP') } });
    const idea = await createIdea(db, { authorId: author.id });
    const decided = await createRewardCase(db, {
      ideaId: idea.id,
      status: RewardStatus.DECIDED,
      shares: [
        { userId: author.id, shareBasisPoints: 5_000 },
        { userId: numbered.id, shareBasisPoints: 5_000 },
      ],
    });
    const proposed = await createRewardCase(db, { ideaId: idea.id, kind: RewardKind.THANK_YOU, amountCents: 10_000 });
    const recognised = await createRewardCase(db, {
      ideaId: idea.id,
      kind: RewardKind.RECOGNITION,
      status: RewardStatus.RECOGNISED,
      amountCents: 0,
    });

    const waits = (rows: Awaited<ReturnType<typeof listMyRewards>>) =>
      Object.fromEntries(rows!.map((row) => [row.caseId, row.waitsForEmployeeNumber]));
    const authors = (await listMyRewards(db, actorOf(author)))!;
    expect(waits(authors)).toEqual({ [decided.id]: true, [proposed.id]: false, [recognised.id]: false });
    // Only the proposal is labelled as not decided yet.
    expect(authors.filter((row) => row.undecided).map((row) => row.caseId)).toEqual([proposed.id]);
    // The colleague has a number: nothing waits for theirs, and the author's lack is not theirs to know.
    expect(waits(await listMyRewards(db, actorOf(numbered)))).toEqual({ [decided.id]: false });
  });

  it('tells a reward with money from a recognition or a rejection', () => {
    const base = { kind: RewardKind.IMPLEMENTATION, status: RewardStatus.DECIDED, amountCents: 30_000 };
    expect(carriesMoney(base)).toBe(true);
    expect(carriesMoney({ ...base, kind: RewardKind.RECOGNITION, amountCents: 0 })).toBe(false);
    expect(carriesMoney({ ...base, status: RewardStatus.RECOGNISED, amountCents: 0 })).toBe(false);
    expect(carriesMoney({ ...base, status: RewardStatus.REJECTED })).toBe(false);
  });
});
