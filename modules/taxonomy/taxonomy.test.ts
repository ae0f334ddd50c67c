import { describe, expect, it } from 'vitest';
import type { Actor } from '@/modules/access/permissions';
import { getIdeaPage } from '@/modules/ideas/detail';
import { listCategories } from '@/modules/ideas/queries';
import { Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import {
  actorOf,
  createCategory,
  createDepartment,
  createIdea,
  createUser,
  testOrigin,
  unique,
} from '@/modules/platform/testing/factories';
import { listDepartments } from '@/modules/users/queries';
import { createTaxonomyEntry, renameTaxonomyEntry, setTaxonomyEntryActive } from './mutations';
import { listTaxonomyForAdmin } from './queries';

describe('categories and departments in the admin pages', () => {
  const db = testDb();
  const actorFor = async (roles: Role[]): Promise<Actor> => actorOf(await createUser(db, { roles }));
  const admin = () => actorFor([Role.EMPLOYEE, Role.ADMIN]);
  const names = (handle: string) => ({
    nameFi: `Kotihoito ${handle}`,
    nameSv: `Hemvård ${handle}`,
    nameEn: `Home care ${handle}`,
  });

  it('are created with names in three languages, a slug from the Finnish one, offered at once, and audited', async () => {
    const actor = await admin();
    const handle = unique('ä');
    expect(await createTaxonomyEntry(db, 'category', actor, names(handle), testOrigin)).toEqual({
      ok: true,
      message: 'taxonomy.created',
    });
    const created = await db.category.findFirstOrThrow({ where: { nameFi: `Kotihoito ${handle}` } });
    expect(created).toMatchObject({
      ...names(handle),
      active: true,
      slug: `kotihoito-${handle.toLowerCase().replace('ä', 'a')}`,
    });
    expect((await listCategories(db, 'sv')).map((category) => category.name)).toContain(`Hemvård ${handle}`);
    expect(await db.auditLog.findFirst({ where: { actorId: actor.id } })).toMatchObject({
      action: 'category.create',
      targetType: 'category',
      targetId: created.id,
      after: names(handle),
    });
  });

  it('refuse a name another entry has in the same language, whatever its case, naming the field', async () => {
    const actor = await admin();
    const existing = await createDepartment(db);
    const refused = await createTaxonomyEntry(
      db,
      'department',
      actor,
      { nameFi: existing.nameFi.toUpperCase(), nameSv: `Ny ${existing.slug}`, nameEn: ` ${existing.nameEn} ` },
      testOrigin,
    );
    expect(refused).toMatchObject({
      ok: false,
      message: 'errors.invalid',
      fieldErrors: { nameFi: ['taxonomy.errors.duplicateName'], nameEn: ['taxonomy.errors.duplicateName'] },
    });
    expect(refused.fieldErrors?.nameSv).toBeUndefined();
    const empty = await createTaxonomyEntry(
      db,
      'department',
      actor,
      { nameFi: ' ', nameSv: 'x', nameEn: 'y'.repeat(81) },
      testOrigin,
    );
    expect(empty.fieldErrors).toEqual({
      nameFi: ['taxonomy.errors.nameRequired'],
      nameEn: ['taxonomy.errors.nameTooLong'],
    });
    expect(await db.auditLog.count({ where: { actorId: actor.id } })).toBe(0);
  });

  it('are renamed (the slug stays), ideas show the new name, and the rename is audited with before and after', async () => {
    const actor = await admin();
    const category = await createCategory(db);
    const idea = await createIdea(db, { categoryId: category.id });
    const handle = unique('uusi');
    const state = await renameTaxonomyEntry(db, 'category', actor, { id: category.id, ...names(handle) }, testOrigin);
    expect(state).toEqual({ ok: true, message: 'taxonomy.renamed' });
    expect(await db.category.findUniqueOrThrow({ where: { id: category.id } })).toMatchObject({
      slug: category.slug,
      ...names(handle),
    });
    expect((await getIdeaPage(db, null, idea.id, 'en'))?.categoryName).toBe(`Home care ${handle}`);
    expect(await db.auditLog.findFirst({ where: { actorId: actor.id } })).toMatchObject({
      action: 'category.rename',
      before: { nameFi: category.nameFi, nameSv: category.nameSv, nameEn: category.nameEn },
      after: names(handle),
    });
    // Keeping its own names is no duplicate.
    expect(
      (await renameTaxonomyEntry(db, 'category', actor, { id: category.id, ...names(handle) }, testOrigin)).ok,
    ).toBe(true);
  });

  it('when deactivated leave the choices but stay on the ideas and people that have them, and come back', async () => {
    const actor = await admin();
    const department = await createDepartment(db);
    const category = await createCategory(db);
    const person = await createUser(db, { departmentId: department.id });
    const idea = await createIdea(db, { categoryId: category.id, departmentIds: [department.id] });

    expect(
      await setTaxonomyEntryActive(db, 'category', actor, { id: category.id, active: 'false' }, testOrigin),
    ).toEqual({
      ok: true,
      message: 'taxonomy.deactivated',
    });
    expect(
      (await setTaxonomyEntryActive(db, 'department', actor, { id: department.id, active: 'false' }, testOrigin)).ok,
    ).toBe(true);

    expect((await listCategories(db, 'fi')).map((entry) => entry.id)).not.toContain(category.id);
    expect((await listDepartments(db, 'fi')).map((entry) => entry.id)).not.toContain(department.id);
    const page = await getIdeaPage(db, null, idea.id, 'fi');
    expect(page?.categoryName).toBe(category.nameFi);
    expect(page?.departments).toEqual([department.nameFi]);
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).departmentId).toBe(department.id);
    expect(await listTaxonomyForAdmin(db, 'department', 'fi')).toContainEqual(
      expect.objectContaining({ id: department.id, active: false, ideaCount: 1, peopleCount: 1 }),
    );
    expect(await db.auditLog.findMany({ where: { actorId: actor.id }, orderBy: { id: 'asc' } })).toMatchObject([
      { action: 'category.deactivate', before: { active: true }, after: { active: false } },
      { action: 'department.deactivate', before: { active: true }, after: { active: false } },
    ]);

    expect(
      await setTaxonomyEntryActive(db, 'category', actor, { id: category.id, active: 'true' }, testOrigin),
    ).toEqual({
      ok: true,
      message: 'taxonomy.reactivated',
    });
    expect((await listCategories(db, 'fi')).map((entry) => entry.id)).toContain(category.id);
  });

  it.each([
    ['category', 'an HR person', [Role.EMPLOYEE, Role.HR]],
    ['category', 'a coordinator', [Role.EMPLOYEE, Role.COORDINATOR]],
    ['department', 'a manager', [Role.EMPLOYEE, Role.MANAGER]],
    ['department', 'a moderator', [Role.EMPLOYEE, Role.MODERATOR]],
  ] as const)('a %s cannot be changed by %s', async (kind, _who, roles) => {
    const actor = await actorFor([...roles]);
    const entry = kind === 'category' ? await createCategory(db) : await createDepartment(db);
    const handle = unique('x');
    expect(await createTaxonomyEntry(db, kind, actor, names(handle), testOrigin)).toEqual({
      ok: false,
      message: 'errors.forbidden',
    });
    expect((await renameTaxonomyEntry(db, kind, actor, { id: entry.id, ...names(handle) }, testOrigin)).message).toBe(
      'errors.forbidden',
    );
    expect((await setTaxonomyEntryActive(db, kind, actor, { id: entry.id, active: 'false' }, testOrigin)).message).toBe(
      'errors.forbidden',
    );
    expect((await createTaxonomyEntry(db, kind, null, names(handle), testOrigin)).message).toBe(
      'errors.signInRequired',
    );
  });
});
