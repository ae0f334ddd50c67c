import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { e2eDb } from './access-fixtures';
import { expect, test } from './fixtures';
import { expectSignedInAs, openAccountMenu } from './menu';

/** The test provider's own development login: any login name, any password, then consent. */
async function signInAtProvider(page: Page, login: string) {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Kirjaudu: Testi-IdP' }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.locator('button[type="submit"]').click();
  await page.locator('button[type="submit"]').click();
}

/** Signs out here and at the provider (its session lives in cookies too), once the app has answered. */
async function signOut(page: Page) {
  await openAccountMenu(page);
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Kirjaudu sisään' })).toBeVisible();
  await page.context().clearCookies();
}

test.describe('single sign-on through OpenID Connect', () => {
  test('the first sign-in creates an employee from the claims, identified by issuer and subject', async ({
    page,
    expectAccessible,
  }) => {
    const login = `sso-${randomUUID().slice(0, 8)}`;
    await signInAtProvider(page, login);
    await expectSignedInAs(page, `Olli ${login}`);
    await expectAccessible(page);

    const account = await e2eDb().account.findUniqueOrThrow({
      where: { provider_providerAccountId: { provider: 'oidc', providerAccountId: login } },
      select: {
        user: {
          select: {
            id: true,
            name: true,
            email: true,
            roles: true,
            locale: true,
            department: { select: { slug: true } },
          },
        },
      },
    });
    expect(account.user).toMatchObject({
      name: `Olli ${login}`,
      email: `${login}@idp.example`,
      roles: ['EMPLOYEE'],
      locale: 'sv',
      department: { slug: 'sivistys' },
    });
    const audit = await e2eDb().auditLog.findFirstOrThrow({
      where: { action: 'auth.sign-in', actorId: account.user.id },
    });
    expect(audit.after).toEqual({ method: 'oidc', newUser: true });

    // Signing in again (with the provider's own session gone too) finds the same person.
    await signOut(page);
    await signInAtProvider(page, login);
    await expectSignedInAs(page, `Olli ${login}`);
    expect(await e2eDb().user.count({ where: { email: `${login}@idp.example` } })).toBe(1);
  });

  test('the session cookie lasts as long as the session may (12 h), not only its first idle period (2 h)', async ({
    page,
  }) => {
    const login = `sso-${randomUUID().slice(0, 8)}`;
    const signedInAt = Date.now();
    await signInAtProvider(page, login);
    await expectSignedInAs(page, `Olli ${login}`);
    const cookie = (await page.context().cookies()).find((candidate) =>
      candidate.name.endsWith('authjs.session-token'),
    );
    const hours = ((cookie?.expires ?? 0) * 1000 - signedInAt) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12.1);
    // The idle limit still holds: the database row, checked on every request, ends two hours after the last use.
    const session = await e2eDb().session.findFirstOrThrow({
      where: { user: { email: `${login}@idp.example` } },
      select: { expires: true },
    });
    expect((session.expires.getTime() - signedInAt) / 3_600_000).toBeLessThanOrEqual(2.1);
  });

  test("a person HR's staff import made is that person at their first sign-in, matched by e-mail", async ({ page }) => {
    const login = `sso-${randomUUID().slice(0, 8)}`;
    const imported = await e2eDb().user.create({
      data: { name: `Tuotu ${login}`, email: `${login}@idp.example`, employeeNumber: `T${login.slice(4)}` },
    });
    await signInAtProvider(page, login);
    await expectSignedInAs(page, `Tuotu ${login}`);
    const account = await e2eDb().account.findUniqueOrThrow({
      where: { provider_providerAccountId: { provider: 'oidc', providerAccountId: login } },
      select: { userId: true },
    });
    expect(account.userId).toBe(imported.id);
    expect(await e2eDb().user.count({ where: { email: `${login}@idp.example` } })).toBe(1);
  });

  test('a deactivated person gets no session, even with a valid sign-in at the provider', async ({ page }) => {
    const login = `sso-${randomUUID().slice(0, 8)}`;
    await signInAtProvider(page, login);
    await expectSignedInAs(page, `Olli ${login}`);
    await signOut(page);
    await e2eDb().user.updateMany({ where: { email: `${login}@idp.example` }, data: { active: false } });

    await signInAtProvider(page, login);
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Kirjaudu sisään' })).toBeVisible();
  });
});
