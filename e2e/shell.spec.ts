import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { publicStatuses } from '../modules/ideas/status';
import { IdeaStatus, Role } from '../modules/platform/db/client';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { expect, test } from './fixtures';
import {
  accountMenuButton,
  expectSignedInAs,
  openAccountMenu,
  openMainMenu,
  openToolsMenu,
  phoneMenuButton,
  switchLanguage,
  toolsMenuButton,
} from './menu';

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

/**
 * Test builds never show the demo banner (production build, decision 0005), so it is put in as the
 * component renders it: its own classes, the Finnish text.
 */
async function insertDemoBanner(page: Page): Promise<void> {
  const bannerClasses = /className="([^"]+)"/.exec(readFileSync('components/demo-sign-in-banner.tsx', 'utf8'))![1]!;
  const banner = (
    JSON.parse(readFileSync('modules/i18n/messages/fi.json', 'utf8')) as {
      demoSignInBanner: { title: string; text: string };
    }
  ).demoSignInBanner;
  await page.evaluate(
    ({ classes, title, text }) => {
      const element = document.createElement('div');
      element.className = classes;
      element.id = 'demo-banner';
      element.innerHTML = `<p><strong>${title}</strong> ${text}</p>`;
      document.querySelector('header')!.before(element);
    },
    { classes: bannerClasses, title: banner.title, text: banner.text },
  );
}

/** Unread activity for a person: the header counts only notifications on ideas they may see. */
async function giveUnread(recipientId: string, count: number): Promise<void> {
  const idea = await e2eDb().idea.create({
    data: {
      title: `Kommentoitu ${Date.now().toString(36)}`,
      body: 'Idea, jota kommentoitiin.',
      authorId: recipientId,
      status: IdeaStatus.PUBLISHED,
      publishedAt: new Date(),
    },
  });
  await e2eDb().notification.createMany({
    data: Array.from({ length: count }, () => ({ recipientId, type: 'COMMENT' as const, ideaId: idea.id })),
  });
}

function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

interface Box {
  name: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The header row's content edges, every link and button shown in it (closed panels' are hidden),
 * and the shown texts cut short with an ellipsis (a hidden one is a pixel wide).
 */
async function headerRow(page: Page): Promise<{ left: number; right: number; controls: Box[]; cut: string[] }> {
  return page.getByRole('banner').evaluate((header) => {
    const row = header.firstElementChild!;
    const cut = [...row.querySelectorAll('span')]
      .filter((span) => getComputedStyle(span).textOverflow === 'ellipsis' && span.clientWidth > 1)
      .filter((span) => span.scrollWidth > span.clientWidth)
      .map((span) => span.textContent ?? '');
    const rowBox = row.getBoundingClientRect();
    const style = getComputedStyle(row);
    const controls = [...header.querySelectorAll('a, button')]
      .filter((element) => element.checkVisibility())
      .map((element) => {
        const box = element.getBoundingClientRect();
        const name = element.getAttribute('aria-label') ?? element.textContent ?? '';
        return { name: name.trim(), left: box.left, right: box.right, top: box.top, bottom: box.bottom };
      })
      .filter((box) => box.right - box.left > 1);
    return {
      left: rowBox.left + parseFloat(style.paddingLeft),
      right: rowBox.right - parseFloat(style.paddingRight),
      controls,
      cut,
    };
  });
}

/**
 * No two of the header's controls cover each other, all of them stay inside the row's padding, and
 * the service's and organisation's names are whole (only a person's name may be cut short).
 */
async function expectHeaderRowInOrder(page: Page, personName?: string): Promise<void> {
  const { left, right, controls, cut } = await headerRow(page);
  expect(cut.filter((text) => text !== personName)).toEqual([]);
  expect(controls.length).toBeGreaterThan(1);
  for (const control of controls) {
    expect(control.left, `${control.name} starts inside the row`).toBeGreaterThanOrEqual(left - 0.5);
    expect(control.right, `${control.name} ends inside the row`).toBeLessThanOrEqual(right + 0.5);
  }
  for (const [index, first] of controls.entries()) {
    for (const second of controls.slice(index + 1)) {
      const apart =
        first.right <= second.left + 0.5 ||
        second.right <= first.left + 0.5 ||
        first.bottom <= second.top + 0.5 ||
        second.bottom <= first.top + 0.5;
      expect(apart, `"${first.name}" and "${second.name}" overlap`).toBe(true);
    }
  }
}

test.describe('app shell', () => {
  test('the front page greets in Finnish and lists the trending demo ideas, whatever the browser language', async ({
    page,
    expectAccessible,
  }) => {
    await page.setExtraHTTPHeaders({ 'Accept-Language': 'en-US,en;q=0.9' });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
    await expect(page.getByRole('heading', { level: 1, name: 'Vaikuta, auta, uudista' })).toBeVisible();
    await expect(page).toHaveTitle('VAU – vaikuta, auta, uudista');

    const newest = page.getByRole('region', { name: 'Nyt suosittuja' });
    await expect(newest.getByRole('listitem').first()).toBeVisible();
    expect(await newest.getByRole('heading', { level: 3 }).count()).toBeGreaterThanOrEqual(6);
    // Other tests publish and vote meanwhile, so the first one is looked up rather than assumed.
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
    await switchLanguage(page, 'Svenska');
    await expect(page).toHaveURL(/\/sv$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.getByRole('heading', { level: 1, name: 'Påverka, hjälp, förnya' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Populära just nu' })).toBeVisible();
    await expectAccessible(page);

    await page.goto('/');
    await expect(page).toHaveURL(/\/sv$/);

    await switchLanguage(page, 'English');
    await expect(page.getByRole('heading', { level: 1, name: 'Influence, help, renew' })).toBeVisible();
    await openMainMenu(page);
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
    await expectAccessible(page);

    await switchLanguage(page, 'Suomi');
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
    await switchLanguage(page, 'Svenska');
    await expect(page.getByRole('heading', { level: 1, name: 'Påverka, hjälp, förnya' })).toBeVisible();
    await expect(page).toHaveTitle('VAU – påverka, hjälp, förnya');
    await switchLanguage(page, 'English');
    await expect(page.getByRole('heading', { level: 1, name: 'Influence, help, renew' })).toBeVisible();
    await switchLanguage(page, 'Suomi');
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

  test('the footer link leads to the statement, and the menu marks where you are', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Saavutettavuus' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Saavutettavuusseloste' })).toBeVisible();
    // The statement lives in the footer only; the menu is for the service's own pages.
    await openMainMenu(page);
    const menu = page.getByRole('navigation', { name: 'Päävalikko' });
    await expect(menu.getByRole('link', { name: 'Saavutettavuus' })).toHaveCount(0);
    await menu.getByRole('link', { name: 'Ideat' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ideat' })).toBeVisible();
    await openMainMenu(page);
    await expect(menu.getByRole('link', { name: 'Ideat' })).toHaveAttribute('aria-current', 'page');
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

  test('signed out, the header row has the same margin on both sides and nothing overlaps', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Kirjaudu sisään' })).toBeVisible();
    const expectEvenMargins = async () => {
      await expectHeaderRowInOrder(page);
      const { controls } = await headerRow(page);
      const viewport = page.viewportSize()!;
      const leftMargin = Math.min(...controls.map((control) => control.left));
      const rightMargin = viewport.width - Math.max(...controls.map((control) => control.right));
      expect(Math.abs(leftMargin - rightMargin)).toBeLessThanOrEqual(1);
    };
    await expectEvenMargins();
    // The phone's menu open: the row itself must not move.
    await openMainMenu(page);
    await expectEvenMargins();
  });
});

test.describe('on a phone', () => {
  test(
    'the menu folds behind a button that opens and closes it',
    { tag: '@phone' },
    async ({ page, expectAccessible }) => {
      await page.goto('/');
      const button = phoneMenuButton(page);
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      const ideas = page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Ideat' });
      await expect(ideas).toBeHidden();
      await button.click();
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(ideas).toBeVisible();
      await expectAccessible(page);
      await button.click();
      await expect(ideas).toBeHidden();
      expect(await sidewaysOverflow(page)).toBe(0);
    },
  );

  test(
    'the header is one row at 360 px, with "New idea", the menu and the demo banner above it',
    { tag: '@phone' },
    async ({ page, context, baseURL }) => {
      const { user, cookie } = await createSignedInUser(`Puhelin Käyttäjänen ${Date.now().toString(36)}`);
      await giveUnread(user.id, 1);
      await context.addCookies([{ ...cookie, url: baseURL! }]);
      await page.goto('/');
      const header = page.getByRole('banner');
      await expect(header.getByRole('link', { name: 'Uusi idea' })).toBeVisible();
      await expect(phoneMenuButton(page)).toHaveAccessibleName(/^Valikko\W+1 lukematon$/);

      await insertDemoBanner(page);
      const bannerBox = (await page.locator('#demo-banner').boundingBox())!;
      const headerBox = (await header.boundingBox())!;
      // One row: the 44 px targets, a little padding and the brand border; two rows would be over 100.
      expect(headerBox.height).toBeLessThanOrEqual(64);
      expect(bannerBox.height).toBeLessThanOrEqual(80);
      expect(headerBox.y + headerBox.height).toBeLessThanOrEqual(740 / 4);
      expect(await sidewaysOverflow(page)).toBe(0);
    },
  );

  test(
    'at 320 px (WCAG reflow) a signed-in employee’s header fits without sideways scrolling',
    { tag: '@phone' },
    async ({ page, context, baseURL }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      const { user, cookie } = await createSignedInUser(`Kapea Näyttö ${Date.now().toString(36)}`);
      await giveUnread(user.id, 12);
      await context.addCookies([{ ...cookie, url: baseURL! }]);
      await page.goto('/');
      const header = page.getByRole('banner');
      await expect(header.getByRole('link', { name: 'Uusi idea' })).toBeVisible();
      await expect(phoneMenuButton(page)).toContainText('12');
      await insertDemoBanner(page);
      expect(await sidewaysOverflow(page)).toBe(0);
      const headerBox = (await header.boundingBox())!;
      expect(headerBox.height).toBeLessThanOrEqual(64);
    },
  );
});

test.describe('the menu', () => {
  test('an employee gets their own pages, "New idea" and unread activity, and no tools', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const { user, cookie } = await createSignedInUser(`Eeva Työntekijä ${Date.now().toString(36)}`);
    await giveUnread(user.id, 2);
    await context.addCookies([{ ...cookie, url: baseURL! }]);
    await page.goto('/');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Uusi idea' })).toHaveAttribute(
      'href',
      '/ideas/new',
    );
    await openMainMenu(page);
    const menu = page.getByRole('navigation', { name: 'Päävalikko' });
    await expect(menu.getByRole('link', { name: 'Omat ideat' })).toHaveAttribute('href', '/my-ideas');
    await expect(menu.getByRole('link', { name: 'Uutta 2 lukematonta' })).toHaveAttribute('href', '/notifications');
    await expect(toolsMenuButton(page)).toHaveCount(0);
    await expect(menu.getByRole('link', { name: /Moderointi|Käyttäjät/ })).toHaveCount(0);
    await expectAccessible(page);
  });

  test('a moderator and administrator gets one "Tools" panel, and the header stays one calm row', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const { cookie } = await createSignedInUser(`Monirooli Maija ${Date.now().toString(36)}`, [
      Role.EMPLOYEE,
      Role.MODERATOR,
      Role.MANAGER,
      Role.HR,
      Role.ADMIN,
    ]);
    await context.addCookies([{ ...cookie, url: baseURL! }]);
    await page.goto('/ideas');
    const header = page.getByRole('banner');
    await expect(header.getByRole('link', { name: 'Uusi idea' })).toBeVisible();

    // One row at 360 and 1280 px: no wrapped "Uusi / idea", nothing over the logo.
    const headerBox = (await header.boundingBox())!;
    expect(headerBox.height).toBeLessThanOrEqual(76);
    const newIdeaBox = (await header.getByRole('link', { name: 'Uusi idea' }).boundingBox())!;
    expect(newIdeaBox.height).toBeLessThan(48);
    const logoBox = (await header.getByRole('link', { name: /^VAU/ }).boundingBox())!;
    expect(logoBox.x + logoBox.width).toBeLessThanOrEqual(
      (await header.getByRole('link', { name: 'Uusi idea' }).boundingBox())!.x,
    );

    await openToolsMenu(page);
    // Every role area is a list under its own heading, even with one page in it.
    const moderation = header.getByRole('list', { name: 'Moderointi' }).getByRole('link');
    await expect(moderation).toHaveCount(1);
    await expect(moderation).toHaveAttribute('href', '/moderation');
    const administration = header.getByRole('list', { name: 'Ylläpito' });
    const adminPages = administration.getByRole('link');
    // The pages an admin uses most; the rest (e-mail, webhooks, topics, ...) are on /admin.
    await expect(adminPages).toHaveCount(5);
    expect(await adminPages.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
      '/admin/users',
      '/admin/campaigns',
      '/admin/settings',
      '/admin/audit',
      '/admin',
    ]);
    await expectAccessible(page);

    await openAccountMenu(page);
    // The phone's and the wide screen's menus are both in the page; one of them is shown.
    await expect(header.getByText(/Moderaattori, Esihenkilö, HR, Ylläpitäjä/).filter({ visible: true })).toBeVisible();
    await expect(header.getByRole('link', { name: 'Omat tiedot' })).toBeVisible();
    await expectAccessible(page);

    // Opening the account menu closed "Tools" on a wide screen (a phone's menu holds both).
    await openToolsMenu(page);
    await administration.getByRole('link', { name: 'Käyttäjät' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Käyttäjät' })).toBeVisible();
  });

  test('with every role and a long name, the header’s controls stay apart and inside the row in every language', async ({
    page,
    context,
    baseURL,
  }) => {
    const name = 'Aleksandra Korhonen-Väisänen';
    const { user, cookie } = await createSignedInUser(name, [
      Role.EMPLOYEE,
      Role.MODERATOR,
      Role.MANAGER,
      Role.HR,
      Role.ADMIN,
    ]);
    await giveUnread(user.id, 12);
    await context.addCookies([{ ...cookie, url: baseURL! }]);
    const newIdea = { fi: 'Uusi idea', sv: 'Ny idé', en: 'New idea' } as const;
    for (const [locale, path] of [
      ['fi', '/ideas'],
      ['sv', '/sv/ideas'],
      ['en', '/en/ideas'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('banner').getByRole('link', { name: newIdea[locale] })).toBeVisible();
      await expectHeaderRowInOrder(page, name);
      expect(await sidewaysOverflow(page)).toBe(0);
    }
    // The name may be cut short on screen; the button still says all of it, and so does its panel.
    const wide = (page.viewportSize()?.width ?? 0) >= 1024;
    if (wide) await expect(accountMenuButton(page)).toHaveAccessibleName(`Signed in as ${name}`);
    await expectSignedInAs(page, name);
  });

  test('the list page has one "New idea": the header’s, with its plus sign', async ({ page, context, baseURL }) => {
    const { cookie } = await createSignedInUser('Yksi Nappi');
    await context.addCookies([{ ...cookie, url: baseURL! }]);
    await page.goto('/ideas');
    const header = page.getByRole('banner');
    await expect(header.getByRole('link', { name: 'Uusi idea' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Uusi idea' })).toHaveCount(1);
    await expect(header.getByRole('link', { name: 'Uusi idea' }).locator('svg')).toHaveCount(1);
  });

  test(
    'the account menu works from the keyboard: Enter opens, Tab enters, Escape closes and returns',
    { tag: '@keyboard' },
    async ({ page, context, baseURL }) => {
      const { cookie } = await createSignedInUser('Kalle Näppäimistö');
      await context.addCookies([{ ...cookie, url: baseURL! }]);
      await page.goto('/');
      const button = accountMenuButton(page);
      await expect(button).toHaveAccessibleName('Kirjautuneena: Kalle Näppäimistö');
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: 'Omat tiedot' })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(button).toBeFocused();
      await expect(page.getByRole('link', { name: 'Omat tiedot' })).toBeHidden();
      // Space toggles it too, and leaving it with Tab closes it.
      await page.keyboard.press('Space');
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('Shift+Tab');
      await expect(button).toHaveAttribute('aria-expanded', 'false');
    },
  );

  test('a signed-in person changes the language from the account menu', async ({ page, context, baseURL }) => {
    const { cookie } = await createSignedInUser('Sanna Svenska');
    await context.addCookies([{ ...cookie, url: baseURL! }]);
    await page.goto('/ideas');
    await openAccountMenu(page);
    await page.getByRole('banner').getByRole('link', { name: 'Svenska' }).click();
    await expect(page).toHaveURL(/\/sv\/ideas$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await openAccountMenu(page);
    await expect(page.getByRole('banner').getByRole('button', { name: 'Logga ut' })).toBeVisible();
    await switchLanguage(page, 'Suomi');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  });

  test('after a navigation the new page’s heading has focus; on the first load it does not', async ({
    page,
    context,
    baseURL,
  }) => {
    // Pages rendered per person: the stored shared pages (front page, list) answer some of the
    // router's requests with HTML today, which turns a click into a full page load (lead: see report).
    const { cookie } = await createSignedInUser('Fokus Otsikko');
    await context.addCookies([{ ...cookie, url: baseURL! }]);
    await page.goto('/profile');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused();
    await page.evaluate(() => Object.assign(window, { vauSameDocument: true }));
    await page.getByRole('banner').getByRole('link', { name: 'Uusi idea' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Uusi idea' })).toBeFocused();
    // Moved by the app, not by a fresh page load.
    expect(await page.evaluate(() => 'vauSameDocument' in window)).toBe(true);
  });
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
