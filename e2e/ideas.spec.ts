import type { Browser, BrowserContext, Page, Response } from '@playwright/test';
import { IdeaStatus, Role } from '../modules/platform/db/client';
import { ideaPath } from '../modules/ideas/slug';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { expect, test } from './fixtures';

/** A made-up word of random letters, so this test's idea is the only one a search finds. */
function marker(): string {
  return Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
}

/**
 * Opens a page until a stored copy answers. The store starts listening with an instance's first
 * page request, and each worker process of the server keeps its own (an idea page is stored from
 * its first ask); the load balancer picks a worker at random, so a fresh page can take a few loads.
 */
async function gotoStored(page: Page, path: string): Promise<Response> {
  let stored: Response | null = null;
  await expect(async () => {
    const response = await page.goto(path);
    expect(response?.headers()['x-vau-page']).toBe('stored');
    stored = response;
  }).toPass({ timeout: 15_000 });
  return stored!;
}

async function signedInContext(
  browser: Browser,
  baseURL: string,
  name: string,
  roles: Role[] = [Role.EMPLOYEE],
): Promise<{ context: BrowserContext; userId: string }> {
  const { cookie, user } = await createSignedInUser(name, roles);
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  await context.addCookies([{ ...cookie, url: baseURL }]);
  return { context, userId: user.id };
}

test.describe('ideas', () => {
  test('an employee posts an idea on a phone; a moderator asks for changes, then publishes; a colleague finds it by search, votes, comments and mentions @phone', async ({
    page,
    context,
    browser,
    baseURL,
    expectAccessible,
  }) => {
    // A whole journey through four people's hands: longer than one page's budget.
    test.slow();
    const word = marker();
    const { cookie, user: poster } = await createSignedInUser('Pauliina Postaaja');
    await context.addCookies([{ ...cookie, url: baseURL! }]);

    await page.goto('/ideas/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Uusi idea' })).toBeVisible();
    await expectAccessible(page);
    // A refused form explains each field and keeps what was typed.
    await page.getByLabel('Otsikko').fill('Lyhyt');
    await page.getByRole('button', { name: 'Lähetä tarkistettavaksi' }).click();
    await expect(page.locator('#title-error')).toContainText('Otsikossa on oltava vähintään 8 merkkiä.');
    await expect(page.locator('#body-error')).toContainText('Kuvaile ideaa vähintään 30 merkillä.');
    await expect(page.locator('#categoryId-error')).toContainText('Valitse aihealue.');
    await expect(page.getByLabel('Otsikko')).toHaveValue('Lyhyt');
    await expect(page.getByLabel('Otsikko')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);

    await page.getByLabel('Otsikko').fill(`Päiväkodin pihan ${word} talkoot keväisin`);
    await page
      .getByLabel('Kuvaus')
      .fill('Vanhemmat ja henkilökunta kunnostavat pihan yhdessä **yhtenä lauantaina**. Kaupunki tarjoaa välineet.');
    await page.getByRole('button', { name: 'Esikatsele' }).click();
    await expect(page.locator('strong', { hasText: 'yhtenä lauantaina' })).toBeVisible();
    await page.getByRole('button', { name: 'Jatka kirjoittamista' }).click();
    await page.getByLabel('Aihealue').selectOption({ index: 1 });
    await page.getByLabel('Sivistyksen toimiala').check();
    await page.getByLabel('Säästö euroina vuodessa').fill('2500');
    await page.getByRole('button', { name: 'Lähetä tarkistettavaksi' }).click();

    await expect(page.getByText('Idea on lähetetty tarkistettavaksi. Näet sen tilan täältä.')).toBeVisible();
    await expect(page.getByText('Tarkistettavana').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Peru idea' })).toBeVisible();
    await expectAccessible(page);
    const ideaId = Number(/\/ideas\/(\d+)-/.exec(page.url())?.[1]);
    expect(ideaId).toBeGreaterThan(0);

    // A moderator asks for changes, with a reason the author reads on the idea page.
    const moderator = await signedInContext(browser, baseURL!, 'Maija Moderaattori', [Role.EMPLOYEE, Role.MODERATOR]);
    const queue = await moderator.context.newPage();
    await queue.goto('/moderation');
    await expect(queue.getByRole('heading', { level: 1, name: 'Moderointi' })).toBeVisible();
    await expectAccessible(queue);
    const card = queue.getByRole('article', { name: `Päiväkodin pihan ${word} talkoot keväisin` });
    await card.getByLabel('Pyydä muutoksia').check();
    await card.getByRole('button', { name: 'Tallenna päätös' }).click();
    await expect(card.getByLabel('Perustelu ehdottajalle')).toHaveAccessibleDescription(
      /Kirjoita perustelu \(vähintään 5 merkkiä\)\./,
    );
    await card.getByLabel('Perustelu ehdottajalle').fill('Kerro, kuka hankkii välineet.');
    await card.getByRole('button', { name: 'Tallenna päätös' }).click();
    await expect(card.getByText('Ehdottajalta pyydettiin muutoksia.')).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Moderaattori pyysi muutoksia' })).toBeVisible();
    await expect(page.getByText('Kerro, kuka hankkii välineet.').first()).toBeVisible();
    await page.getByRole('link', { name: 'Muokkaa ideaa' }).click();
    await page
      .getByLabel('Kuvaus')
      .fill(
        'Vanhemmat ja henkilökunta kunnostavat pihan yhdessä yhtenä lauantaina. Kaupunki tarjoaa välineet, hankinnan tekee päiväkodin johtaja.',
      );
    await page.getByRole('button', { name: 'Lähetä tarkistettavaksi' }).click();
    await expect(page.getByText('Idea on lähetetty tarkistettavaksi. Näet sen tilan täältä.')).toBeVisible();

    await queue.reload();
    const resubmitted = queue.getByRole('article', { name: `Päiväkodin pihan ${word} talkoot keväisin` });
    await expect(resubmitted.getByText(/Lähetetty uudelleen muutospyynnön jälkeen/)).toBeVisible();
    await expect(resubmitted.getByRole('heading', { name: 'Mitä muuttui muutospyynnön jälkeen' })).toBeVisible();
    await expect(resubmitted.locator('ins', { hasText: 'hankinnan tekee päiväkodin johtaja' })).toBeVisible();
    await resubmitted.getByLabel('Julkaise').check();
    await resubmitted.getByRole('button', { name: 'Tallenna päätös' }).click();
    await expect(resubmitted.getByText('Idea julkaistiin.')).toBeVisible();
    await moderator.context.close();

    const colleague = await signedInContext(browser, baseURL!, 'Kalle Kollega');
    const other = await colleague.context.newPage();
    await other.goto('/ideas');
    await expectAccessible(other);
    // A different form of the word finds it: päiväkoti → päiväkodin.
    await other.getByLabel('Hae ideoista ja kommenteista').fill(`päiväkoti ${word}`);
    await other.getByRole('button', { name: 'Hae', exact: true }).click();
    const result = other.getByRole('link', { name: `Päiväkodin pihan ${word} talkoot keväisin` });
    await expect(result).toBeVisible();
    await expect(other.locator('mark', { hasText: 'Päiväkodin' })).toBeVisible();
    await expectAccessible(other);
    await result.click();

    await expect(other.getByRole('heading', { level: 1 })).toHaveText(`Päiväkodin pihan ${word} talkoot keväisin`);
    await expect(other.getByText('Ei vielä ääniä')).toBeVisible();
    await other.getByRole('button', { name: 'Kannatan' }).click();
    await expect(other.getByRole('button', { name: 'Kannatan' })).toHaveAttribute('aria-pressed', 'true');
    await expect(other.getByText('1 ääni')).toBeVisible();
    await other.getByLabel('Kirjoita kommentti').fill('Hyvä idea! Meidän päiväkodissa tehtiin tämä viime vuonna. ');
    await other.getByRole('button', { name: 'Mainitse kollega' }).click();
    await other.getByLabel('Hae mainittava kollega nimellä').fill('Pauliina Post');
    await other.getByRole('option', { name: 'Mainitse Pauliina Postaaja' }).first().click();
    await expect(other.getByLabel('Kirjoita kommentti')).toHaveValue(
      `Hyvä idea! Meidän päiväkodissa tehtiin tämä viime vuonna. @[Pauliina Postaaja](${poster.id}) `,
    );
    await other.getByRole('button', { name: 'Lähetä' }).click();
    const comment = other.getByRole('article', { name: 'Kommentti: Kalle Kollega' });
    await expect(comment).toContainText('Meidän päiväkodissa');
    await expect(comment.locator('strong', { hasText: '@Pauliina Postaaja' })).toBeVisible();
    await expect(other.getByRole('heading', { name: 'Keskustelu (1)' })).toBeVisible();
    await expectAccessible(other);

    const stored = await e2eDb().idea.findUniqueOrThrow({
      where: { id: ideaId },
      select: { voteCount: true, commentCount: true, authorId: true },
    });
    expect(stored).toEqual({ voteCount: 1, commentCount: 1, authorId: poster.id });
    expect(await e2eDb().notification.count({ where: { recipientId: poster.id, ideaId, type: 'MENTION' } })).toBe(1);
    // The author hears about the publication and the mention: unread items on "Uutta".
    await page.goto('/');
    await page.getByRole('button', { name: 'Valikko' }).click();
    const unread = await e2eDb().notification.count({ where: { recipientId: poster.id, readAt: null } });
    expect(unread).toBeGreaterThanOrEqual(2);
    await expect(page.getByRole('link', { name: `Uutta ${unread} lukematonta` })).toBeVisible();
    await colleague.context.close();
  });

  test('a hidden author’s name reaches colleagues in neither the HTML nor the RSC payload', async ({
    baseURL,
    request,
  }) => {
    const { user: author } = await createSignedInUser(`Salainen ${marker()}`);
    const titleMarker = marker();
    const idea = await e2eDb().idea.create({
      data: {
        title: `Nimetön ehdotus ${titleMarker}`,
        body: 'Tämä on nimettömänä jätetty ehdotus.',
        authorId: author.id,
        anonymous: true,
        status: IdeaStatus.PUBLISHED,
        publishedAt: new Date(),
      },
    });
    await e2eDb().comment.create({ data: { ideaId: idea.id, authorId: author.id, body: 'Tarkennan vielä.' } });
    const { cookie } = await createSignedInUser('Uteliaas Kollega');
    const headers = { cookie: `${cookie.name}=${cookie.value}` };
    // The front page lists what is trending, which a new idea need not be; a search finds it.
    for (const path of [`/ideas/${idea.id}`, '/ideas?sort=newest', `/ideas?q=${titleMarker}`]) {
      const html = await (await request.get(`${baseURL}${path}`, { headers })).text();
      expect(html, path).toContain('Nimetön ehdotus');
      expect(html, path).not.toContain(author.name);
      const rsc = await (await request.get(`${baseURL}${path}`, { headers: { ...headers, RSC: '1' } })).text();
      expect(rsc, `${path} (RSC)`).not.toContain(author.name);
      expect(rsc, `${path} (RSC)`).not.toContain(author.id);
    }
  });

  test('voting and withdrawing the vote work without JavaScript', async ({ browser, baseURL }) => {
    const author = await createSignedInUser('Aino Author');
    const idea = await e2eDb().idea.create({
      data: {
        title: `Ilman skriptejä ${marker()}`,
        body: 'Äänestys toimii myös lomakkeena.',
        authorId: author.user.id,
        status: IdeaStatus.PUBLISHED,
        publishedAt: new Date(),
      },
    });
    const { cookie } = await createSignedInUser('Nelli Noscript');
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.addCookies([{ ...cookie, url: baseURL! }]);
    const page = await context.newPage();
    await page.goto(`/ideas/${idea.id}`);
    await page.getByRole('button', { name: 'Kannatan' }).click();
    await expect(page.getByText('1 ääni')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Kannatan' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('Kannatat tätä.')).toBeVisible();
    expect((await e2eDb().idea.findUniqueOrThrow({ where: { id: idea.id } })).voteCount).toBe(1);
    await page.getByRole('button', { name: 'Kannatan' }).click();
    await expect(page.getByText('Ei vielä ääniä')).toBeVisible();
    expect((await e2eDb().idea.findUniqueOrThrow({ where: { id: idea.id } })).voteCount).toBe(0);
    await context.close();
  });

  test('an author edits a published idea (the new text waits for a moderator) and then withdraws it', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const { cookie, user } = await createSignedInUser('Eero Editoija');
    await context.addCookies([{ ...cookie, url: baseURL! }]);
    const category = await e2eDb().category.findFirstOrThrow({ where: { active: true } });
    const idea = await e2eDb().idea.create({
      data: {
        title: `Muokattava idea ${marker()}`,
        body: 'Alkuperäinen kuvaus, joka on tarpeeksi pitkä.',
        authorId: user.id,
        categoryId: category.id,
        status: IdeaStatus.PUBLISHED,
        publishedAt: new Date(),
      },
    });
    await page.goto(`/ideas/${idea.id}`);
    await page.getByRole('link', { name: 'Muokkaa ideaa' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Muokkaa ideaa' })).toBeVisible();
    await expect(page.getByLabel('Aihealue')).toHaveValue(category.id);
    await expectAccessible(page);
    // A new title gives a new address; the idea stays at the approved one, and the notice follows.
    await page.getByLabel('Otsikko').fill(`Uudelleen nimetty idea ${marker()}`);
    await page.getByLabel('Kuvaus').fill('Tarkennettu kuvaus: kokeilu alkaa kahdessa yksikössä.');
    await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
    // Pre-moderation: colleagues keep seeing the approved text until a moderator checks the edit.
    await expect(
      page.getByText('Tallennettu. Tekstin muutokset näkyvät, kun moderaattori on tarkistanut ne'),
    ).toBeVisible();
    await expect(page.getByText('Viimeisin muokkauksesi odottaa moderaattoria.')).toBeVisible();
    await expect(page.getByText('Alkuperäinen kuvaus, joka on tarpeeksi pitkä.')).toBeVisible();

    await page.getByRole('button', { name: 'Peru idea' }).click();
    // The timeline says who withdrew it.
    await expect(page.locator('#timeline-heading + ol > li').last()).toContainText('Eero Editoija');
    await expect(page.getByRole('link', { name: 'Muokkaa ideaa' })).toHaveCount(0);
    await expectAccessible(page);
  });

  test('the ideas pages speak Swedish and English too', async ({ page, context, baseURL, expectAccessible }) => {
    const { cookie } = await createSignedInUser('Sara Språk');
    await context.addCookies([{ ...cookie, url: baseURL! }]);
    await page.goto('/sv/ideas');
    await expect(page.getByRole('heading', { level: 1, name: 'Idéer' })).toBeVisible();
    await expect(page.getByLabel('Sök i idéer och kommentarer')).toBeVisible();
    await expectAccessible(page);
    await page.goto('/en/ideas/new');
    await expect(page.getByRole('heading', { level: 1, name: 'New idea' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Submit for review' })).toBeVisible();
    await expectAccessible(page);
  });

  test('signed-out readers get the stored page with their own nonce, and see a colleague’s comment at once', async ({
    page,
    browser,
    baseURL,
    expectAccessible,
  }) => {
    const author = await createSignedInUser('Säilö Kirjoittaja');
    const idea = await e2eDb().idea.create({
      data: {
        title: `Tallennettu sivu ${marker()}`,
        body: 'Idea, jonka sivu tallennetaan.',
        authorId: author.user.id,
        status: IdeaStatus.PUBLISHED,
        publishedAt: new Date(),
      },
    });
    const path = ideaPath(idea);
    const first = await gotoStored(page, path);
    const second = await gotoStored(page, path);
    const nonces = [first, second].map(
      (response) => /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1],
    );
    expect(nonces[0]).not.toBe(nonces[1]);
    // Browsers hide nonces from the DOM; the response itself must carry this response's nonce only.
    const html = await second.text();
    expect(html).toContain(`nonce="${nonces[1]}"`);
    expect(html).not.toContain(nonces[0]);
    await expectAccessible(page);

    const colleague = await signedInContext(browser, baseURL!, 'Kommentoiva Kollega');
    const colleaguePage = await colleague.context.newPage();
    await colleaguePage.goto(path);
    await colleaguePage.getByLabel('Kirjoita kommentti').fill('Tämä näkyy myös kirjautumattomalle heti.');
    await colleaguePage.getByRole('button', { name: 'Lähetä', exact: true }).click();
    await expect(colleaguePage.getByText('Tämä näkyy myös kirjautumattomalle heti.')).toBeVisible();
    // Having commented, the colleague has a part in the idea: their page is rendered for them.
    expect((await colleaguePage.reload())?.headers()['x-vau-page']).toBeUndefined();
    await colleague.context.close();

    await expect(async () => {
      await page.reload();
      await expect(page.getByText('Tämä näkyy myös kirjautumattomalle heti.')).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 5000 });
  });

  test('a signed-in colleague with no part in the idea shares its stored page and still sees their own vote, follow and helpful mark', async ({
    page,
    browser,
    baseURL,
    expectAccessible,
  }) => {
    const author = await createSignedInUser('Jaettu Kirjoittaja');
    const idea = await e2eDb().idea.create({
      data: {
        title: `Jaettu jäsensivu ${marker()}`,
        body: 'Idea, jonka sivun kirjautuneet jakavat.',
        authorId: author.user.id,
        status: IdeaStatus.PUBLISHED,
        publishedAt: new Date(),
      },
    });
    await e2eDb().comment.create({
      data: { ideaId: idea.id, authorId: author.user.id, body: 'Kirjoittajan tarkennus.' },
    });
    const path = ideaPath(idea);
    const reader = await signedInContext(browser, baseURL!, 'Jakava Lukija');
    const readerPage = await reader.context.newPage();
    await gotoStored(readerPage, path);
    const voteButton = readerPage.getByRole('button', { name: 'Kannatan' });
    await expect(voteButton).toHaveAttribute('aria-pressed', 'false');
    await expectAccessible(readerPage);
    await voteButton.click();
    await expect(readerPage.getByRole('button', { name: 'Kannatan' })).toHaveAttribute('aria-pressed', 'true');
    await readerPage.getByRole('button', { name: 'Seuraa', exact: true }).click();
    await expect(readerPage.getByRole('button', { name: 'Lopeta seuraaminen' })).toBeVisible();
    await readerPage.getByRole('button', { name: 'Hyödyllinen', exact: true }).click();
    await expect(readerPage.getByRole('button', { name: 'Hyödyllinen (1)' })).toHaveAttribute('aria-pressed', 'true');

    // The stored page is the same for every such reader; their own state comes from the browser.
    await gotoStored(readerPage, path);
    await expect(readerPage.getByRole('button', { name: 'Kannatan' })).toHaveAttribute('aria-pressed', 'true');
    await expect(readerPage.getByText('1 ääni')).toBeVisible();
    await expect(readerPage.getByRole('button', { name: 'Lopeta seuraaminen' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(readerPage.getByRole('button', { name: 'Hyödyllinen (1)' })).toHaveAttribute('aria-pressed', 'true');
    await expectAccessible(readerPage);
    await reader.context.close();

    // Another plain reader gets the very same page without the first one's state or name.
    const other = await signedInContext(browser, baseURL!, 'Toinen Lukija');
    const otherPage = await other.context.newPage();
    expect(await (await gotoStored(otherPage, path)).text()).not.toContain('Jakava Lukija');
    await expect(otherPage.getByRole('button', { name: 'Kannatan' })).toHaveAttribute('aria-pressed', 'false');
    await other.context.close();

    // The author's page is theirs alone: rendered for them, never stored.
    await page.context().addCookies([{ ...author.cookie, url: baseURL! }]);
    expect((await page.goto(path))?.headers()['x-vau-page']).toBeUndefined();
    await expect(page.getByText('Tämä on oma ideasi.')).toBeVisible();
  });
});
