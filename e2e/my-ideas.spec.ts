import { IdeaStatus } from '../modules/platform/db/client';
import { ideaPath } from '../modules/ideas/slug';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { expect, test } from './fixtures';

const marker = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test.describe('my ideas and notifications', () => {
  test('an author sees the idea sent back and the draft first, and follows the link to fix it; nobody else sees them', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const { user: author, cookie } = await createSignedInUser('Aino Author');
    const tag = marker();
    const published = await e2eDb().idea.create({
      data: {
        title: `Julkaistu ${tag}`,
        body: 'Julkaistu idea.',
        authorId: author.id,
        status: IdeaStatus.PUBLISHED,
        publishedAt: new Date(),
      },
    });
    const sentBack = await e2eDb().idea.create({
      data: {
        title: `Palautettu ${tag}`,
        body: 'Idea, josta pyydettiin muutoksia.',
        authorId: author.id,
        status: IdeaStatus.CHANGES_REQUESTED,
      },
    });
    await e2eDb().ideaEvent.create({
      data: {
        ideaId: sentBack.id,
        type: 'STATUS_CHANGED',
        fromStatus: IdeaStatus.SUBMITTED,
        toStatus: IdeaStatus.CHANGES_REQUESTED,
        reason: 'Kerro, mitä kokeilu maksaa.',
      },
    });
    await e2eDb().idea.create({
      data: { title: `Luonnos ${tag}`, body: 'Keskeneräinen.', authorId: author.id, status: IdeaStatus.DRAFT },
    });

    await context.addCookies([{ ...cookie, url: baseURL! }]);
    await page.goto('/my-ideas');
    await expect(page.getByRole('heading', { level: 1, name: 'Omat ideat' })).toBeVisible();
    const groups = page.getByRole('heading', { level: 2 });
    await expect(groups).toHaveText([/^Odottaa muutoksiasi/, /^Luonnokset/, /^Julkaistut ja etenevät/]);
    await expect(page.getByText('Moderaattorin viesti: Kerro, mitä kokeilu maksaa.')).toBeVisible();
    await expect(page.getByRole('link', { name: published.title })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('link', { name: `Korjaa idea: ${sentBack.title}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Muokkaa ideaa' })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(`${ideaPath(sentBack)}/edit`);

    // The page is the reader's own: a colleague asking right after gets theirs, not the author's.
    await context.clearCookies();
    const colleague = await createSignedInUser('Kalle Kollega');
    await context.addCookies([{ ...colleague.cookie, url: baseURL! }]);
    await page.goto('/my-ideas');
    await expect(page.getByText('Sinulla ei ole vielä ideoita.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Kerro ideasi' })).toHaveAttribute('href', '/ideas/new');
    await expect(page.getByText(tag)).toHaveCount(0);
    await expectAccessible(page);
  });

  test('a new comment is marked new until "mark all as read", and its sentence leads to the comment', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const { user: author, cookie } = await createSignedInUser('Aino Author');
    const { user: laura } = await createSignedInUser('Laura Nieminen');
    const idea = await e2eDb().idea.create({
      data: {
        title: `Kommentoitu ${marker()}`,
        body: 'Idea, jota kommentoitiin.',
        authorId: author.id,
        status: IdeaStatus.PUBLISHED,
        publishedAt: new Date(),
      },
    });
    const comment = await e2eDb().comment.create({
      data: { ideaId: idea.id, authorId: laura.id, body: 'Hyvä ajatus!' },
    });
    await e2eDb().notification.create({
      data: { recipientId: author.id, actorId: laura.id, type: 'COMMENT', ideaId: idea.id, commentId: comment.id },
    });

    await context.addCookies([{ ...cookie, url: baseURL! }]);
    await page.goto('/notifications');
    await expect(page.getByRole('heading', { level: 1, name: 'Uutta sinulle' })).toBeVisible();
    const entry = page.getByRole('listitem').filter({ hasText: 'Laura Nieminen kommentoi ideaasi.' });
    await expect(entry.getByText('Uusi', { exact: true })).toBeVisible();
    await expect(entry.getByRole('link', { name: 'Laura Nieminen kommentoi ideaasi.' })).toHaveAttribute(
      'href',
      `${ideaPath(idea)}#comment-${comment.id}`,
    );
    await expect(page.getByText('1 uusi', { exact: true })).toBeVisible();
    await expectAccessible(page);

    // The header's entry carries the count; it follows "mark all as read" without a navigation.
    const headerEntry = page.getByRole('banner').locator('a[href="/notifications"]').first();
    await expect(headerEntry).toContainText('1');
    await page.evaluate(() => Object.assign(window, { vauSameDocument: true }));
    await page.getByRole('button', { name: 'Merkitse kaikki luetuiksi' }).click();
    await expect(page.getByText('Ei uusia', { exact: true })).toBeVisible();
    await expect(headerEntry).not.toContainText(/\d/);
    expect(await page.evaluate(() => 'vauSameDocument' in window)).toBe(true);
    await expect(entry.getByText('Uusi', { exact: true })).toHaveCount(0);
    await expect(entry).toBeVisible();
    await expectAccessible(page);

    await entry.getByRole('link').click();
    await expect(page.locator(`#comment-${comment.id}`)).toBeInViewport();
  });
});
