import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

// The header's menus in any of the three languages. Wide screens (1024 px and up) show the menu in
// the row, with "Tools" and the account in their own panels; narrower ones hold all of it behind
// "Menu" (components/main-nav.tsx).

const phoneMenuName = /^(Valikko|Meny|Menu)\b/;
const accountName = /^(Kirjautuneena:|Inloggad:|Signed in as)/;
const toolsName = /^(Työkalut|Verktyg|Tools)\b/;

function isWide(page: Page): boolean {
  return (page.viewportSize()?.width ?? 0) >= 1024;
}

async function open(button: Locator): Promise<void> {
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
}

export function phoneMenuButton(page: Page): Locator {
  return page.getByRole('banner').getByRole('button', { name: phoneMenuName });
}

export function accountMenuButton(page: Page): Locator {
  return page.getByRole('banner').getByRole('button', { name: accountName });
}

export function toolsMenuButton(page: Page): Locator {
  return page.getByRole('banner').getByRole('button', { name: toolsName });
}

/** Makes the person's own pages visible: on a phone, opens "Menu"; on a wide screen they are in the row. */
export async function openMainMenu(page: Page): Promise<void> {
  if (!isWide(page)) await open(phoneMenuButton(page));
}

/** Opens what holds the role areas: "Tools" on a wide screen, "Menu" on a phone. */
export async function openToolsMenu(page: Page): Promise<void> {
  await open(isWide(page) ? toolsMenuButton(page) : phoneMenuButton(page));
}

/** Opens what holds the account (profile, language, sign out): the person's name, or "Menu" on a phone. */
export async function openAccountMenu(page: Page): Promise<void> {
  await open(isWide(page) ? accountMenuButton(page) : phoneMenuButton(page));
}

/**
 * Switches the language from wherever the header offers it: the phone's menu, the account menu,
 * or (signed out, wide screen) the row itself, which appears once the browser knows nobody is signed in.
 */
export async function switchLanguage(page: Page, language: 'Suomi' | 'Svenska' | 'English'): Promise<void> {
  const header = page.getByRole('banner');
  if (!isWide(page)) await open(phoneMenuButton(page));
  else {
    const row = header.getByRole('navigation', { name: /^(Valitse kieli|Välj språk|Choose language)$/ });
    await expect(accountMenuButton(page).or(row)).toBeVisible();
    if (await accountMenuButton(page).isVisible()) await open(accountMenuButton(page));
  }
  await header.getByRole('link', { name: language }).click();
}

/** The header says who is signed in: in the account menu (its button names them on a wide screen). */
export async function expectSignedInAs(page: Page, name: string): Promise<void> {
  await openAccountMenu(page);
  await expect(page.getByRole('banner').getByRole('strong').filter({ hasText: name })).toBeVisible();
}
