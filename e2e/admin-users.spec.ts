import type { Page } from '@playwright/test';
import { Role } from '../modules/platform/db/client';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { expect, test } from './fixtures';

// The users table at city scale: 10,000 people in a department of this run's own, inserted with
// one generate_series statement, then searched, filtered, paged and edited through the pages.

const PEOPLE = 10_000;
const tag = `skaala${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
let departmentName: string;

test.beforeAll(async () => {
  const department = await e2eDb().department.create({
    data: { slug: tag, nameFi: `Skaalaosasto ${tag}`, nameSv: `Skalavdelning ${tag}`, nameEn: `Scale ${tag}` },
  });
  departmentName = department.nameFi;
  // Every 10th a moderator; names sort in n order.
  await e2eDb().$executeRaw`
    INSERT INTO users (id, name, email, department_id, roles, updated_at)
    SELECT gen_random_uuid(),
           'Skaala ' || ${tag} || ' ' || lpad(n::text, 5, '0'),
           'skaala.' || n || '.' || ${tag} || '@scale.example',
           ${department.id}::uuid,
           CASE WHEN n % 10 = 0 THEN ARRAY['employee', 'moderator']::role[] ELSE ARRAY['employee']::role[] END,
           now()
    FROM generate_series(1, ${PEOPLE}) AS n`;
});

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe('user administration', () => {
  test('among 10,000 people an admin finds one, filters and pages, and changes a role that the audit log tells as a sentence', async ({
    page,
    context,
    baseURL,
    request,
    expectAccessible,
  }) => {
    const admin = await createSignedInUser('Aila Ylläpitäjä', [Role.EMPLOYEE, Role.ADMIN]);
    const colleague = await createSignedInUser(`Kalle Kollega ${tag}`);
    const colleagueHeaders = { cookie: `${colleague.cookie.name}=${colleague.cookie.value}` };
    await context.addCookies([{ ...admin.cookie, url: baseURL! }]);

    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { level: 1, name: 'Käyttäjät' })).toBeVisible();
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);

    // Search: two words in any order find the one person.
    await page.getByLabel('Hae nimellä tai sähköpostilla').fill(`04321 ${tag}`);
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: '1 käyttäjä' })).toBeVisible();
    await expect(page.getByRole('link', { name: `Skaala ${tag} 04321` }).locator('visible=true')).toHaveCount(1);

    // Filter by department and role, then the next page continues in name order.
    await page.getByLabel('Hae nimellä tai sähköpostilla').fill('');
    await page.getByLabel('Toimiala').selectOption({ label: departmentName });
    await page.getByLabel('Rooli').selectOption({ label: 'Moderaattori' });
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await expect(page.getByText('Sivu 1 / 40')).toBeVisible();
    await expect(page.getByRole('link', { name: `Skaala ${tag} 00010` }).locator('visible=true')).toBeVisible();
    await page.getByRole('link', { name: 'Seuraava sivu' }).click();
    await expect(page.getByText('Sivu 2 / 40')).toBeVisible();
    await expect(page.getByRole('link', { name: `Skaala ${tag} 00260` }).locator('visible=true')).toBeVisible();
    await expect(page.getByRole('link', { name: `Skaala ${tag} 00250` })).toHaveCount(0);
    await expectNoSidewaysScroll(page);

    // The colleague's own page: make them a moderator.
    await page.getByLabel('Hae nimellä tai sähköpostilla').fill(colleague.user.name);
    await page.getByLabel('Toimiala').selectOption({ label: 'Kaikki toimialat' });
    await page.getByLabel('Rooli').selectOption({ label: 'Kaikki roolit' });
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await page.getByRole('link', { name: colleague.user.name }).locator('visible=true').click();
    await expect(page.getByRole('heading', { level: 1, name: colleague.user.name })).toBeVisible();
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);
    await page.getByRole('checkbox', { name: 'Moderaattori' }).check();
    await page.getByRole('button', { name: 'Tallenna roolit' }).click();
    await expect(page.getByText('Tallennettu.')).toBeVisible();
    const me = await (await request.get('/api/me', { headers: colleagueHeaders })).json();
    expect(me.user.roles).toEqual(['EMPLOYEE', 'MODERATOR']);

    await page.getByRole('button', { name: 'Poista käytöstä' }).click();
    await expect(page.getByRole('button', { name: 'Palauta käyttöön' })).toBeVisible();
    expect(await (await request.get('/api/me', { headers: colleagueHeaders })).json()).toEqual({ user: null });

    // The audit log about this person, as sentences with links, the raw details folded away.
    await page.getByRole('link', { name: 'Tätä henkilöä koskevat lokitiedot' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Lokitiedot' })).toBeVisible();
    const entries = page.getByRole('main').getByRole('listitem');
    await expect(entries).toHaveCount(2);
    await expect(entries.first()).toContainText(`Aila Ylläpitäjä poisti henkilön Kalle Kollega ${tag} käytöstä.`);
    await expect(entries.last()).toContainText(
      `Aila Ylläpitäjä muutti henkilön Kalle Kollega ${tag} roolit: Työntekijä, Moderaattori.`,
    );
    await expect(entries.last().getByRole('link', { name: colleague.user.name })).toHaveAttribute(
      'href',
      `/admin/users/${colleague.user.id}`,
    );
    const details = entries.last().getByText('Tekniset tiedot');
    await expect(entries.last().getByText('user.roles.change')).toBeHidden();
    await details.click();
    await expect(entries.last().getByText('user.roles.change')).toBeVisible();
    await expect(page.getByText(`Näytetään henkilöä Kalle Kollega ${tag} koskevat tapahtumat.`)).toBeVisible();
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);

    // The kind of event is a plain group; the person stays the subject.
    await page.getByLabel('Tapahtumien laji').selectOption({ label: 'Kirjautumiset' });
    await page.getByRole('button', { name: 'Suodata' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Ei tapahtumia' })).toBeVisible();
    await page.getByLabel('Tapahtumien laji').selectOption({ label: 'Käyttäjien hallinta' });
    await page.getByRole('button', { name: 'Suodata' }).click();
    await expect(entries).toHaveCount(2);
  });

  test('a repeated parameter in the address is read once, not answered with an error', async ({
    page,
    context,
    baseURL,
  }) => {
    const admin = await createSignedInUser('Ilkka Ylläpitäjä', [Role.EMPLOYEE, Role.ADMIN]);
    await context.addCookies([{ ...admin.cookie, url: baseURL! }]);
    expect((await page.goto(`/admin/users?q=${tag}+00001&q=muu&role=EMPLOYEE&role=HR`))?.status()).toBe(200);
    await expect(page.getByRole('link', { name: `Skaala ${tag} 00001` }).locator('visible=true')).toHaveCount(1);
    expect((await page.goto('/admin/audit?action=a&action=b&group=users&group=ideas&from=x&from=y'))?.status()).toBe(
      200,
    );
    await expect(page.getByLabel('Tapahtumien laji')).toHaveValue('users');
  });

  test('an admin who tries to drop their own admin role is stopped by the error summary, focus on it', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const admin = await createSignedInUser('Aino Ylläpitäjä', [Role.EMPLOYEE, Role.ADMIN]);
    await context.addCookies([{ ...admin.cookie, url: baseURL! }]);
    await page.goto(`/admin/users/${admin.user.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Aino Ylläpitäjä' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Poista käytöstä' })).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Ylläpitäjä' }).uncheck();
    await page.getByRole('button', { name: 'Tallenna roolit' }).click();
    const summary = page.getByRole('heading', { name: 'Lomaketta ei voitu lähettää' }).locator('..');
    await expect(summary).toContainText('Et voi poistaa itseltäsi ylläpitäjän roolia.');
    await expect(summary).toBeFocused();
    await expect(page).toHaveTitle(/^Virhe: /);
    await expectAccessible(page);
    expect((await e2eDb().user.findUniqueOrThrow({ where: { id: admin.user.id } })).roles).toEqual([
      Role.EMPLOYEE,
      Role.ADMIN,
    ]);
  });

  test('others see no user administration and cannot reach it', async ({ page, context, baseURL }) => {
    const moderator = await createSignedInUser('Mirja Moderaattori', [Role.EMPLOYEE, Role.MODERATOR]);
    await context.addCookies([{ ...moderator.cookie, url: baseURL! }]);
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Käyttäjät' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Lokitiedot' })).toHaveCount(0);
    expect((await page.goto('/admin/users'))?.status()).toBe(404);
    expect((await page.goto(`/admin/users/${moderator.user.id}`))?.status()).toBe(404);
    expect((await page.goto('/admin/audit'))?.status()).toBe(404);
  });

  test('signed-out visitors are sent to sign in', async ({ page }) => {
    await page.goto('/admin/users');
    await expect(page).toHaveURL(/\/sign-in$/);
  });
});
