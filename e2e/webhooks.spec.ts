import { Role } from '../modules/platform/db/client';
import { startWebhookReceiver, type WebhookReceiver } from '../modules/notifications/testing/webhook-receiver';
import { verifyWebhookSignature } from '../modules/notifications/webhook-request';
import { createSignedInUser } from './access-fixtures';
import { expect, test } from './fixtures';

// An admin registers a receiver (a real HTTP server in this test process; the server under test
// runs with WEBHOOK_ALLOW_PRIVATE so that it may post to loopback), sends a test event and sees it
// delivered; the receiver checks the signature with the secret the page showed once.

let receiver: WebhookReceiver;

test.beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
test.afterAll(async () => {
  await receiver.stop();
});

test.describe('outgoing webhooks', () => {
  test('an admin registers a receiver, sends a test event and sees it delivered', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }, testInfo) => {
    const admin = await createSignedInUser('Wilma Webhook', [Role.EMPLOYEE, Role.ADMIN]);
    await context.addCookies([{ ...admin.cookie, url: baseURL! }]);
    const name = `Teams-kanava ${testInfo.project.name} ${Math.random().toString(36).slice(2, 8)}`;

    await page.goto('/admin/webhooks');
    await expect(page.getByRole('heading', { level: 1, name: 'Webhookit' })).toBeVisible();
    await expectAccessible(page);

    const form = page.locator('section', { has: page.getByRole('heading', { name: 'Lisää vastaanottaja' }) });
    await form.getByLabel('Nimi').fill(name);
    await form.getByLabel('Osoite (HTTPS)').fill('http://hooks.example.com/vau');
    await form.getByRole('button', { name: 'Lisää vastaanottaja' }).click();
    await expect(form.getByText('Osoitteen pitää alkaa https://.').first()).toBeVisible();
    await expectAccessible(page);

    await form.getByLabel('Osoite (HTTPS)').fill(receiver.url);
    await form.getByRole('button', { name: 'Lisää vastaanottaja' }).click();
    const secret = (await form.getByTestId('webhook-secret').textContent())!.trim();
    expect(secret).toMatch(/^whsec_/);
    await expectAccessible(page);

    const endpoint = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
    await endpoint.getByRole('button', { name: 'Lähetä testiviesti' }).click();
    await expect(endpoint.getByText('Testiviesti on jonossa')).toBeVisible();

    const delivery = page.getByTestId('webhook-delivery').filter({ hasText: name });
    await expect(async () => {
      await page.reload();
      await expect(delivery).toContainText('Toimitettu', { timeout: 1_000 });
    }).toPass();
    await expectAccessible(page);

    const request = receiver.received.find((received) => received.body.includes(name))!;
    expect(request.headers['x-vau-event']).toBe('test');
    const signed = {
      timestamp: request.headers['x-vau-timestamp'] as string,
      signature: request.headers['x-vau-signature'] as string,
    };
    expect(verifyWebhookSignature(secret, signed, request.body)).toBe(true);
  });

  test('is not there for a colleague who is not an admin @once', async ({ context, baseURL, page }) => {
    const colleague = await createSignedInUser('Kalle Kollega');
    await context.addCookies([{ ...colleague.cookie, url: baseURL! }]);
    const response = await page.goto('/admin/webhooks');
    expect(response?.status()).toBe(404);
  });
});
