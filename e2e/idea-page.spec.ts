import { readFileSync } from 'node:fs';
import { IdeaStatus, Role } from '../modules/platform/db/client';
import { ideaPath } from '../modules/ideas/slug';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { expect, test } from './fixtures';

/** The Finnish wording as it is now: another helper may rename states while these tests stand. */
function fi(path: string): string {
  const messages: unknown = JSON.parse(readFileSync('modules/i18n/messages/fi.json', 'utf8'));
  const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages);
  if (typeof value !== 'string') throw new Error(`no message ${path}`);
  return value;
}

const unique = () => Math.random().toString(36).slice(2, 10);

async function ideaInEvaluation() {
  const author = await createSignedInUser('Sivun Kirjoittaja');
  const manager = await createSignedInUser('Laura Nieminen', [Role.EMPLOYEE, Role.MANAGER]);
  const idea = await e2eDb().idea.create({
    data: {
      title: `Idea arvioitavana ${unique()}`,
      body: 'Kokeillaan yhteistä varastoa kolmen koulun kesken.',
      authorId: author.user.id,
      status: IdeaStatus.EVALUATION,
      publishedAt: new Date(),
      commentCount: 1,
    },
  });
  const answer = `Arvioimme idean kevään aikana ${unique()}.`;
  await e2eDb().comment.create({ data: { ideaId: idea.id, authorId: manager.user.id, body: answer, official: true } });
  return { idea, answer };
}

test.describe('the idea page', () => {
  test('shows where the idea is and the official response at the top; a comment is deleted through its menu after a confirmation', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const { idea, answer } = await ideaInEvaluation();
    const reader = await createSignedInUser('Kaisa Kommentoija');
    await context.addCookies([{ ...reader.cookie, url: baseURL! }]);
    await page.goto(ideaPath(idea));

    const stepper = page.getByRole('region', { name: fi('ideas.stepper.heading') });
    const steps = stepper.getByRole('listitem');
    await expect(steps).toHaveCount(7);
    await expect(steps.nth(3)).toHaveAttribute('aria-current', 'step');
    await expect(steps.nth(3)).toContainText(fi('status.EVALUATION'));
    await expect(stepper.locator('[aria-current]')).toHaveCount(1);
    await expect(stepper).toContainText(fi('ideas.stepper.next.EVALUATION'));

    const official = page.getByRole('region', { name: fi('ideas.official.heading') });
    await expect(official).toContainText(answer);
    await expect(official).toContainText('Laura Nieminen');
    // Pinned above the stepper and the idea's own text.
    const officialTop = (await official.boundingBox())!.y;
    expect(officialTop).toBeLessThan((await stepper.boundingBox())!.y);
    expect(officialTop).toBeLessThan((await page.getByText('Kokeillaan yhteistä varastoa').boundingBox())!.y);
    await expectAccessible(page);

    // Posting: the new comment takes the focus, so the writer hears it arrived.
    await page.getByLabel(fi('ideas.comments.newLabel')).fill('Meillä on tilaa varastolle.');
    await page.getByRole('button', { name: fi('ideas.comments.send'), exact: true }).click();
    const mine = page.getByRole('article', { name: 'Kommentti: Kaisa Kommentoija' });
    await expect(mine).toBeFocused();

    const menuButton = mine.getByRole('button', { name: /Kaisa Kommentoija/ });
    await menuButton.click();
    await expect(page.getByRole('menu')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('menuitem', { name: fi('ideas.comments.delete') }).click();
    const dialog = page.getByRole('alertdialog', { name: fi('ideas.comments.deleteTitle') });
    await expect(dialog).toBeVisible();
    await expectAccessible(page);

    // Cancel keeps the comment and returns to the menu button.
    await dialog.getByRole('button', { name: fi('ideas.comments.cancel') }).click();
    await expect(dialog).toBeHidden();
    await expect(menuButton).toBeFocused();
    await expect(mine).toBeVisible();

    await menuButton.click();
    await page.getByRole('menuitem', { name: fi('ideas.comments.delete') }).click();
    await dialog.getByRole('button', { name: fi('ideas.comments.deleteConfirm') }).click();
    await expect(mine).toHaveCount(0);
    await expect(page.locator('#comments-heading')).toBeFocused();
    expect(await e2eDb().comment.count({ where: { ideaId: idea.id, authorId: reader.user.id } })).toBe(0);
  });

  test('a refused comment says why at its field; a vote is taken back from the same button', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const { idea } = await ideaInEvaluation();
    const reader = await createSignedInUser('Veera Vastaaja');
    await context.addCookies([{ ...reader.cookie, url: baseURL! }]);
    await page.goto(ideaPath(idea));

    // The page has hydrated and knows the reader's own state.
    await expect(page.getByRole('button', { name: fi('ideas.vote.vote') })).toHaveAttribute('aria-pressed', 'false');
    // A moderator locks the discussion while the reader writes: the refusal is told at the field.
    // (Before any vote: a vote refreshes the page, which would then come without the form.)
    await e2eDb().idea.update({ where: { id: idea.id }, data: { discussionLockedAt: new Date() } });
    const field = page.getByLabel(fi('ideas.comments.newLabel'));
    await field.fill('Tämä ei enää mene perille.');
    await page.getByRole('button', { name: fi('ideas.comments.send'), exact: true }).click();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toBeFocused();
    const description = await field.evaluate((element) =>
      (element.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(description).toContain(fi('ideas.comments.locked'));
    await expect(field).toHaveValue('Tämä ei enää mene perille.');
    await expectAccessible(page);

    await page.getByRole('button', { name: fi('ideas.vote.vote') }).click();
    const voted = page.getByRole('button', { name: fi('ideas.vote.voted') });
    await expect(voted).toHaveAttribute('aria-pressed', 'true');
    await expect(voted).toContainText(fi('ideas.vote.undo'));
    await voted.click();
    await expect(page.getByRole('button', { name: fi('ideas.vote.vote') })).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(async () => (await e2eDb().idea.findUniqueOrThrow({ where: { id: idea.id } })).voteCount).toBe(0);
  });
});
