import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { IdeaStatus, Role } from '../modules/platform/db/client';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { expect, test } from './fixtures';

// The intranet widget framed by a page of another origin (a small server of this test's own, as an
// intranet front page would), the admin form that lists who may frame it, and the feed.

const tag = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** An "intranet" page on another origin that frames the widget and the ideas list. */
async function startIntranet(appUrl: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!DOCTYPE html><html lang="fi"><head><title>Intranet</title></head><body>
      <h1>Kunnan intranet</h1>
      <iframe name="widget" title="VAU" src="${appUrl}/widget" width="360" height="700"></iframe>
      <iframe name="ideas" title="Ideat" src="${appUrl}/ideas" width="360" height="700"></iframe>
    </body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function saveFrameOrigins(page: Page, origins: string) {
  await page.getByLabel('Sivustot, jotka saavat näyttää pienoissivun').fill(origins);
  await page.getByRole('button', { name: 'Tallenna sivustot' }).click();
}

test.describe('the intranet widget', () => {
  // One test owns the frame origins setting (it is one for the whole site): @once keeps the phone
  // project from saving another list at the same time.
  test('may be framed by the origins an admin lists, and nothing else may be @once', async ({
    page,
    context,
    baseURL,
    request,
    expectAccessible,
  }) => {
    const title = `Kehystetty idea ${tag()}`;
    const idea = await e2eDb().idea.create({
      data: {
        title,
        body: 'Näkyy intranetissä.',
        status: IdeaStatus.PUBLISHED,
        publishedAt: new Date(Date.now() + 10 * 365 * 24 * 3600_000),
        anonymous: true,
        authorId: (await createSignedInUser(`Piilotettu Kirjoittaja ${tag()}`)).user.id,
      },
    });
    // Open for two days: this one, or one closing sooner, is the campaign the widget shows.
    const campaign = await e2eDb().campaign.create({
      data: {
        slug: `widget-${tag()}`,
        titleFi: `Widgetin ideahaku ${tag()}`,
        titleSv: 'Idéinsamling',
        titleEn: 'Campaign',
        descriptionFi: 'Kuvaus',
        descriptionSv: 'Beskrivning',
        descriptionEn: 'Description',
        opensAt: new Date(Date.now() - 3600_000),
        closesAt: new Date(Date.now() + 2 * 24 * 3600_000),
      },
    });
    const intranet = await startIntranet(baseURL!);
    try {
      const admin = await createSignedInUser(`Aino Intra ${tag()}`, [Role.EMPLOYEE, Role.ADMIN]);
      await context.addCookies([{ ...admin.cookie, url: baseURL! }]);
      await page.goto('/admin');
      await page.getByRole('link', { name: 'Intranetin pienoissivu ja syöte' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Intranetin pienoissivu ja syöte' })).toBeVisible();
      await expectAccessible(page);

      await saveFrameOrigins(page, `${intranet.origin}\nhttp://intra.kunta.example`);
      await expect(page.getByRole('heading', { name: 'Tarkista nämä kohdat' })).toBeVisible();
      await expect(page.getByText('Tarkista osoitteet: jokaisen on oltava muotoa').first()).toBeVisible();
      await expect(page.getByLabel('Sivustot, jotka saavat näyttää pienoissivun')).toHaveValue(
        `${intranet.origin}\nhttp://intra.kunta.example`,
      );
      await expectAccessible(page);
      await saveFrameOrigins(page, `${intranet.origin}\nhttps://*.sharepoint.com`);
      await expect(page.getByText('Sivustot tallennettu. Muutos on voimassa heti.')).toBeVisible();

      // The headers: the widget names the listed origins and sends no X-Frame-Options; any other page, 'none' and DENY.
      const widget = await request.get('/sv/widget');
      expect(widget.headers()['content-security-policy']).toContain(
        `frame-ancestors ${intranet.origin} https://*.sharepoint.com`,
      );
      expect(widget.headers()['x-frame-options']).toBeUndefined();
      const ideas = await request.get('/ideas');
      expect(ideas.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(ideas.headers()['x-frame-options']).toBe('DENY');

      // A page of the intranet's own (not the fixture's page, which fails on any CSP report: the
      // refusal below is one, and expected).
      const outer = await context.newPage();
      // Chrome names only the refused frame's origin (the widget's is the same, and it is not refused).
      const refused = outer.waitForEvent('console', (message) =>
        message
          .text()
          .includes(
            `Framing '${new URL(baseURL!).origin}/' violates the following Content Security Policy directive: "frame-ancestors 'none'"`,
          ),
      );
      const reports: string[] = [];
      outer.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) reports.push(message.text());
      });
      await outer.goto(intranet.origin);
      const framed = outer.frameLocator('iframe[name="widget"]');
      await expect(framed.getByRole('heading', { level: 1, name: 'VAU – henkilöstön ideat' })).toBeVisible();
      await expect(framed.getByRole('link', { name: title })).toHaveAttribute('target', '_blank');
      await expect(framed.getByText('Piilotettu Kirjoittaja')).toHaveCount(0);
      await expect(framed.getByRole('heading', { level: 2, name: 'Ideahaku on auki' })).toBeVisible();
      await expect(framed.getByRole('link', { name: 'Kerro ideasi tähän ideahakuun' })).toHaveAttribute(
        'href',
        /^\/ideas\/new\?campaign=/,
      );
      await refused;
      expect(outer.frame({ name: 'ideas' })?.url()).not.toContain('/ideas');
      expect(reports.filter((report) => !report.includes("frame-ancestors 'none'"))).toEqual([]);

      // Its links open VAU itself in a new tab: the form, behind sign-in.
      const [opened] = await Promise.all([
        context.waitForEvent('page'),
        framed.getByRole('link', { name: 'Kerro ideasi', exact: true }).click(),
      ]);
      await opened.waitForLoadState();
      expect(new URL(opened.url()).origin).toBe(new URL(baseURL!).origin);
      expect(opened.url()).toContain('/ideas/new');
      await opened.close();
      await outer.close();
    } finally {
      await new Promise((resolve) => intranet.server.close(resolve));
      await e2eDb().idea.delete({ where: { id: idea.id } });
      await e2eDb().campaign.delete({ where: { id: campaign.id } });
    }
  });

  test('reads at the width of an intranet column, in each language, and is accessible', async ({
    page,
    expectAccessible,
  }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('/widget');
    await expect(page.getByRole('heading', { level: 1, name: 'VAU – henkilöstön ideat' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Nyt suosittuja' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expectAccessible(page);
    await page.goto('/sv/widget');
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.getByRole('link', { name: 'Berätta din idé', exact: true })).toHaveAttribute(
      'href',
      '/sv/ideas/new',
    );
    await expectAccessible(page);
    await page.goto('/en/widget');
    await expect(page.getByRole('heading', { level: 2, name: 'Newest ideas' })).toBeVisible();
    await expectAccessible(page);
  });

  test('lists its feed on the front page and the ideas list; the feed is Atom @once', async ({ page, request }) => {
    for (const path of ['/', '/ideas', '/sv/ideas']) {
      await page.goto(path);
      const prefix = path.startsWith('/sv') ? '/sv' : '';
      await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
        'href',
        `${prefix}/feed.xml`,
      );
    }
    const feed = await request.get('/en/feed.xml');
    expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(feed.headers()['cache-control']).toContain('no-cache');
    const parsed = await page.evaluate(
      (xml) => {
        const document = new DOMParser().parseFromString(xml, 'application/xml');
        return {
          broken: document.getElementsByTagName('parsererror').length > 0,
          root: document.documentElement.namespaceURI,
          title: document.documentElement.querySelector(':scope > title')?.textContent,
        };
      },
      await feed.text(),
    );
    expect(parsed).toEqual({
      broken: false,
      root: 'http://www.w3.org/2005/Atom',
      title: 'VAU – published and implemented ideas',
    });
  });
});
