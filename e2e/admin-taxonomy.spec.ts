import type { Page } from '@playwright/test';
import { Role } from '../modules/platform/db/client';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { expect, test } from './fixtures';

// Topics (categories) and departments without a developer: an admin adds, renames and merges them
// on their admin pages, finds them from the administration index, and the settings page's sections.

const tag = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** One entry of an admin list, by its heading. */
const entry = (page: Page, name: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });

async function add(page: Page, names: [string, string, string], button: string) {
  const form = page.getByRole('form');
  await form.getByLabel('Nimi suomeksi').fill(names[0]);
  await form.getByLabel('Nimi ruotsiksi').fill(names[1]);
  await form.getByLabel('Nimi englanniksi').fill(names[2]);
  await form.getByRole('button', { name: button }).click();
  await expect(entry(page, names[0])).toBeVisible();
}

test.describe('topics and departments', () => {
  test('an admin adds, renames and merges topics, and a merged topic keeps every idea', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const admin = await createSignedInUser(`Aila Aiheet ${tag()}`, [Role.EMPLOYEE, Role.ADMIN]);
    await context.addCookies([{ ...admin.cookie, url: baseURL! }]);
    const id = tag();

    await page.goto('/admin');
    await expect(page.getByRole('heading', { level: 1, name: 'Ylläpito' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('main').getByRole('link', { name: 'Aihealueet' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Aihealueet' })).toBeVisible();
    await expectAccessible(page);

    await add(page, [`Energia ${id}`, `Energi ${id}`, `Energy ${id}`], 'Lisää aihealue');
    await add(page, [`Sähkö ${id}`, `El ${id}`, `Electricity ${id}`], 'Lisää aihealue');

    // A name in use is refused at its field, and what was typed stays.
    const form = page.getByRole('form');
    await form.getByLabel('Nimi suomeksi').fill(`energia ${id}`);
    await form.getByLabel('Nimi ruotsiksi').fill(`Ny ${id}`);
    await form.getByLabel('Nimi englanniksi').fill(`New ${id}`);
    await form.getByRole('button', { name: 'Lisää aihealue' }).click();
    await expect(page.getByRole('heading', { name: 'Tarkista nämä kohdat' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Nimi suomeksi: Tämä nimi on jo käytössä/ })).toBeVisible();
    await expect(form.getByLabel('Nimi suomeksi')).toHaveValue(`energia ${id}`);
    await expectAccessible(page);

    // Rename.
    const energy = entry(page, `Energia ${id}`);
    await energy.getByText('Muokkaa').click();
    await energy.getByLabel('Nimi suomeksi').fill(`Energiansäästö ${id}`);
    await energy.getByRole('button', { name: 'Tallenna nimet' }).click();
    await expect(entry(page, `Energiansäästö ${id}`)).toBeVisible();
    await expectAccessible(page);

    // Merge "Sähkö" into "Energiansäästö": its ideas move with it.
    const db = e2eDb();
    const electricity = await db.category.findFirstOrThrow({ where: { nameFi: `Sähkö ${id}` } });
    const target = await db.category.findFirstOrThrow({ where: { nameFi: `Energiansäästö ${id}` } });
    const idea = await db.idea.create({
      data: {
        title: `Led-valot ${id}`,
        body: 'Vaihdetaan loisteputket led-valoihin.',
        authorId: admin.user.id,
        categoryId: electricity.id,
      },
    });
    const source = entry(page, `Sähkö ${id}`);
    await source.getByText('Muokkaa').click();
    await source.getByLabel('Yhdistä toiseen').selectOption({ label: `Energiansäästö ${id}` });
    await source.getByRole('button', { name: 'Yhdistä' }).click();
    const confirm = page.getByRole('alertdialog', {
      name: `Yhdistetäänkö Sähkö ${id} kohteeseen Energiansäästö ${id}?`,
    });
    await expectAccessible(page);
    await confirm.getByRole('button', { name: 'Yhdistä' }).click();
    await expect(entry(page, `Sähkö ${id}`).getByText(`Yhdistetty: Energiansäästö ${id}`)).toBeVisible();
    await expectAccessible(page);
    expect((await db.idea.findUniqueOrThrow({ where: { id: idea.id } })).categoryId).toBe(target.id);
  });

  test('an admin adds, renames and merges departments, and finds the settings in sections', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const admin = await createSignedInUser(`Aapo Alat ${tag()}`, [Role.EMPLOYEE, Role.ADMIN]);
    await context.addCookies([{ ...admin.cookie, url: baseURL! }]);
    const id = tag();

    await page.goto('/admin/departments');
    await expect(page.getByRole('heading', { level: 1, name: 'Toimialat' })).toBeVisible();
    await expectAccessible(page);
    await add(page, [`Kotihoito ${id}`, `Hemvård ${id}`, `Home care ${id}`], 'Lisää toimiala');
    await add(page, [`Kotipalvelu ${id}`, `Hemtjänst ${id}`, `Home help ${id}`], 'Lisää toimiala');

    const homeHelp = entry(page, `Kotipalvelu ${id}`);
    await homeHelp.getByText('Muokkaa').click();
    await homeHelp.getByLabel('Nimi englanniksi').fill(`Home services ${id}`);
    await homeHelp.getByRole('button', { name: 'Tallenna nimet' }).click();
    await expect(homeHelp.getByText(`/ Home services ${id}`)).toBeVisible();

    const homeCare = entry(page, `Kotihoito ${id}`);
    await homeCare.getByText('Muokkaa').click();
    await homeCare.getByLabel('Yhdistä toiseen').selectOption({ label: `Kotipalvelu ${id}` });
    await homeCare.getByRole('button', { name: 'Yhdistä' }).click();
    // Cancelled first: nothing happens.
    await page.getByRole('alertdialog').getByRole('button', { name: 'Peruuta' }).click();
    await expect(page.getByRole('alertdialog')).toBeHidden();
    await expect(entry(page, `Kotihoito ${id}`).getByText('Käytössä')).toBeVisible();
    await homeCare.getByRole('button', { name: 'Yhdistä' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Yhdistä' }).click();
    await expect(entry(page, `Kotihoito ${id}`).getByText(`Yhdistetty: Kotipalvelu ${id}`)).toBeVisible();
    await expectAccessible(page);

    await page.goto('/admin/settings');
    for (const section of ['Moderointi', 'Kiihdyttämö', 'Palkkiot'])
      await expect(page.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
    await expect(page.getByLabel('Ilmoitukset, joiden jälkeen sisältö piilotetaan')).toHaveValue(/^\d+$/);
    await expect(page.getByRole('link', { name: 'Palkkiosäännöt' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Arviointikriteerit ja niiden painot' })).toBeVisible();
    await expectAccessible(page);
  });

  test('the pages are not there for people who do not run them @once', async ({ page, context, baseURL }) => {
    const manager = await createSignedInUser(`Maija Esihenkilö ${tag()}`, [Role.EMPLOYEE, Role.MANAGER]);
    await context.addCookies([{ ...manager.cookie, url: baseURL! }]);
    for (const path of ['/admin', '/admin/categories', '/admin/departments'])
      expect((await page.goto(path))?.status(), path).toBe(404);
  });
});
