import { describe, expect, it } from 'vitest';
import { Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createUser, unique } from '@/modules/platform/testing/factories';
import { changeEmployeeData } from './admin-employee-data';

const origin = { ip: null, userAgent: null, requestId: null };
const employeeNumber = () =>
  unique('E')
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(-20);

describe("an admin sets a person's employee number and cost centre", () => {
  const db = testDb();
  const admin = async () => actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] }));

  it('saves them trimmed and audits which fields changed, without their values', async () => {
    const actor = await admin();
    const person = await createUser(db);
    const number = employeeNumber();
    const state = await changeEmployeeData(
      db,
      actor,
      { userId: person.id, employeeNumber: `  ${number} `, costCentre: ' 4100 ' },
      origin,
    );
    expect(state).toEqual({ ok: true, message: 'admin.saved' });
    expect(await db.user.findUnique({ where: { id: person.id } })).toMatchObject({
      employeeNumber: number,
      costCentre: '4100',
    });
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: 'user.employee-data', targetId: person.id } });
    expect(entry.after).toEqual({ changed: ['employeeNumber', 'costCentre'] });
    expect(JSON.stringify([entry.before, entry.after])).not.toContain(number);

    await changeEmployeeData(db, actor, { userId: person.id, employeeNumber: number, costCentre: '' }, origin);
    expect(await db.user.findUnique({ where: { id: person.id } })).toMatchObject({
      employeeNumber: number,
      costCentre: null,
    });
  });

  it('refuses a number someone else has, one with other characters, and anyone but an admin', async () => {
    const actor = await admin();
    const [holder, person] = [await createUser(db), await createUser(db)];
    const taken = employeeNumber();
    await db.user.update({ where: { id: holder.id }, data: { employeeNumber: taken } });
    expect(
      await changeEmployeeData(db, actor, { userId: person.id, employeeNumber: taken, costCentre: '' }, origin),
    ).toMatchObject({
      ok: false,
      fieldErrors: { employeeNumber: ['admin.employeeData.numberTaken'] },
    });
    expect(
      await changeEmployeeData(db, actor, { userId: person.id, employeeNumber: '12 34', costCentre: '' }, origin),
    ).toMatchObject({
      ok: false,
      fieldErrors: { employeeNumber: ['admin.employeeData.numberFormat'] },
    });
    const hr = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.HR] }));
    expect(
      await changeEmployeeData(db, hr, { userId: person.id, employeeNumber: 'X1', costCentre: '' }, origin),
    ).toMatchObject({
      ok: false,
      message: 'errors.forbidden',
    });
    expect(await db.user.findUnique({ where: { id: person.id } })).toMatchObject({ employeeNumber: null });
  });
});
