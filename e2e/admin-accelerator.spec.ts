import { Role } from '../modules/platform/db/client';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { expect, test } from './fixtures';

// The accelerator's administration: its two numbers on the settings page, the coordinator role
// and a manager's departments on a person's admin page.

const tag = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test.describe('accelerator administration', () => {
  test('an admin is told at each field why the accelerator numbers were refused, keeps what they typed, and saves', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const admin = await createSignedInUser(`Aila Asetus ${tag()}`, [Role.EMPLOYEE, Role.ADMIN]);
    await context.addCookies([{ ...admin.cookie, url: baseURL! }]);
    await page.goto('/admin/settings');
    const votes = page.getByLabel('Äänet, joilla idea nousee ehdolle kiihdyttämöön');
    const days = page.getByLabel('Arvioinnin määräaika (työpäivää)');
    // Saved back as they are: another number would change what the tests running in parallel see.
    const [storedVotes, storedDays] = [await votes.inputValue(), await days.inputValue()];
    expect(Number(storedVotes)).toBeGreaterThan(0);
    await expectAccessible(page);

    await votes.fill('0');
    await days.fill('kaksi');
    await page.getByRole('button', { name: 'Tallenna kiihdyttämön asetukset' }).click();
    await expect(page.getByRole('heading', { name: 'Tarkista nämä kohdat' })).toBeVisible();
    await expect(
      page.getByRole('link', {
        name: 'Äänet, joilla idea nousee ehdolle kiihdyttämöön: Anna kokonaisluku väliltä 1–10 000.',
      }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Arvioinnin määräaika (työpäivää): Anna kokonaisluku.' }),
    ).toBeVisible();
    await expect(votes).toHaveValue('0');
    await expect(days).toHaveValue('kaksi');
    await expect(votes).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);

    await votes.fill(storedVotes);
    await days.fill(storedDays);
    await page.getByRole('button', { name: 'Tallenna kiihdyttämön asetukset' }).click();
    await expect(page.getByText('Asetukset tallennettu.')).toBeVisible();
    await expect(votes).toHaveValue(storedVotes);

    await page.getByRole('link', { name: 'Arviointikriteerit ja niiden painot' }).click();
    await expect(page).toHaveURL(/\/admin\/scorecard$/);
  });

  test('the audit log tells a changed accelerator number as a sentence', async ({ page, context, baseURL }) => {
    const admin = await createSignedInUser(`Aila Loki ${tag()}`, [Role.EMPLOYEE, Role.ADMIN]);
    await context.addCookies([{ ...admin.cookie, url: baseURL! }]);
    // Written as the settings page writes it, without changing the setting other tests read.
    await e2eDb().auditLog.create({
      data: {
        actorId: admin.user.id,
        action: 'settings.evaluation-days',
        targetType: 'setting',
        targetId: 'accelerator.evaluation-days',
        before: { value: 15 },
        after: { value: 20 },
      },
    });
    await page.goto(`/admin/audit?actor=${encodeURIComponent(admin.user.name)}`);
    await expect(page.getByRole('main').getByRole('listitem')).toContainText(
      `${admin.user.name} muutti kiihdyttämön arvioinnin määräajaksi 20 työpäivää.`,
    );
  });

  test('an admin makes a manager a coordinator too and gives them another department to manage', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const run = tag();
    const db = e2eDb();
    const department = (name: string) =>
      db.department.create({
        data: {
          slug: `${name}-${run}`,
          nameFi: `Toimiala ${name} ${run}`,
          nameSv: `Sektor ${name} ${run}`,
          nameEn: `Department ${name} ${run}`,
        },
      });
    const own = await department('oma');
    const other = await department('toinen');
    const admin = await createSignedInUser(`Aila Ylläpito ${run}`, [Role.EMPLOYEE, Role.ADMIN]);
    const manager = await createSignedInUser(`Erkki Esihenkilö ${run}`, [Role.EMPLOYEE, Role.MANAGER], {
      departmentId: own.id,
    });
    await context.addCookies([{ ...admin.cookie, url: baseURL! }]);
    await page.goto(`/admin/users/${manager.user.id}`);

    const coordinator = page.getByRole('checkbox', { name: 'Kiihdyttämön koordinaattori' });
    await expect(coordinator).toHaveAccessibleDescription(/Vastaa koko kiihdyttämöstä/);
    await coordinator.check();
    await page.getByRole('button', { name: 'Tallenna roolit' }).click();
    await expect(page.getByText('Tallennettu.')).toBeVisible();

    const managed = page.getByRole('group', { name: 'Esihenkilönä johdettavat toimialat' });
    // The own department is always the manager's: it is not offered.
    await expect(managed.getByRole('checkbox', { name: own.nameFi })).toHaveCount(0);
    await managed.getByRole('checkbox', { name: other.nameFi }).check();
    await page.getByRole('button', { name: 'Tallenna johdettavat toimialat' }).click();
    await expect(page.locator('dd', { hasText: other.nameFi })).toBeVisible();
    await expectAccessible(page);
    expect(await db.managedDepartment.findMany({ where: { userId: manager.user.id } })).toEqual([
      { userId: manager.user.id, departmentId: other.id },
    ]);
    expect((await db.user.findUniqueOrThrow({ where: { id: manager.user.id } })).roles).toEqual([
      Role.EMPLOYEE,
      Role.MANAGER,
      Role.COORDINATOR,
    ]);

    // The list shows the role and the managed department too.
    await page.goto(`/admin/users?q=${encodeURIComponent(manager.user.name)}&role=COORDINATOR`);
    await expect(page.getByRole('link', { name: manager.user.name }).locator('visible=true')).toBeVisible();
    await expect(
      page.getByText('Työntekijä, Esihenkilö, Kiihdyttämön koordinaattori').locator('visible=true'),
    ).toBeVisible();
    await expect(page.getByText(`Johtaa myös: ${other.nameFi}`).locator('visible=true')).toBeVisible();
  });
});
