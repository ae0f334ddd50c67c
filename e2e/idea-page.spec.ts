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

    // A count of nobody finding a comment helpful is not shown.
    await expect(page.getByRole('button', { name: 'Hyödyllinen', exact: true })).toBeVisible();
    await expect(page.getByText('Hyödyllinen (0)')).toHaveCount(0);
    // "Mention a colleague" sits at the start of its line like the send button, not stretched across.
    const mention = (await page.getByRole('button', { name: fi('ideas.comments.mention') }).boundingBox())!;
    const send = (await page.getByRole('button', { name: fi('ideas.comments.send'), exact: true }).boundingBox())!;
    expect(mention.x).toBeLessThanOrEqual(send.x);
    expect(mention.width).toBeLessThan(send.width * 3);

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
    // On a phone the two choices are stacked at the same full width, the confirming one below.
    await page.setViewportSize({ width: 360, height: 740 });
    const cancelBox = (await dialog.getByRole('button', { name: fi('ideas.comments.cancel') }).boundingBox())!;
    const confirmBox = (await dialog.getByRole('button', { name: fi('ideas.comments.deleteConfirm') }).boundingBox())!;
    expect(Math.abs(cancelBox.width - confirmBox.width)).toBeLessThan(1);
    expect(confirmBox.y).toBeGreaterThan(cancelBox.y);
    await expectAccessible(page);

    // Cancel keeps the comment and returns to the menu button.
    await dialog.getByRole('button', { name: fi('ideas.comments.cancel') }).click();
    await expect(dialog).toBeHidden();
    await expect(menuButton).toBeFocused();
    await expect(mine).toBeVisible();

    // By keyboard: ArrowDown opens the menu on its first item, End and the arrows move (round),
    // Escape closes it back to its button.
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: fi('ideas.comments.edit') })).toBeFocused();
    await page.keyboard.press('End');
    await expect(page.getByRole('menuitem', { name: fi('ideas.comments.delete') })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: fi('ideas.comments.edit') })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toBeHidden();
    await expect(menuButton).toBeFocused();

    // A refused delete (the comment went meanwhile) is said inside the dialog, which stays open;
    // Escape then still closes it back to the menu button.
    const myComment = { ideaId: idea.id, authorId: reader.user.id };
    await e2eDb().comment.updateMany({ where: myComment, data: { deletedAt: new Date() } });
    await menuButton.click();
    await page.getByRole('menuitem', { name: fi('ideas.comments.delete') }).click();
    await dialog.getByRole('button', { name: fi('ideas.comments.deleteConfirm') }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Kohdetta ei löytynyt.');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(menuButton).toBeFocused();
    await e2eDb().comment.updateMany({ where: myComment, data: { deletedAt: null } });

    await menuButton.click();
    await page.getByRole('menuitem', { name: fi('ideas.comments.delete') }).click();
    await expect(dialog.getByText('Kohdetta ei löytynyt.')).toHaveCount(0);
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

    // A toggle keeps its name; the state and how to take it back are said beside it.
    const vote = page.getByRole('button', { name: fi('ideas.vote.vote'), exact: true });
    await vote.click();
    await expect(vote).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText(fi('ideas.vote.undoHint'))).toBeVisible();
    await expect(page.getByText(`${fi('ideas.vote.voted')}.`)).toBeVisible();
    await vote.click();
    await expect(page.getByText(fi('ideas.vote.undoHint'))).toHaveCount(0);
    await expect(page.getByRole('button', { name: fi('ideas.vote.vote') })).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(async () => (await e2eDb().idea.findUniqueOrThrow({ where: { id: idea.id } })).voteCount).toBe(0);
  });
  test("a moderator's note on publishing stays off the page; a report is refused with a summary, then answered with focus", async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const author = await createSignedInUser('Muistion Kirjoittaja');
    const moderator = await createSignedInUser('Mona Moderaattori', [Role.EMPLOYEE, Role.MODERATOR]);
    const idea = await e2eDb().idea.create({
      data: {
        title: `Julkaistu huomautuksella ${unique()}`,
        body: 'Idea, jonka moderaattori julkaisi ja kirjoitti ehdottajalle huomautuksen.',
        authorId: author.user.id,
        status: IdeaStatus.PUBLISHED,
        publishedAt: new Date(),
      },
    });
    const note = `Lisää ensi kerralla lähteet ${unique()}.`;
    await e2eDb().ideaEvent.create({
      data: {
        ideaId: idea.id,
        actorId: moderator.user.id,
        type: 'STATUS_CHANGED',
        fromStatus: IdeaStatus.SUBMITTED,
        toStatus: IdeaStatus.PUBLISHED,
        reason: note,
      },
    });
    const reader = await createSignedInUser('Riikka Raportoija');
    await context.addCookies([{ ...reader.cookie, url: baseURL! }]);
    await page.goto(ideaPath(idea));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(idea.title);
    await expect(page.getByRole('region', { name: fi('ideas.official.heading') })).toHaveCount(0);
    expect(await page.content()).not.toContain(note);

    await page.getByText(fi('ideas.flag.reportIdea')).click();
    await page.getByRole('button', { name: fi('ideas.flag.send') }).click();
    await expect(page.locator(':focus')).toContainText(fi('forms.summaryTitle'));
    await expect(page).toHaveTitle(/^Virhe: /);
    await expectAccessible(page);
    await page.getByLabel(fi('ideas.flag.reason')).selectOption('SPAM');
    await page.getByRole('button', { name: fi('ideas.flag.send') }).click();
    await expect(page.locator(':focus')).toHaveText(fi('moderation.flags.thanks'));
    await expect(page).not.toHaveTitle(/^Virhe: /);
  });
});
