import type { Page } from '@playwright/test';
import { publicStatuses } from '../modules/ideas/status';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { expect, test } from './fixtures';

/**
 * Records every moment the document has no title once the first HTML has been read: screen
 * readers announce the title on each navigation, and axe fails a page without one.
 */
async function recordUntitledMoments(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const untitled: string[] = [];
    Object.assign(window, { vauUntitled: untitled });
    const check = () => {
      if (!document.title.trim()) untitled.push(location.pathname);
    };
    document.addEventListener('DOMContentLoaded', () => {
      check();
      new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
    });
  });
  return () => page.evaluate(() => (window as Window & { vauUntitled?: string[] }).vauUntitled ?? ['(not recorded)']);
}

test.describe('app shell', () => {
  test('the front page greets in Finnish and lists the newest demo ideas, whatever the browser language', async ({
    page,
    expectAccessible,
  }) => {
    await page.setExtraHTTPHeaders({ 'Accept-Language': 'en-US,en;q=0.9' });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
    await expect(page.getByRole('heading', { level: 1, name: 'Vaikuta, auta, uudista' })).toBeVisible();
    await expect(page).toHaveTitle('VAU – vaikuta, auta, uudista');

    const newest = page.getByRole('region', { name: 'Uusimmat ideat' });
    await expect(newest.getByRole('listitem').first()).toBeVisible();
    expect(await newest.getByRole('heading', { level: 3 }).count()).toBeGreaterThanOrEqual(10);
    // Other tests publish ideas meanwhile, so the newest one is looked up rather than assumed.
    const first = (await newest.getByRole('heading', { level: 3 }).first().textContent()) ?? '';
    expect(await e2eDb().idea.count({ where: { title: first, status: { in: [...publicStatuses] } } })).toBeGreaterThan(
      0,
    );
    await expect(newest).not.toContainText('Lasten allergiatiedot turvallisesti keittiön käyttöön'); // still in moderation
    await expect(page.getByRole('banner')).toContainText('Kuusilahden kaupunki');
    await expectAccessible(page);
  });

  test('a keyboard user can skip straight to the content', { tag: '@keyboard' }, async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Siirry pääsisältöön' });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('the chosen language sticks, in Swedish and English, until changed back', async ({ page, expectAccessible }) => {
    await page.goto('/');
    await page.getByRole('link', { name: /Svenska/ }).click();
    await expect(page).toHaveURL(/\/sv$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.getByRole('heading', { level: 1, name: 'Påverka, hjälp, förnya' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Senaste idéerna' })).toBeVisible();
    await expectAccessible(page);

    await page.goto('/');
    await expect(page).toHaveURL(/\/sv$/);

    await page.getByRole('link', { name: /English/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Influence, help, renew' })).toBeVisible();
    await expect(page.getByRole('link', { name: /English/ })).toHaveAttribute('aria-current', 'true');
    await expectAccessible(page);

    await page.getByRole('link', { name: /Suomi/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Vaikuta, auta, uudista' })).toBeVisible();
    await page.goto('/');
    await expect(page).toHaveURL(/\/$/);
  });

  test('a page has its title at every moment, across language switches and after posting an idea', async ({
    page,
    context,
    baseURL,
  }) => {
    const untitledMoments = await recordUntitledMoments(page);
    const { cookie } = await createSignedInUser('Otsikko Tarkkailija');
    await context.addCookies([{ ...cookie, url: baseURL! }]);
    await page.goto('/');
    await page.getByRole('link', { name: /Svenska/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Påverka, hjälp, förnya' })).toBeVisible();
    await expect(page).toHaveTitle('VAU – påverka, hjälp, förnya');
    await page.getByRole('link', { name: /English/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Influence, help, renew' })).toBeVisible();
    await page.getByRole('link', { name: /Suomi/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Vaikuta, auta, uudista' })).toBeVisible();
    expect(await untitledMoments()).toEqual([]);

    await page.goto('/ideas/new');
    await page.getByLabel('Otsikko').fill(`Otsikko näkyy aina ${Date.now().toString(36)}`);
    await page
      .getByLabel('Kuvaus')
      .fill('Ruudunlukija kertoo sivun otsikon jokaisella siirtymällä, myös lähettämisen jälkeen.');
    await page.getByLabel('Aihealue').selectOption({ index: 1 });
    await page.getByLabel('Sivistyksen toimiala').check();
    await page.getByRole('button', { name: 'Lähetä tarkistettavaksi' }).click();
    await expect(page.getByText('Idea on lähetetty tarkistettavaksi. Näet sen tilan täältä.')).toBeVisible();
    await expect(page).toHaveTitle(/^Otsikko näkyy aina/);
    // Back to the front page, which shows a loading state while it waits for its data.
    await page
      .getByRole('banner')
      .getByRole('link', { name: /Kuusilahden kaupunki/ })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Vaikuta, auta, uudista' })).toBeVisible();
    await expect(page).toHaveTitle('VAU – vaikuta, auta, uudista');
    expect(await untitledMoments()).toEqual([]);
  });

  test('the accessibility statement exists in all three languages', async ({ page, expectAccessible }) => {
    const statements = [
      ['/accessibility', 'Saavutettavuusseloste', 'VAU – vaikuta, auta, uudista', 'Valvontaviranomainen'],
      ['/sv/accessibility', 'Tillgänglighetsutlåtande', 'VAU – påverka, hjälp, förnya', 'Tillsynsmyndighet'],
      ['/en/accessibility', 'Accessibility statement', 'VAU – influence, help, renew', 'Enforcement procedure'],
    ] as const;
    for (const [path, title, product, enforcement] of statements) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(page).toHaveTitle(`${title} – ${product}`);
      await expect(page.getByRole('heading', { level: 2, name: enforcement })).toBeVisible();
      await expect(page.getByRole('link', { name: 'saavutettavuus@kuusilahti.example' })).toBeVisible();
      await expectAccessible(page);
    }
  });

  test('the footer link leads to the statement, and the menu marks where you are', async ({ page, isMobile }) => {
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Saavutettavuus' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Saavutettavuusseloste' })).toBeVisible();
    const menu = page.getByRole('navigation', { name: 'Päävalikko' });
    if (isMobile) await menu.getByRole('button', { name: 'Valikko' }).click();
    await expect(menu.getByRole('link', { name: 'Saavutettavuus' })).toHaveAttribute('aria-current', 'page');
  });

  test('an unknown address shows a translated, accessible not-found page with status 404', async ({
    page,
    expectAccessible,
  }) => {
    const response = await page.goto('/ei-tallaista-sivua');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Palaa etusivulle' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Vaikuta, auta, uudista' })).toBeVisible();
  });
});

test.describe('on a phone', () => {
  test(
    'the menu folds behind a button that opens and closes it',
    { tag: '@phone' },
    async ({ page, expectAccessible }) => {
      await page.goto('/');
      const button = page.getByRole('button', { name: 'Valikko' });
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(
        page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Etusivu' }),
      ).toBeHidden();
      await button.click();
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(
        page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Etusivu' }),
      ).toBeVisible();
      await expectAccessible(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
    },
  );
});

test.describe('operations', () => {
  test('the health endpoint reports the app and its database', async ({ request }) => {
    const response = await request.get('/api/health');
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toBe('no-store');
    expect(await response.json()).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });

  test('every page response carries a request id for the logs', async ({ request }) => {
    const response = await request.get('/', { headers: { 'x-request-id': 'lb-0123456789' } });
    expect(response.headers()['x-request-id']).toBe('lb-0123456789');
    const fresh = await request.get('/accessibility');
    expect(fresh.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
