import { describe, expect, it } from 'vitest';
import { dateColumn } from '@/modules/accelerator/working-days';
import { RewardStatus } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { createDepartment, createRewardCase, createUser } from '@/modules/platform/testing/factories';
import { budgetYear, parseBudgetYear } from './budgets';

const db = testDb();
const now = new Date('2026-11-26T10:00:00Z');

describe('reward budgets per department', () => {
  it('shows budget, used (decided, batched, paid in the year), proposed (this year) and left', async () => {
    const department = await createDepartment(db);
    const unbudgeted = await createDepartment(db);
    const [person, other] = await Promise.all([
      createUser(db, { departmentId: department.id }),
      createUser(db, { departmentId: unbudgeted.id }),
    ]);
    await db.rewardBudget.create({ data: { departmentId: department.id, year: 2026, amountCents: 1_000_000 } });
    const reward = (status: RewardStatus, amountCents: number, decisionDate?: string, userId = person.id) =>
      createRewardCase(db, {
        status,
        amountCents,
        shares: [{ userId, shareBasisPoints: 10_000 }],
        ...(decisionDate ? { decisionDate: dateColumn(decisionDate) } : {}),
      });
    await reward(RewardStatus.DECIDED, 30_000, '2026-03-01');
    await reward(RewardStatus.PAID, 50_000, '2026-02-01');
    await reward(RewardStatus.BATCHED, 10_000, '2026-10-01');
    await reward(RewardStatus.DECIDED, 100_000, '2025-12-31');
    await reward(RewardStatus.PROPOSED, 30_000);
    await reward(RewardStatus.ENDORSED, 10_000);
    await reward(RewardStatus.REJECTED, 99_900);
    await reward(RewardStatus.DECIDED, 7_000, '2026-05-05', other.id);

    const year = await budgetYear(db, 2026, 'fi', now);
    expect(year.rows.find((row) => row.departmentId === department.id)).toEqual({
      departmentId: department.id,
      departmentName: department.nameFi,
      budgetCents: 1_000_000,
      usedCents: 90_000,
      proposedCents: 40_000,
      leftCents: 910_000,
      leftAfterProposedCents: 870_000,
    });
    expect(year.rows.find((row) => row.departmentId === unbudgeted.id)).toMatchObject({
      budgetCents: null,
      usedCents: 7_000,
      leftCents: null,
    });
    // Last year: no budget set, its own decisions; proposals count against the current year only.
    expect((await budgetYear(db, 2025, 'fi', now)).rows.find((row) => row.departmentId === department.id)).toEqual(
      expect.objectContaining({ budgetCents: null, usedCents: 100_000, proposedCents: 0, leftCents: null }),
    );
  });

  it('reads the year from the query, the current one otherwise', () => {
    expect(parseBudgetYear(new URLSearchParams('year=2027'), now)).toBe(2027);
    expect(parseBudgetYear(new URLSearchParams('year=12'), now)).toBe(2026);
    expect(parseBudgetYear(new URLSearchParams(''), now)).toBe(2026);
  });
});
