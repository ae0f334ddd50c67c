import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { findDepartmentIdByClaim } from '@/modules/access/sso';
import type { Actor } from '@/modules/access/permissions';
import { IdeaStatus, Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { eventually } from '@/modules/platform/testing/eventually';
import {
  actorOf,
  createCampaign,
  createCategory,
  createDepartment,
  createIdea,
  createManager,
  createUser,
  testOrigin,
  unique,
} from '@/modules/platform/testing/factories';
import { previewStaffImport } from '@/modules/users/staff-import';
import { mergeTaxonomyEntries } from './merge';
import { setTaxonomyEntryActive } from './mutations';

describe('merging two categories or departments into one', () => {
  const db = testDb();
  const admin = async (): Promise<Actor> => actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] }));
  const merge = async (kind: 'category' | 'department', sourceId: string, targetId: string, actor?: Actor) =>
    mergeTaxonomyEntries(db, kind, actor ?? (await admin()), { sourceId, targetId }, testOrigin);

  it('moves every idea of a category to the other: the target has them all, none is lost', async () => {
    const [source, target] = [await createCategory(db), await createCategory(db)];
    for (let i = 0; i < 3; i += 1) await createIdea(db, { categoryId: source.id });
    for (let i = 0; i < 2; i += 1) await createIdea(db, { categoryId: target.id, status: IdeaStatus.SUBMITTED });
    const before = await db.idea.count({ where: { categoryId: { in: [source.id, target.id] } } });
    const [inBoth, inSource] = [await createCampaign(db), await createCampaign(db)];
    await db.campaignCategory.createMany({
      data: [
        { campaignId: inBoth.id, categoryId: source.id },
        { campaignId: inBoth.id, categoryId: target.id },
        { campaignId: inSource.id, categoryId: source.id },
      ],
    });

    const actor = await admin();
    expect(await merge('category', source.id, target.id, actor)).toEqual({ ok: true, message: 'taxonomy.merged' });

    expect(await db.idea.count({ where: { categoryId: target.id } })).toBe(before);
    expect(await db.idea.count({ where: { categoryId: source.id } })).toBe(0);
    const categoriesOf = async (campaignId: string) =>
      (await db.campaignCategory.findMany({ where: { campaignId } })).map((row) => row.categoryId);
    expect(await categoriesOf(inBoth.id)).toEqual([target.id]);
    expect(await categoriesOf(inSource.id)).toEqual([target.id]);
    expect(await db.category.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({
      active: false,
      mergedIntoId: target.id,
    });
    expect(await db.auditLog.findFirst({ where: { actorId: actor.id } })).toMatchObject({
      action: 'category.merge',
      targetType: 'category',
      targetId: source.id,
      before: { nameFi: source.nameFi, active: true },
      after: { mergedIntoId: target.id, into: { nameFi: target.nameFi }, moved: { ideas: 3, campaigns: 2 } },
    });
  });

  it('folds a department into another: an idea in both keeps one row, a manager of both manages it once', async () => {
    const [source, target, other] = [
      await createDepartment(db),
      await createDepartment(db),
      await createDepartment(db),
    ];
    const inBoth = await createIdea(db, { departmentIds: [source.id, target.id] });
    const inSource = await createIdea(db, { departmentIds: [source.id, other.id] });
    await db.acceleratorCard.create({ data: { ideaId: inSource.id } });
    const worker = await createUser(db, { departmentId: source.id });
    const { user: managerOfBoth } = await createManager(db, other.id);
    await db.managedDepartment.createMany({
      data: [
        { userId: managerOfBoth.id, departmentId: source.id },
        { userId: managerOfBoth.id, departmentId: target.id },
      ],
    });
    // Their own department was the source; the target was on their list: it is their own now.
    const { user: ownSource } = await createManager(db, source.id);
    await db.managedDepartment.create({ data: { userId: ownSource.id, departmentId: target.id } });
    const campaign = await createCampaign(db, { departmentIds: [source.id, target.id, other.id] });
    await db.rewardBudget.createMany({
      data: [
        { departmentId: source.id, year: 2026, amountCents: 100_000 },
        { departmentId: target.id, year: 2026, amountCents: 250_000 },
        { departmentId: source.id, year: 2027, amountCents: 40_000 },
      ],
    });

    const actor = await admin();
    expect(await merge('department', source.id, target.id, actor)).toEqual({ ok: true, message: 'taxonomy.merged' });

    const departmentsOf = async (ideaId: number) =>
      (await db.ideaDepartment.findMany({ where: { ideaId }, select: { departmentId: true } }))
        .map((row) => row.departmentId)
        .sort();
    expect(await departmentsOf(inBoth.id)).toEqual([target.id]);
    expect(await departmentsOf(inSource.id)).toEqual([target.id, other.id].sort());
    expect((await db.acceleratorCard.findUniqueOrThrow({ where: { ideaId: inSource.id } })).departmentIds).toEqual(
      [target.id, other.id].sort(),
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: worker.id } })).departmentId).toBe(target.id);
    expect(await db.managedDepartment.findMany({ where: { userId: managerOfBoth.id } })).toEqual([
      { userId: managerOfBoth.id, departmentId: target.id },
    ]);
    expect((await db.user.findUniqueOrThrow({ where: { id: ownSource.id } })).departmentId).toBe(target.id);
    expect(await db.managedDepartment.count({ where: { userId: ownSource.id } })).toBe(0);
    expect(
      await db.rewardBudget.findMany({
        where: { departmentId: { in: [source.id, target.id] } },
        orderBy: { year: 'asc' },
      }),
    ).toEqual([
      { departmentId: target.id, year: 2026, amountCents: 350_000 },
      { departmentId: target.id, year: 2027, amountCents: 40_000 },
    ]);
    expect(await db.ideaDepartment.count({ where: { departmentId: source.id } })).toBe(0);
    expect(
      (await db.campaignDepartment.findMany({ where: { campaignId: campaign.id } }))
        .map((row) => row.departmentId)
        .sort(),
    ).toEqual([target.id, other.id].sort());
    expect(await db.auditLog.findFirst({ where: { actorId: actor.id } })).toMatchObject({
      action: 'department.merge',
      after: { mergedIntoId: target.id, moved: { people: 2, ideas: 2, ideasFolded: 1, budgets: 2, campaigns: 1 } },
    });
  });

  it('sends a sign-in claim or a staff file that names the merged department to the one it was merged into', async () => {
    const [source, target] = [await createDepartment(db), await createDepartment(db)];
    expect((await merge('department', source.id, target.id)).ok).toBe(true);
    expect(await findDepartmentIdByClaim(db, source.nameSv.toUpperCase())).toBe(target.id);
    expect(await findDepartmentIdByClaim(db, source.slug)).toBe(target.id);

    const hr = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.HR] }));
    const handle = unique('merged');
    const file = `name;email;employee number;department;cost centre\nAino Aalto;${handle}@test.example;M-${handle.replace(/[^A-Za-z0-9]/g, '').slice(-20)};${source.nameFi};\n`;
    expect(await previewStaffImport(db, hr, new TextEncoder().encode(file), 'fi')).toMatchObject({
      stage: 'preview',
      plan: { newPeople: [{ department: target.nameFi }] },
    });

    // Merged again: the first merge's claims follow to the newest.
    const newest = await createDepartment(db);
    expect((await merge('department', target.id, newest.id)).ok).toBe(true);
    expect(await findDepartmentIdByClaim(db, source.nameFi)).toBe(newest.id);
  });

  it('refuses merging into itself, into one not in use, or one already merged, and changes nothing', async () => {
    const [source, inactive] = [await createCategory(db), await createCategory(db)];
    const actor = await admin();
    await setTaxonomyEntryActive(db, 'category', actor, { id: inactive.id, active: 'false' }, testOrigin);
    expect(await merge('category', source.id, source.id)).toEqual({
      ok: false,
      message: 'errors.invalid',
      fieldErrors: { targetId: ['taxonomy.errors.mergeIntoItself'] },
      values: { targetId: source.id },
    });
    expect(await merge('category', source.id, inactive.id)).toMatchObject({
      ok: false,
      fieldErrors: { targetId: ['taxonomy.errors.targetInactive'] },
    });
    expect(await merge('category', source.id, '')).toMatchObject({
      fieldErrors: { targetId: ['taxonomy.errors.targetRequired'] },
    });
    const target = await createCategory(db);
    expect((await merge('category', source.id, target.id)).ok).toBe(true);
    expect(await merge('category', source.id, target.id)).toEqual({ ok: false, message: 'errors.notFound' });
    expect(await setTaxonomyEntryActive(db, 'category', actor, { id: source.id, active: 'true' }, testOrigin)).toEqual({
      ok: false,
      message: 'taxonomy.errors.mergedStaysInactive',
    });
    expect(await db.category.findUniqueOrThrow({ where: { id: inactive.id } })).toMatchObject({ mergedIntoId: null });
  });

  it.each([
    ['category', [Role.EMPLOYEE, Role.HR]],
    ['department', [Role.EMPLOYEE, Role.MANAGER]],
    ['department', [Role.EMPLOYEE, Role.COORDINATOR]],
  ] as const)('a %s merge is refused to %j', async (kind, roles) => {
    const make = kind === 'category' ? createCategory : createDepartment;
    const [source, target] = [await make(db), await make(db)];
    const actor = actorOf(await createUser(db, { roles: [...roles] }));
    expect(await merge(kind, source.id, target.id, actor)).toMatchObject({ ok: false, message: 'errors.forbidden' });
    const row =
      kind === 'category'
        ? await db.category.findUniqueOrThrow({ where: { id: source.id } })
        : await db.department.findUniqueOrThrow({ where: { id: source.id } });
    expect(row).toMatchObject({ active: true, mergedIntoId: null });
  });

  describe('announces the change to every stored page', () => {
    const listener = new pg.Client({ connectionString: inject('databaseUrl') });
    const notices: string[] = [];
    afterAll(async () => {
      await listener.end();
    });

    it('with the notice "all" (names and choices shown on every page changed)', async () => {
      await listener.connect();
      listener.on('notification', (message) => notices.push(message.payload ?? ''));
      await listener.query('LISTEN vau_page_change');
      const [source, target] = [await createDepartment(db), await createDepartment(db)];
      // The creations announce too: a marker sent after them says when their notices are in.
      await db.$executeRaw`SELECT pg_notify('vau_page_change', 'taxonomy-test-marker')`;
      await eventually(() => notices.includes('taxonomy-test-marker'), 'the marker arrives');
      notices.length = 0;
      expect((await merge('department', source.id, target.id)).ok).toBe(true);
      await eventually(() => notices.includes('all'), 'the merge announces all');
    });
  });
});
