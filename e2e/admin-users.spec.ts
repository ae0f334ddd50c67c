import { Role } from '../modules/platform/db/client';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { expect, test } from './fixtures';
import { openToolsMenu } from './menu';

test.describe('user administration', () => {
  test('an admin makes a colleague a moderator, then deactivates them; each takes effect at once', async ({
    page,
    context,
    baseURL,
    request,
    expectAccessible,
  }) => {
    const admin = await createSignedInUser('Aila Ylläpitäjä', [Role.EMPLOYEE, Role.ADMIN]);
    const colleague = await createSignedInUser(`Kalle Kollega ${Date.now().toString(36)}`);
    const colleagueHeaders = { cookie: `${colleague.cookie.name}=${colleague.cookie.value}` };
    await context.addCookies([{ ...admin.cookie, url: baseURL! }]);

    await page.goto('/');
    await openToolsMenu(page);
    await page.getByRole('banner').getByRole('link', { name: 'Käyttäjät' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Käyttäjät' })).toBeVisible();

    await page.getByLabel('Hae nimellä tai sähköpostilla').fill(colleague.user.name);
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await expect(page.getByText('1 käyttäjä')).toBeVisible();
    const card = page.getByRole('article', { name: colleague.user.name });
    await expectAccessible(page);

    await card.getByRole('checkbox', { name: 'Moderaattori' }).check();
    await card.getByRole('button', { name: 'Tallenna roolit' }).click();
    await expect(card.getByText('Tallennettu.')).toBeVisible();
    const me = await (await request.get('/api/me', { headers: colleagueHeaders })).json();
    expect(me.user.roles).toEqual(['EMPLOYEE', 'MODERATOR']);

    await card.getByRole('button', { name: 'Poista käytöstä' }).click();
    await expect(card.getByText('(Poistettu käytöstä)')).toBeVisible();
    expect(await (await request.get('/api/me', { headers: colleagueHeaders })).json()).toEqual({ user: null });

    const trail = await e2eDb().auditLog.findMany({
      where: { targetId: colleague.user.id },
      orderBy: { id: 'asc' },
      select: { action: true, actorId: true },
    });
    expect(trail).toEqual([
      { action: 'user.roles.change', actorId: admin.user.id },
      { action: 'user.deactivate', actorId: admin.user.id },
    ]);

    // The admin finds both decisions in the audit log, with the change spelled out.
    await page.goto(`/admin/audit?action=user.&actor=${encodeURIComponent('Aila Ylläpitäjä')}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Lokitiedot' })).toBeVisible();
    const entries = page.getByRole('listitem').filter({ hasText: colleague.user.id });
    await expect(entries).toHaveCount(2);
    await expect(entries.first()).toContainText('user.deactivate');
    await expect(entries.last()).toContainText('{"roles":["EMPLOYEE"]} → {"roles":["EMPLOYEE","MODERATOR"]}');
    await expectAccessible(page);
  });

  test('others see no user administration and cannot reach it', async ({ page, context, baseURL }) => {
    const moderator = await createSignedInUser('Mirja Moderaattori', [Role.EMPLOYEE, Role.MODERATOR]);
    await context.addCookies([{ ...moderator.cookie, url: baseURL! }]);
    await page.goto('/');
    await expect(page.getByText('Mirja Moderaattori')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Käyttäjät' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Lokitiedot' })).toHaveCount(0);
    expect((await page.goto('/admin/users'))?.status()).toBe(404);
    expect((await page.goto('/admin/audit'))?.status()).toBe(404);
  });

  test('signed-out visitors are sent to sign in', async ({ page }) => {
    await page.goto('/admin/users');
    await expect(page).toHaveURL(/\/sign-in$/);
  });
});
