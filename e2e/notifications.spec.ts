import AxeBuilder from '@axe-core/playwright';
import { EmailJobKind, EmailJobStatus, IdeaStatus, Role } from '../modules/platform/db/client';
import { ideaPath } from '../modules/ideas/slug';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { marker } from './accelerator-fixtures';
import { expect, test } from './fixtures';
import { openToolsMenu } from './menu';

test.describe('notifications and e-mail', () => {
  test('a person reads the centre, lands on the comment, marks all read and keeps an e-mail choice', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const { user: author, cookie } = await createSignedInUser('Aino Ilmoitettava');
    const { user: laura } = await createSignedInUser('Laura Kommentoija');
    const idea = await e2eDb().idea.create({
      data: {
        title: `Ilmoitusten idea ${marker()}`,
        body: 'Idea, josta tulee ilmoituksia.',
        authorId: author.id,
        status: IdeaStatus.PUBLISHED,
        publishedAt: new Date(),
      },
    });
    const comment = await e2eDb().comment.create({ data: { ideaId: idea.id, authorId: laura.id, body: 'Hyvä!' } });
    await e2eDb().notification.create({
      data: { recipientId: author.id, actorId: laura.id, type: 'COMMENT', ideaId: idea.id, commentId: comment.id },
    });
    await context.addCookies([{ ...cookie, url: baseURL! }]);

    await page.goto('/notifications');
    await expect(page.getByRole('heading', { level: 1, name: 'Uutta sinulle' })).toBeVisible();
    await expectAccessible(page);
    await expect(page.getByText('1 uusi', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Merkitse kaikki luetuiksi' }).click();
    await expect(page.getByText('Ei uusia', { exact: true })).toBeVisible();

    await page.getByRole('link', { name: 'Laura Kommentoija kommentoi ideaasi.' }).click();
    await expect(page).toHaveURL((url) => `${url.pathname}${url.hash}` === `${ideaPath(idea)}#comment-${comment.id}`);
    await expect(page.locator(`#comment-${comment.id}`)).toBeInViewport();
    await expectAccessible(page);

    await page.goto('/notifications');
    await page.getByRole('link', { name: 'Sähköpostiasetukset' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sähköposti-ilmoitukset' })).toBeVisible();
    await expect(page.getByText(author.email!)).toBeVisible();
    await expectAccessible(page);
    const followed = page.getByRole('group', { name: 'Seuraamasi ideat' });
    await expect(followed.getByRole('radio', { name: 'Päivän kooste (oletus)' })).toBeChecked();
    await followed.getByRole('radio', { name: 'Ei sähköpostia' }).check();
    await page.getByRole('button', { name: 'Tallenna valinnat' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Valinnat tallennettu.' })).toBeVisible();
    await expect(followed.getByRole('radio', { name: 'Ei sähköpostia' })).toBeChecked();

    await page.reload();
    await expect(followed.getByRole('radio', { name: 'Ei sähköpostia' })).toBeChecked();
    const mentions = page.getByRole('group', { name: 'Maininnat' });
    await expect(mentions.getByRole('radio', { name: 'Heti (oletus)' })).toBeChecked();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Palauta oletukset' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Oletukset palautettu.' })).toBeVisible();
    await expect(followed.getByRole('radio', { name: 'Päivän kooste (oletus)' })).toBeChecked();
    await page.reload();
    await expect(followed.getByRole('radio', { name: 'Päivän kooste (oletus)' })).toBeChecked();
  });

  test('an admin reads Lähetetyt viestit, tries a failed e-mail again and reads a message in the mailbox', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const tag = marker();
    const { user: admin, cookie } = await createSignedInUser(`Ylläpitäjä ${tag}`, [Role.EMPLOYEE, Role.ADMIN]);
    const failedAddress = `ei-ole-${tag}@test.example`;
    await e2eDb().emailJob.create({
      data: {
        recipientId: admin.id,
        kind: EmailJobKind.INSTANT,
        status: EmailJobStatus.FAILED,
        toAddress: failedAddress,
        subject: `Epäonnistunut ${tag}`,
        attempts: 5,
        lastError: '550 5.1.1 no such user',
      },
    });
    const subject = `Laura mainitsi sinut ${tag}`;
    await e2eDb().mailboxMessage.create({
      data: {
        toAddress: admin.email!,
        fromAddress: 'VAU <vau@kuusilahti.example>',
        subject,
        text: `Hei!\n\nLaura mainitsi sinut kommentissa. ${tag}`,
        html: `<html><head><title>${subject}</title></head><body><h1 style="color: #0050a0">Hei!</h1><p>HTML ${tag}</p></body></html>`,
        headers: {
          'List-Unsubscribe': `<http://localhost/unsubscribe/${tag}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      },
    });
    await context.addCookies([{ ...cookie, url: baseURL! }]);

    await page.goto('/');
    await openToolsMenu(page);
    await page.getByRole('banner').getByRole('link', { name: 'Kaikki ylläpidon sivut' }).click();
    await page.getByRole('main').getByRole('link', { name: 'Lähetetyt viestit' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Lähetetyt viestit' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Jono' })).toBeVisible();
    const failure = page.getByRole('listitem').filter({ hasText: failedAddress });
    await expect(failure).toContainText('550 5.1.1 no such user');
    await expect(failure).toContainText('5 yritystä');
    await expectAccessible(page);

    await failure.getByRole('button', { name: `Yritä uudelleen: ${failedAddress}` }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Viesti on taas jonossa' })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: failedAddress })).toHaveCount(0);

    await page.getByRole('link', { name: subject }).click();
    await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
    await expect(page.getByText(`<http://localhost/unsubscribe/${tag}>`)).toBeVisible();
    await expect(page.getByText('List-Unsubscribe=One-Click')).toBeVisible();
    await expect(page.getByText(`Laura mainitsi sinut kommentissa. ${tag}`)).toBeVisible();
    const frame = page.frameLocator(`iframe[title="Viestin HTML-versio: ${subject}"]`);
    await expect(frame.getByText(`HTML ${tag}`)).toBeVisible();
    // The message's own colour shows: its style attribute passed the page's policy with the nonce.
    await expect(frame.getByRole('heading', { name: 'Hei!' })).toHaveCSS('color', 'rgb(0, 80, 160)');
    // axe cannot run inside a frame without scripts (it waits for it): the page around it is checked.
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .exclude('iframe')
      .analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
