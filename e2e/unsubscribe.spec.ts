import { unsubscribeToken, type UnsubscribeTarget } from '../modules/notifications/unsubscribe';
import { EmailCadence } from '../modules/platform/db/client';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { expect, test } from './fixtures';

/** A link as an e-mail carries it, signed with the server's key (e2e/run.ts shares it). */
async function unsubscribeLink(userId: string, target: UnsubscribeTarget): Promise<string> {
  process.env.AUTH_SECRET = process.env.E2E_AUTH_SECRET;
  return encodeURIComponent(await unsubscribeToken(e2eDb(), { userId, target }));
}

async function choices(userId: string) {
  const rows = await e2eDb().notificationPreference.findMany({
    where: { userId },
    select: { kind: true, cadence: true },
  });
  return Object.fromEntries(rows.map((row) => [row.kind, row.cadence]));
}

test.describe('unsubscribing from e-mail', () => {
  test('the link asks first, then turns that kind off, without signing in', async ({ page, expectAccessible }) => {
    const { user } = await createSignedInUser('Uuno Uutiskirje');
    const token = await unsubscribeLink(user.id, { kind: 'FOLLOWED' });

    await page.goto(`/unsubscribe?token=${token}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Sähköposti-ilmoitusten peruminen' })).toBeVisible();
    await expect(
      page.getByText('Lopetetaanko sähköpostit aiheesta ”Seuraamasi ideat”?', { exact: false }),
    ).toBeVisible();
    await expectAccessible(page);
    // Opening the link (as a mail scanner does) changed nothing.
    expect(await choices(user.id)).toEqual({});

    await page.getByRole('button', { name: 'Lopeta nämä sähköpostit' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Valmis: nämä sähköpostit on lopetettu.' })).toBeVisible();
    expect(await choices(user.id)).toEqual({ FOLLOWED: EmailCadence.OFF });
    await expect(page.getByRole('link', { name: 'Sähköposti-ilmoitusten asetukset' })).toBeVisible();
    await expectAccessible(page);
  });

  test('a digest link in Swedish lists the kinds it stops; a forged link is refused', async ({
    page,
    expectAccessible,
  }) => {
    const { user } = await createSignedInUser('Sara Sammandrag');
    const token = await unsubscribeLink(user.id, { digest: 'DAILY' });
    await page.goto(`/sv/unsubscribe?token=${token}`);
    await expect(page.getByText('Vill du avsluta det dagliga sammandraget?', { exact: false })).toBeVisible();
    await expect(page.getByRole('main').getByRole('listitem')).toHaveText([
      'Diskussion',
      'Uppgifter i din roll',
      'Idéer du följer',
    ]);
    await expectAccessible(page);

    await page.goto(`/sv/unsubscribe?token=${user.id}.DAILY.${'A'.repeat(43)}`);
    await expect(page.getByText('Den här länken är inte giltig.', { exact: false })).toBeVisible();
    await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
    await expectAccessible(page);
    expect(await choices(user.id)).toEqual({});
  });

  test('@once a mail program’s one-click POST turns it off with no session; a GET leads to the page', async ({
    request,
  }) => {
    const { user } = await createSignedInUser('Olli Yhdenklikkaus');
    const token = await unsubscribeLink(user.id, { kind: 'MENTIONS' });
    const address = `/api/notifications/unsubscribe?token=${token}`;

    const forged = await request.post(`/api/notifications/unsubscribe?token=${user.id}.MENTIONS.${'B'.repeat(43)}`, {
      form: { 'List-Unsubscribe': 'One-Click' },
    });
    expect(forged.status()).toBe(400);
    const opened = await request.get(address, { maxRedirects: 0 });
    expect(opened.status()).toBe(303);
    expect(opened.headers().location).toBe(`/unsubscribe?token=${token}`);
    expect(await choices(user.id)).toEqual({});

    const clicked = await request.post(address, { form: { 'List-Unsubscribe': 'One-Click' } });
    expect(clicked.status()).toBe(200);
    expect(await choices(user.id)).toEqual({ MENTIONS: EmailCadence.OFF });
  });
});
