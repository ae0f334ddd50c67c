import type { Page } from '@playwright/test';
import { Role } from '../modules/platform/db/client';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { expect, test } from './fixtures';

// Campaigns without a developer: an admin creates one on /admin/campaigns, a colleague posts an
// idea into it from the link a campaign page gives, and a closed campaign refuses with a clear
// message while keeping what was typed. axe on every page and state.

const tag = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const DAY = 24 * 3600_000;

async function fillLanguage(page: Page, group: string, title: string, description: string) {
  const fieldset = page.getByRole('group', { name: group });
  await fieldset.getByLabel('Otsikko').fill(title);
  await fieldset.getByLabel('Kuvaus').fill(description);
}

async function writeIdea(page: Page, title: string) {
  await page.getByLabel('Otsikko').fill(title);
  await page
    .getByLabel('Kuvaus')
    .fill('Asiakaskäynnin kirjaukset tehdään nyt paperille ja siirretään illalla järjestelmään käsin.');
  await page.getByLabel('Aihealue').selectOption({ index: 1 });
}

test.describe('campaign administration', () => {
  test('an admin creates a campaign and a colleague posts an idea into it', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const id = tag();
    const slug = `paperit-${id}`;
    const admin = await createSignedInUser(`Aino Haut ${id}`, [Role.EMPLOYEE, Role.ADMIN]);
    await context.addCookies([{ ...admin.cookie, url: baseURL! }]);

    await page.goto('/admin/campaigns');
    await expect(page.getByRole('heading', { level: 1, name: 'Ideahaut' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Uusi ideahaku' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Uusi ideahaku' })).toBeVisible();
    await expectAccessible(page);

    // A window that closes before it opens is refused next to the field, and everything typed stays.
    await page.getByLabel('Osoite').fill(slug);
    await fillLanguage(page, 'Suomeksi', `Vähemmän paperitöitä ${id}`, 'Mistä paperityöstä voisimme luopua?');
    await fillLanguage(page, 'Ruotsiksi', `Mindre pappersarbete ${id}`, 'Vilket pappersarbete kunde vi slopa?');
    await fillLanguage(page, 'Englanniksi', `Less paperwork ${id}`, 'Which paperwork could we drop?');
    const today = new Date();
    const isoDay = (offset: number) => new Date(today.getTime() + offset * DAY).toISOString().slice(0, 10);
    const opens = page.getByRole('group', { name: 'Avautuu' });
    const closes = page.getByRole('group', { name: 'Sulkeutuu' });
    await opens.getByLabel('Päivä').fill(isoDay(-1));
    await closes.getByLabel('Päivä').fill(isoDay(-2));
    await page.getByRole('button', { name: 'Luo ideahaku' }).click();
    await expect(page.getByRole('heading', { name: 'Tarkista nämä kohdat' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Haun pitää sulkeutua vasta avautumisen jälkeen/ })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Suomeksi' }).getByLabel('Otsikko')).toHaveValue(
      `Vähemmän paperitöitä ${id}`,
    );
    await expectAccessible(page);

    await closes.getByLabel('Päivä').fill(isoDay(30));
    await page.getByRole('button', { name: 'Luo ideahaku' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Muokkaa ideahakua' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Ideahaku luotiin.' })).toBeVisible();
    await expectAccessible(page);

    // A colleague follows the campaign page's link: the campaign is chosen on the form.
    const colleague = await createSignedInUser(`Kalle Kotihoito ${id}`);
    await context.clearCookies();
    await context.addCookies([{ ...colleague.cookie, url: baseURL! }]);
    await page.goto(`/ideas/new?campaign=${slug}`);
    await expect(page.getByText(`Ideasi lähtee ideahakuun Vähemmän paperitöitä ${id}.`)).toBeVisible();
    await expect(page.getByLabel('Ideahaku')).toHaveValue(
      (await e2eDb().campaign.findUniqueOrThrow({ where: { slug } })).id,
    );
    await expectAccessible(page);
    await writeIdea(page, `Kirjaukset mobiililla ${id}`);
    await page.getByRole('button', { name: 'Lähetä tarkistettavaksi' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Kirjaukset mobiililla ${id}` })).toBeVisible();
    const idea = await e2eDb().idea.findFirstOrThrow({
      where: { title: `Kirjaukset mobiililla ${id}` },
      select: { campaign: { select: { slug: true } } },
    });
    expect(idea.campaign?.slug).toBe(slug);
  });

  test('a closed campaign refuses an idea with a clear message and keeps what was typed', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const id = tag();
    const slug = `paattynyt-${id}`;
    await e2eDb().campaign.create({
      data: {
        slug,
        titleFi: `Päättynyt haku ${id}`,
        titleSv: `Avslutad insamling ${id}`,
        titleEn: `Closed campaign ${id}`,
        descriptionFi: 'Haku on päättynyt.',
        descriptionSv: 'Insamlingen är avslutad.',
        descriptionEn: 'The campaign has closed.',
        opensAt: new Date(Date.now() - 30 * DAY),
        closesAt: new Date(Date.now() - DAY),
      },
    });
    const colleague = await createSignedInUser(`Liisa Lomake ${id}`);
    await context.addCookies([{ ...colleague.cookie, url: baseURL! }]);
    await page.goto(`/ideas/new?campaign=${slug}`);
    // Told before anything is typed.
    await expect(page.getByLabel('Ideahaku')).toHaveAccessibleDescription(/Tämä ideahaku on jo päättynyt/);
    await expect(page.getByText(/^Ideasi lähtee ideahakuun/)).toHaveCount(0);
    await expectAccessible(page);
    await writeIdea(page, `Lomakkeet sähköisiksi ${id}`);
    await page.getByRole('button', { name: 'Lähetä tarkistettavaksi' }).click();
    await expect(page.getByRole('heading', { name: 'Tarkista nämä kohdat' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Ideahaku: Tämä ideahaku on jo päättynyt/ })).toBeVisible();
    await expect(page.getByLabel('Ideahaku')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Otsikko')).toHaveValue(`Lomakkeet sähköisiksi ${id}`);
    await expectAccessible(page);
    expect(await e2eDb().idea.count({ where: { title: `Lomakkeet sähköisiksi ${id}` } })).toBe(0);
  });
});
