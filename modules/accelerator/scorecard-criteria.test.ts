import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '@/modules/platform/database/provision';
import { createPrismaClient, Role, type Database } from '@/modules/platform/db/client';
import { createEmptyDatabase } from '@/modules/platform/testing/database';
import { actorOf, createUser, testOrigin } from '@/modules/platform/testing/factories';
import { allCriteria, saveScorecard } from './scorecard-criteria';
import type { Criterion } from './scorecard';

// The scorecard is one for the whole organisation: changing it in the shared test database would
// change other tests' weighted totals, so these tests get a database of their own.
describe('the scorecard criteria', () => {
  let db: Database;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const database = await createEmptyDatabase('scorecard');
    drop = database.drop;
    await migrateDatabase(database.url);
    db = createPrismaClient({ connectionString: database.url, poolSize: 2 });
  });

  afterAll(async () => {
    await db.$disconnect();
    await drop();
  });

  const asRows = (criteria: Criterion[]) =>
    criteria.map(
      ({ id, nameFi, nameSv, nameEn, descriptionFi, descriptionSv, descriptionEn, weight, active, sortOrder }) => ({
        id,
        nameFi,
        nameSv,
        nameEn,
        descriptionFi,
        descriptionSv,
        descriptionEn,
        weight,
        active,
        sortOrder,
      }),
    );

  it('starts with the six default criteria weighing 100 together', async () => {
    const criteria = await allCriteria(db);
    expect(criteria.map((criterion) => criterion.slug)).toEqual([
      'impact',
      'financial-benefit',
      'feasibility',
      'cost-and-effort',
      'strategy-fit',
      'wellbeing-and-safety',
    ]);
    expect(criteria.reduce((sum, criterion) => sum + criterion.weight, 0)).toBe(100);
  });

  it('lets only an administrator change it, and only so that the weights in use sum to 100', async () => {
    const admin = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] }));
    const coordinator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.COORDINATOR] }));
    const rows = asRows(await allCriteria(db));
    expect(await saveScorecard(db, coordinator, { criteria: rows }, testOrigin)).toMatchObject({
      message: 'errors.forbidden',
    });

    const [impact, financial, ...rest] = rows;
    if (!impact || !financial) throw new Error('defaults missing');
    const heavier = { criteria: [{ ...impact, weight: impact.weight + 5 }, financial, ...rest] };
    expect(await saveScorecard(db, admin, heavier, testOrigin)).toMatchObject({
      ok: false,
      fieldErrors: { weights: ['admin.scorecard.errors.weightsSum'] },
    });

    // Financial benefit out of use, its 20 points to impact, and a new criterion with none.
    const reshaped = {
      criteria: [
        { ...impact, weight: impact.weight + financial.weight },
        { ...financial, active: false },
        ...rest,
        {
          ...impact,
          id: '',
          nameFi: 'Ilmastovaikutus',
          nameSv: 'Klimatpåverkan',
          nameEn: 'Climate impact',
          weight: 0,
          sortOrder: 7,
        },
      ],
    };
    expect(await saveScorecard(db, admin, reshaped, testOrigin)).toEqual({
      ok: true,
      message: 'admin.scorecard.saved',
    });
    const saved = await allCriteria(db);
    expect(saved).toHaveLength(7);
    expect(saved.filter((criterion) => criterion.active).reduce((sum, criterion) => sum + criterion.weight, 0)).toBe(
      100,
    );
    expect(saved.find((criterion) => criterion.slug === 'financial-benefit')?.active).toBe(false);
    expect(saved.find((criterion) => criterion.nameEn === 'Climate impact')?.weight).toBe(0);
    expect(await db.auditLog.count({ where: { action: 'settings.scorecard' } })).toBe(1);

    const noneActive = { criteria: asRows(saved).map((row) => ({ ...row, active: false })) };
    expect(await saveScorecard(db, admin, noneActive, testOrigin)).toMatchObject({
      fieldErrors: { weights: ['admin.scorecard.errors.noneActive'] },
    });
    const unnamed = { criteria: asRows(saved).map((row, index) => (index === 0 ? { ...row, nameSv: ' ' } : row)) };
    expect(await saveScorecard(db, admin, unnamed, testOrigin)).toMatchObject({
      fieldErrors: { 'criteria.0.nameSv': ['admin.scorecard.errors.nameTooShort'] },
    });
  });
});
