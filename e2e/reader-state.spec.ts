import type { Page } from '@playwright/test';
import { IdeaStatus } from '../modules/platform/db/client';
import { ideaPath } from '../modules/ideas/slug';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { expect, test } from './fixtures';

// On a stored idea page the reader's own vote arrives after the page (decision 0008). A button
// must never do the opposite of what its label said when it was pressed (issue 10).

/**
 * Opens a page until a stored copy answers (each server worker keeps its own store, and other
 * tests' changes running alongside may empty it meanwhile).
 */
async function gotoStored(page: Page, path: string): Promise<void> {
  await expect(async () => {
    const response = await page.goto(path);
    expect(response?.headers()['x-vau-page']).toBe('stored');
  }).toPass({ timeout: 15_000 });
}

/** Holds the reader's own state back until `release` is called, as a slow network would. */
async function holdReaderState(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/ideas/*/reader', async (route) => {
    await held;
    // A navigation meanwhile may have cancelled the request.
    await route.continue().catch(() => {});
  });
  return release;
}

test('a vote pressed while the reader’s own state is on its way never removes their vote', async ({
  browser,
  baseURL,
}) => {
  const author = await createSignedInUser('Kiire Kirjoittaja');
  const idea = await e2eDb().idea.create({
    data: {
      title: `Äänestyskilpa ${Date.now().toString(36)}`,
      body: 'Idea, jota lukija on jo kannattanut.',
      authorId: author.user.id,
      status: IdeaStatus.PUBLISHED,
      publishedAt: new Date(),
      voteCount: 1,
    },
  });
  const reader = await createSignedInUser('Nopea Lukija');
  await e2eDb().vote.create({ data: { ideaId: idea.id, userId: reader.user.id } });
  const context = await browser.newContext();
  await context.addCookies([{ ...reader.cookie, url: baseURL! }]);
  const page = await context.newPage();
  const path = ideaPath(idea);
  const theVote = { ideaId_userId: { ideaId: idea.id, userId: reader.user.id } };

  // A pointer goes down on "Kannatan" while the page cannot yet know; the state arrives, the
  // button turns pressed under the finger, and the pointer comes up.
  let release = await holdReaderState(page);
  await gotoStored(page, path);
  const pressed = page.getByRole('button', { name: 'Kannatan' });
  await pressed.scrollIntoViewIfNeeded();
  const box = (await pressed.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  release();
  const voted = page.getByRole('button', { name: 'Kannatan', pressed: true });
  await expect(voted).toHaveAttribute('aria-pressed', 'true');
  await page.mouse.up();
  await expect(voted).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('1 ääni')).toBeVisible();

  // The same with the keyboard: Space goes down on the neutral button, comes up on the known one.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  release = await holdReaderState(page);
  await gotoStored(page, path);
  const neutral = page.getByRole('button', { name: 'Kannatan' });
  // Until the reader's state is known the button is neutral: it cannot be pressed and claims no state.
  await expect(neutral).toHaveAttribute('aria-disabled', 'true');
  await expect(neutral).not.toHaveAttribute('aria-pressed');
  await neutral.focus();
  await page.keyboard.down('Space');
  release();
  await expect(voted).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.up('Space');
  await expect(voted).toHaveAttribute('aria-pressed', 'true');

  // Server actions run one after another: once this follow is answered, any earlier press was too.
  await page.getByRole('button', { name: 'Seuraa', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Lopeta seuraaminen' })).toHaveAttribute('aria-pressed', 'true');
  expect(await e2eDb().vote.findUnique({ where: theVote })).not.toBeNull();

  // A press on the label shown does what it says.
  await voted.click();
  await expect(page.getByRole('button', { name: 'Kannatan' })).toHaveAttribute('aria-pressed', 'false');
  // The label changes at once; the server's answer follows.
  await expect.poll(() => e2eDb().vote.findUnique({ where: theVote })).toBeNull();
  await context.close();
});
