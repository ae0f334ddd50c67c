import type { Locator, Page } from '@playwright/test';
import { IdeaStatus } from '../modules/platform/db/client';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { expect, test } from './fixtures';

/** A made-up word of random letters, so this test's ideas and people are the only ones found. */
function marker(): string {
  return Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
}

/** Presses Tab, and only Tab, until the element has the focus. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** The error summary: the box its heading heads (it has no role, as focus alone announces it). */
const summaryOf = (page: Page) => page.getByRole('heading', { name: 'Tarkista nämä kohdat' }).locator('..');

const siteTitle = 'VAU – vaikuta, auta, uudista';

/** What screen readers hear of a field's character count (the visible count is hidden from them). */
const spokenCount = (page: Page, id: string) => page.locator(`#${id}-count + [aria-live]`);

test.describe('forms', () => {
  test('a refused idea on a phone starts from an error summary at the top that leads to each field @phone', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const { cookie } = await createSignedInUser('Virpi Virheellinen');
    await context.addCookies([{ ...cookie, url: baseURL! }]);
    await page.goto('/ideas/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Uusi idea' })).toBeVisible();
    // Limits are told before anything is refused.
    await expect(page.getByText('Vähintään 8 ja enintään 160 merkkiä.')).toBeVisible();
    await expect(page.getByText('Vähintään 30 ja enintään 20 000 merkkiä.')).toBeVisible();
    await expectAccessible(page);

    // A count speaks only once its own field is edited: the title's, mounted before the description
    // was typed in, would have spoken by the time the description's does.
    await page.getByLabel('Kuvaus').fill('Liian lyhyt kuvaus');
    await expect(spokenCount(page, 'body')).toHaveText('Vielä vähintään 12 merkkiä');
    await expect(spokenCount(page, 'title')).toBeEmpty();

    await page.getByLabel('Otsikko').fill('Lyhyt');
    await expect(page.locator('#title-count')).toHaveText('Vielä vähintään 3 merkkiä');
    await page.getByLabel('Säästö euroina vuodessa').fill('paljon');
    // A refusal ends the preview, so the summary's link to the description finds it.
    await page.getByRole('button', { name: 'Esikatsele' }).click();
    await expect(page.getByRole('button', { name: 'Jatka kirjoittamista' })).toBeVisible();
    await page.getByRole('button', { name: 'Lähetä tarkistettavaksi' }).click();

    const summary = summaryOf(page);
    await expect(summary).toBeFocused();
    await expect(summary).toBeInViewport();
    await expect(page).toHaveTitle(`Virhe: Uusi idea – ${siteTitle}`);
    await expect(page.locator('#title-error')).toHaveText('Virhe: Otsikossa on oltava vähintään 8 merkkiä.');
    await expectAccessible(page);

    const links: [string, Locator][] = [
      ['Otsikko: Otsikossa on oltava vähintään 8 merkkiä.', page.getByLabel('Otsikko')],
      ['Kuvaus: Kuvaile ideaa vähintään 30 merkillä.', page.getByLabel('Kuvaus')],
      ['Aihealue: Valitse aihealue.', page.getByLabel('Aihealue')],
      ['Säästö euroina vuodessa: Anna luku, esimerkiksi 1500.', page.getByLabel('Säästö euroina vuodessa')],
    ];
    await expect(summary.getByRole('link')).toHaveText(links.map(([text]) => text));
    for (const [text, field] of links) {
      await summary.getByRole('link', { name: text }).click();
      await expect(field).toBeFocused();
      await expect(field).toBeInViewport();
      await expect(field).toHaveAttribute('aria-invalid', 'true');
    }
    // What was typed stays.
    await expect(page.getByLabel('Otsikko')).toHaveValue('Lyhyt');
    await expect(page.getByLabel('Säästö euroina vuodessa')).toHaveValue('paljon');

    await page.getByLabel('Otsikko').fill(`Toinen ${marker()} vedenkeitin kahvihuoneeseen`);
    await page.getByLabel('Kuvaus').fill('Kahvihuoneeseen hankitaan toinen vedenkeitin, niin jono lyhenee tauoilla.');
    await page.getByLabel('Aihealue').selectOption({ index: 1 });
    await page.getByLabel('Säästö euroina vuodessa').fill('');
    await page.getByRole('button', { name: 'Lähetä tarkistettavaksi' }).click();
    await expect(page.getByText('Idea on lähetetty tarkistettavaksi. Näet sen tilan täältä.')).toBeVisible();
    await expect(page).not.toHaveTitle(/Virhe:/);
  });

  test('a refused profile shows the summary too, and the title loses its "Virhe:" once fixed @phone', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const { cookie } = await createSignedInUser('Pekka Profiili');
    await context.addCookies([{ ...cookie, url: baseURL! }]);
    await page.goto('/profile');
    await expect(page.getByText('Vähintään 2 ja enintään 120 merkkiä.')).toBeVisible();
    await page.getByLabel('Nimi').fill('P');
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await expect(summaryOf(page)).toBeFocused();
    await expect(page).toHaveTitle(`Virhe: Omat tiedot – ${siteTitle}`);
    await expectAccessible(page);
    await summaryOf(page).getByRole('link', { name: 'Nimi: Nimessä on oltava vähintään 2 merkkiä.' }).click();
    await expect(page.getByLabel('Nimi')).toBeFocused();
    await page.getByLabel('Nimi').fill('Pekka Profiili');
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await expect(page.getByText('Tiedot tallennettu.')).toBeVisible();
    await expect(page).toHaveTitle(`Omat tiedot – ${siteTitle}`);
  });

  test('an idea is posted with the keyboard alone: one stop for similar ideas, a combobox for colleagues @keyboard', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const word = marker();
    const { cookie } = await createSignedInUser('Kerttu Näppäimistö');
    await context.addCookies([{ ...cookie, url: baseURL! }]);
    const { user: elsewhere } = await createSignedInUser('Toinen Kirjoittaja');
    for (const ending of ['alfa', 'beeta'])
      await e2eDb().idea.create({
        data: {
          title: `${word} ${ending} kokeilu`,
          body: 'Julkaistu idea, jota uusi idea muistuttaa.',
          authorId: elsewhere.id,
          status: IdeaStatus.PUBLISHED,
          publishedAt: new Date(),
        },
      });
    const { user: kaisa } = await createSignedInUser(`Kaisa ${word}`);
    await createSignedInUser(`Kalle ${word}`);

    await page.goto('/ideas/new');
    const title = page.getByLabel('Otsikko');
    await tabTo(page, title);
    await page.keyboard.type(`${word} gamma kokeilu`);
    // Enter in a single-line field does not send the form half filled.
    await page.keyboard.press('Enter');
    const similar = page.getByRole('region', { name: /Samankaltaisia ideoita on jo/ });
    await expect(similar.getByRole('link', { name: `${word} beeta kokeilu` })).toBeVisible();
    // Screen readers hear the count, not every title and button.
    const similarCount = page.getByRole('status').filter({ hasText: 'Otsikon alla on 2 samankaltaista ideaa.' });
    await expect(similarCount).toHaveCount(1);
    await expect(similar.locator('xpath=ancestor-or-self::*[@aria-live]')).toHaveCount(0);
    await expectAccessible(page);

    // The suggestions are one Tab stop; arrow keys move inside them.
    await page.keyboard.press('Tab');
    await expect(similar.getByRole('link').first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(similar.getByRole('button').first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(similar.getByRole('link').nth(1)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Esikatsele' })).toBeFocused();
    await expect(summaryOf(page)).toHaveCount(0);

    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Kuvaus')).toBeFocused();
    await page.keyboard.type('Kirjastoon palautusluukku, jonka kautta kirjat voi palauttaa myös illalla.');
    // The campaign choice comes between them while a campaign is open (other tests open some).
    await tabTo(page, page.getByLabel('Aihealue'));
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Aihealue')).not.toHaveValue('');

    const search = page.getByRole('combobox', { name: 'Hae kollegaa nimellä' });
    await tabTo(page, search);
    await page.keyboard.type(word);
    const options = page.getByRole('listbox', { name: 'Löytyneet kollegat' }).getByRole('option');
    await expect(options).toHaveCount(2);
    await expect(search).toHaveAttribute('aria-expanded', 'true');
    await expectAccessible(page);
    await page.keyboard.press('ArrowDown');
    const active = page.locator(`#${await search.getAttribute('aria-activedescendant')}`);
    await expect(active).toHaveAttribute('aria-selected', 'true');
    await expect(active).toContainText(`Kaisa ${word}`);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: `Poista Kaisa ${word}` })).toBeVisible();
    await expect(search).toBeFocused();
    await expect(search).toHaveValue('');

    // Escape closes the list without choosing.
    await page.keyboard.type(word);
    await expect(options).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(search).toHaveAttribute('aria-expanded', 'false');
    await expect(options).toHaveCount(0);
    await expect(page.getByRole('button', { name: `Poista Kalle ${word}` })).toHaveCount(0);

    await tabTo(page, page.getByRole('button', { name: 'Lähetä tarkistettavaksi' }));
    await page.keyboard.press('Enter');
    await expect(page.getByText('Idea on lähetetty tarkistettavaksi. Näet sen tilan täältä.')).toBeVisible();
    await expectAccessible(page);

    const idea = await e2eDb().idea.findFirstOrThrow({
      where: { title: `${word} gamma kokeilu` },
      select: { categoryId: true, coAuthors: { select: { userId: true } } },
    });
    expect(idea.categoryId).not.toBeNull();
    expect(idea.coAuthors).toEqual([{ userId: kaisa.id }]);
  });
});
