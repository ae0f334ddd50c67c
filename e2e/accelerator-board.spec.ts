import type { Page } from '@playwright/test';
import { IdeaStatus, Role } from '../modules/platform/db/client';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { expect, test } from './fixtures';

// Runs on a phone and a desktop (both projects): the keyboard move and the move without JavaScript.

async function cardInExperiment(label: string) {
  const department = await e2eDb().department.create({
    data: {
      slug: `board-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`,
      nameFi: `Taulun yksikkö ${label}`,
      nameSv: `Tavlans enhet ${label}`,
      nameEn: `Board department ${label}`,
    },
  });
  const author = await createSignedInUser('Aino Ideoija');
  const idea = await e2eDb().idea.create({
    data: {
      title: `Kokeiltava idea ${label} ${Date.now()}`,
      body: 'Idea, jota kokeillaan kiihdyttämössä.',
      authorId: author.user.id,
      status: IdeaStatus.EXPERIMENT,
      publishedAt: new Date(),
      departments: { create: [{ departmentId: department.id }] },
      acceleratorCard: { create: { progressPercent: 40 } },
    },
  });
  return { department, idea };
}

/** A column by the start of its name ("Kokeilu" finds "Kokeilu, 3 korttia"). */
const column = (page: Page, name: string) => page.getByRole('region', { name });

test.describe('the accelerator board', () => {
  test('a manager moves a card with the keyboard, announced; the board passes axe', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const { department, idea } = await cardInExperiment('näppäimistö');
    const { cookie } = await createSignedInUser('Maija Esihenkilö', [Role.EMPLOYEE, Role.MANAGER], {
      departmentId: department.id,
    });
    await context.addCookies([{ ...cookie, url: baseURL! }]);
    await page.goto(`/accelerator?department=${department.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Kiihdyttämö' })).toBeVisible();
    await expect(column(page, 'Kokeilussa').getByRole('heading', { name: idea.title })).toBeVisible();
    await expectAccessible(page);

    const handle = page.getByRole('button', { name: `Siirrä korttia: ${idea.title}` });
    await handle.focus();
    await page.keyboard.press('Space');
    // Picking up is announced, and at once replaced by where the card is: over its own column.
    await expect(page.getByText(`Kortti ${idea.title} on vaiheen Kokeilussa kohdalla.`)).toBeAttached();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText(`Kortti ${idea.title} on vaiheen Toteutuksessa kohdalla.`)).toBeAttached();
    await page.keyboard.press('Space');

    await expect(page.getByRole('status').filter({ hasText: 'Kortti siirretty: Toteutuksessa.' })).toBeVisible();
    await expect(column(page, 'Toteutuksessa').getByRole('heading', { name: idea.title })).toBeVisible();
    expect((await e2eDb().idea.findUniqueOrThrow({ where: { id: idea.id } })).status).toBe(IdeaStatus.IMPLEMENTATION);
  });

  test('the plain "Siirrä" form moves a card without JavaScript, and a colleague reads the board without controls', async ({
    browser,
    baseURL,
  }) => {
    const { department, idea } = await cardInExperiment('ilman skriptiä');
    const manager = await createSignedInUser('Nooa Noscript', [Role.EMPLOYEE, Role.MANAGER], {
      departmentId: department.id,
    });
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.addCookies([{ ...manager.cookie, url: baseURL! }]);
    const page = await context.newPage();
    await page.goto(`/accelerator?department=${department.id}`);
    const card = page.getByRole('article', { name: idea.title });
    await card.locator('summary').click();
    await card.getByLabel('Uusi vaihe').selectOption({ label: 'Toteutukseen' });
    await card.getByRole('button', { name: 'Siirrä', exact: true }).click();
    await expect(page.getByText('Kortti siirretty: Toteutuksessa.')).toBeVisible();
    await expect(column(page, 'Toteutuksessa').getByRole('heading', { name: idea.title })).toBeVisible();
    await context.close();

    const reader = await createSignedInUser('Lukija Lahtinen');
    const readerContext = await browser.newContext();
    await readerContext.addCookies([{ ...reader.cookie, url: baseURL! }]);
    const readerPage = await readerContext.newPage();
    await readerPage.goto(`/accelerator?department=${department.id}&view=now`);
    await expect(readerPage.getByRole('heading', { name: idea.title })).toBeVisible();
    await expect(readerPage.getByRole('button', { name: /Siirrä/ })).toHaveCount(0);
    await readerContext.close();
  });
});
