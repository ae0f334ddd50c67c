import { describe, expect, it } from 'vitest';
import { serverEnvSchema } from '@/modules/platform/env';
import { testDb } from '@/modules/platform/testing/database';
import { createDepartment, createUser, unique } from '@/modules/platform/testing/factories';
import { profileFromClaims, ssoProviders, syncPayrollClaims, withImportedPeopleClaimable } from './sso';

const env = serverEnvSchema.parse({
  DATABASE_URL: 'postgresql://localhost/vau',
  AUTH_SECRET: 'a-secret-long-enough-for-the-schema-0123456789',
  AUTH_OIDC_ISSUER: 'https://idp.example/realm',
  AUTH_OIDC_ID: 'vau',
  AUTH_OIDC_SECRET: 'secret',
  AUTH_DEPARTMENT_CLAIM: 'department',
  AUTH_EMPLOYEE_NUMBER_CLAIM: 'employeeId',
  AUTH_COST_CENTRE_CLAIM: 'costCenter',
});

describe('profile from single sign-on claims', () => {
  const db = testDb();
  const readProfile = (claims: Record<string, unknown>) => {
    const [provider] = ssoProviders(env, db);
    if (!provider?.profile) throw new Error('the OIDC provider should be configured');
    return provider.profile({ sub: 'subject-1', ...claims }, {});
  };

  it('takes name, e-mail in lower case and a supported language', () => {
    expect(profileFromClaims({ sub: 's', name: 'Olli Ojala', email: 'Olli.Ojala@Kunta.FI', locale: 'sv-FI' })).toEqual({
      id: 's',
      name: 'Olli Ojala',
      email: 'olli.ojala@kunta.fi',
      image: null,
      locale: 'sv',
    });
    expect(profileFromClaims({ sub: 's', preferred_username: 'oojala', locale: 'de-DE' })).toEqual({
      id: 's',
      name: 'oojala',
      email: null,
      image: null,
    });
  });

  it('finds the department the claim names, by its name in any language or its slug, ignoring case', async () => {
    const department = await createDepartment(db, { nameSv: `Bildning ${Date.now()}` });
    expect(await readProfile({ department: department.nameSv.toUpperCase() })).toMatchObject({
      departmentId: department.id,
    });
    expect(await readProfile({ department: [department.nameFi] })).toMatchObject({ departmentId: department.id });
    expect(await readProfile({ department: ` ${department.slug} ` })).toMatchObject({ departmentId: department.id });
  });

  it('leaves the department empty when the claim is missing or names no department we know', async () => {
    expect(await readProfile({})).not.toHaveProperty('departmentId');
    expect(await readProfile({ department: 'Tuntematon yksikkö' })).not.toHaveProperty('departmentId');
    expect(await readProfile({ department: 42 })).not.toHaveProperty('departmentId');
  });
});

describe('payroll data from single sign-on claims', () => {
  const db = testDb();
  const employeeNumber = () =>
    unique('E')
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(-20);
  const recorder = () => {
    const lines: string[] = [];
    return {
      lines,
      log: {
        warn: (fields: Record<string, unknown>, message: string) => void lines.push(JSON.stringify([fields, message])),
      },
    };
  };
  const payrollOf = (id: string) =>
    db.user.findUniqueOrThrow({ where: { id }, select: { employeeNumber: true, costCentre: true } });

  it('sets the employee number and cost centre at every sign-in, from strings or numbers', async () => {
    const person = await createUser(db);
    const number = employeeNumber();
    await syncPayrollClaims(db, env, person.id, { sub: 's', employeeId: ` ${number} `, costCenter: 4100 });
    expect(await payrollOf(person.id)).toEqual({ employeeNumber: number, costCentre: '4100' });
    const changed = employeeNumber();
    await syncPayrollClaims(db, env, person.id, { sub: 's', employeeId: [changed], costCenter: 'KP-7' });
    expect(await payrollOf(person.id)).toEqual({ employeeNumber: changed, costCentre: 'KP-7' });
  });

  it('changes nothing when the claims are absent or not configured', async () => {
    const person = await createUser(db);
    const number = employeeNumber();
    await db.user.update({ where: { id: person.id }, data: { employeeNumber: number, costCentre: '1' } });
    await syncPayrollClaims(db, env, person.id, { sub: 's' });
    const unconfigured = { AUTH_EMPLOYEE_NUMBER_CLAIM: undefined, AUTH_COST_CENTRE_CLAIM: undefined };
    await syncPayrollClaims(db, unconfigured, person.id, { sub: 's', employeeId: employeeNumber(), costCenter: '2' });
    expect(await payrollOf(person.id)).toEqual({ employeeNumber: number, costCentre: '1' });
  });

  it('ignores a number someone else has, or a malformed one, and logs that without the value', async () => {
    const [holder, person] = [await createUser(db), await createUser(db)];
    const taken = employeeNumber();
    await db.user.update({ where: { id: holder.id }, data: { employeeNumber: taken } });
    const { lines, log } = recorder();
    await syncPayrollClaims(db, env, person.id, { sub: 's', employeeId: taken, costCenter: '4100' }, log);
    await syncPayrollClaims(db, env, person.id, { sub: 's', employeeId: 'not a number!' }, log);
    expect(await payrollOf(person.id)).toEqual({ employeeNumber: null, costCentre: '4100' });
    expect(lines).toHaveLength(2);
    expect(lines.join()).not.toContain(taken);
    expect(lines.join()).not.toContain('not a number');
  });

  it('is read at sign-in by the configured providers, which may link to a person the staff import made', () => {
    expect(serverEnvSchema.parse({ DATABASE_URL: 'postgresql://localhost/vau' })).not.toHaveProperty(
      'AUTH_EMPLOYEE_NUMBER_CLAIM',
    );
    expect(ssoProviders(env, db).map((provider) => provider.allowDangerousEmailAccountLinking)).toEqual([true]);
  });

  it('offers by e-mail only a person who has never signed in and is not a demo person', async () => {
    const adapter = withImportedPeopleClaimable({}, db);
    const imported = await createUser(db);
    const signedIn = await createUser(db);
    await db.account.create({
      data: { userId: signedIn.id, type: 'oidc', provider: 'oidc', providerAccountId: unique('sub') },
    });
    const demo = await createUser(db);
    await db.user.update({ where: { id: demo.id }, data: { demo: true } });
    expect(await adapter.getUserByEmail?.(imported.email?.toUpperCase() ?? '')).toMatchObject({ id: imported.id });
    expect(await adapter.getUserByEmail?.(signedIn.email ?? '')).toBeNull();
    expect(await adapter.getUserByEmail?.(demo.email ?? '')).toBeNull();
  });
});
