import { describe, expect, it } from 'vitest';
import { serverEnvSchema } from '@/modules/platform/env';
import { testDb } from '@/modules/platform/testing/database';
import { createDepartment } from '@/modules/platform/testing/factories';
import { profileFromClaims, ssoProviders } from './sso';

const env = serverEnvSchema.parse({
  DATABASE_URL: 'postgresql://localhost/vau',
  AUTH_SECRET: 'a-secret-long-enough-for-the-schema-0123456789',
  AUTH_OIDC_ISSUER: 'https://idp.example/realm',
  AUTH_OIDC_ID: 'vau',
  AUTH_OIDC_SECRET: 'secret',
  AUTH_DEPARTMENT_CLAIM: 'department',
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
