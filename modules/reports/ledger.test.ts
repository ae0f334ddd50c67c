import { beforeAll, describe, expect, it } from 'vitest';
import { dateColumn } from '@/modules/accelerator/working-days';
import { IdeaStatus, RewardKind, RewardStatus, type Database } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import {
  createDepartment,
  createIdea,
  createRewardCase,
  createUser,
  unique,
} from '@/modules/platform/testing/factories';
import { ledgerPage, ledgerRows, ledgerTotals, parseLedgerFilter, type LedgerFilter } from './ledger';

async function person(db: Database, departmentId: string, name: string) {
  const user = await createUser(db, { departmentId, name: `${name} ${unique('n')}` });
  return db.user.update({ where: { id: user.id }, data: { employeeNumber: unique('E') } });
}

describe('the reward ledger', () => {
  const db = testDb();
  const filter = (params: Record<string, string>): LedgerFilter => parseLedgerFilter(new URLSearchParams(params));
  let departmentA: string;
  let departmentB: string;
  let aino: Awaited<ReturnType<typeof person>>;
  let eino: Awaited<ReturnType<typeof person>>;
  let helmi: Awaited<ReturnType<typeof person>>;
  let anonymousIdeaId: number;
  const cases: Record<string, number> = {};

  beforeAll(async () => {
    departmentA = (await createDepartment(db)).id;
    departmentB = (await createDepartment(db)).id;
    aino = await person(db, departmentA, 'Aino Ledger');
    eino = await person(db, departmentA, 'Eino Ledger');
    helmi = await person(db, departmentB, 'Helmi Ledger');

    const batch = await db.payrollBatch.create({
      data: { paymentMonth: dateColumn('2026-04-01'), paymentDate: dateColumn('2026-04-15'), paidAt: new Date() },
    });
    const paid = await createRewardCase(db, {
      ideaId: (await createIdea(db, { authorId: aino.id, status: IdeaStatus.IMPLEMENTATION })).id,
      status: RewardStatus.PAID,
      amountCents: 30_001,
      shares: [
        { userId: aino.id, shareBasisPoints: 5_000 },
        { userId: eino.id, shareBasisPoints: 5_000 },
      ],
      decisionNumber: 'HR 12/2026',
      decisionDate: dateColumn('2026-03-10'),
    });
    await db.rewardCase.update({ where: { id: paid.id }, data: { batchId: batch.id, paidAt: new Date() } });
    cases.paid = paid.id;
    cases.decided = (
      await createRewardCase(db, {
        ideaId: (await createIdea(db, { authorId: aino.id, status: IdeaStatus.IMPLEMENTED })).id,
        kind: RewardKind.SAVINGS,
        status: RewardStatus.DECIDED,
        amountCents: 100_000,
        shares: [{ userId: aino.id, shareBasisPoints: 10_000 }],
        decisionDate: dateColumn('2025-12-01'),
      })
    ).id;
    cases.proposed = (
      await createRewardCase(db, {
        ideaId: (await createIdea(db, { authorId: helmi.id, status: IdeaStatus.IMPLEMENTED })).id,
        kind: RewardKind.THANK_YOU,
        amountCents: 10_000,
        shares: [{ userId: helmi.id, shareBasisPoints: 10_000 }],
      })
    ).id;
    await db.rewardCase.update({
      where: { id: cases.proposed },
      data: { createdAt: new Date('2026-02-01T10:00:00Z') },
    });
    const anonymousIdea = await createIdea(db, {
      authorId: eino.id,
      anonymous: true,
      status: IdeaStatus.IMPLEMENTATION,
    });
    anonymousIdeaId = anonymousIdea.id;
    cases.rejected = (
      await createRewardCase(db, {
        ideaId: anonymousIdea.id,
        status: RewardStatus.REJECTED,
        amountCents: 30_000,
        shares: [{ userId: eino.id, shareBasisPoints: 10_000 }],
      })
    ).id;
  });

  it('lists one row per recipient, newest case first, with decision, amount and payment day', async () => {
    const rows = await ledgerPage(db, filter({ department: departmentA }), 'fi');
    expect(rows.map((row) => row.caseId)).toEqual([cases.rejected, cases.decided, cases.paid, cases.paid]);
    expect(rows.slice(0, 2).map((row) => [row.recipientName, row.amountCents])).toEqual([
      [eino.name, 30_000],
      [aino.name, 100_000],
    ]);
    const paidRows = rows.filter((row) => row.caseId === cases.paid);
    expect(paidRows.map((row) => row.recipientName).sort()).toEqual([aino.name, eino.name].sort());
    expect(paidRows.reduce((sum, row) => sum + row.amountCents, 0)).toBe(30_001);
    expect(paidRows[0]).toMatchObject({
      kind: RewardKind.IMPLEMENTATION,
      status: RewardStatus.PAID,
      decisionNumber: 'HR 12/2026',
      decisionDate: dateColumn('2026-03-10'),
      paidOn: dateColumn('2026-04-15'),
      shareBasisPoints: 5_000,
      departmentName: expect.stringMatching(/^Osasto /),
    });
  });

  it('names anonymous authors: only HR reads the ledger', async () => {
    const [row] = await ledgerPage(db, filter({ department: departmentA, status: RewardStatus.REJECTED }), 'fi');
    expect(row).toMatchObject({
      ideaId: anonymousIdeaId,
      recipientName: eino.name,
      employeeNumber: eino.employeeNumber,
    });
  });

  it('totals the whole filter (count, sum and per status), not just the page', async () => {
    const department = filter({ department: departmentA });
    expect(await ledgerPage(db, department, 'fi', { limit: 1 })).toHaveLength(1);
    expect(await ledgerTotals(db, department)).toEqual({
      count: 4,
      amountCents: 30_001 + 100_000 + 30_000,
      byStatus: [
        { status: RewardStatus.DECIDED, count: 1, amountCents: 100_000 },
        { status: RewardStatus.PAID, count: 2, amountCents: 30_001 },
        { status: RewardStatus.REJECTED, count: 1, amountCents: 30_000 },
      ],
    });
  });

  it('filters by status, kind, department and person (name or employee number)', async () => {
    const caseIds = async (params: Record<string, string>) =>
      (await ledgerPage(db, filter(params), 'fi')).map((row) => `${row.caseId}:${row.userId}`);
    expect(await caseIds({ department: departmentA, status: 'PAID' })).toHaveLength(2);
    expect(await caseIds({ department: departmentA, kind: 'SAVINGS' })).toEqual([`${cases.decided}:${aino.id}`]);
    expect(await caseIds({ department: departmentB })).toEqual([`${cases.proposed}:${helmi.id}`]);
    expect(await caseIds({ person: aino.name.slice(0, -2).toLowerCase() })).toEqual(
      expect.arrayContaining([`${cases.decided}:${aino.id}`, `${cases.paid}:${aino.id}`]),
    );
    expect(await caseIds({ person: aino.name })).toHaveLength(2);
    expect(await caseIds({ person: eino.employeeNumber! })).toEqual([
      `${cases.rejected}:${eino.id}`,
      `${cases.paid}:${eino.id}`,
    ]);
    expect(await caseIds({ person: '100%_' })).toEqual([]);
  });

  it('filters a period by decision date or by proposal date, both ends included', async () => {
    const count = async (params: Record<string, string>) =>
      (await ledgerTotals(db, filter({ department: departmentA, ...params }))).count;
    expect(await count({ from: '2026-03-10', to: '2026-03-10' })).toBe(2);
    expect(await count({ from: '2025-12-01', to: '2026-03-09' })).toBe(1);
    expect(await count({ to: '2025-11-30' })).toBe(0);
    const proposedInB = (params: Record<string, string>) =>
      ledgerTotals(db, filter({ department: departmentB, basis: 'proposal', ...params }));
    expect((await proposedInB({ from: '2026-02-01', to: '2026-02-01' })).count).toBe(1);
    expect((await proposedInB({ from: '2026-02-02' })).count).toBe(0);
  });

  it('pages by keyset without gaps or repeats, and the export iterator yields the same rows', async () => {
    const all = await ledgerPage(db, filter({ department: departmentA }), 'fi');
    const first = await ledgerPage(db, filter({ department: departmentA }), 'fi', { limit: 3 });
    const last = first[first.length - 1]!;
    const second = await ledgerPage(db, filter({ department: departmentA }), 'fi', {
      limit: 3,
      after: { caseId: last.caseId, userId: last.userId },
    });
    expect([...first, ...second]).toEqual(all);
    const streamed = [];
    for await (const row of ledgerRows(db, filter({ department: departmentA }), 'fi', 1)) streamed.push(row);
    expect(streamed).toEqual(all);
  });

  it('treats malformed filter values as not given', () => {
    expect(parseLedgerFilter(new URLSearchParams('status=nope&from=2026-13-45&department=x&person=%20'))).toEqual({
      basis: 'decision',
    });
  });
});
