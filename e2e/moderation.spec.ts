import type { Browser } from '@playwright/test';
import { ideaPath } from '../modules/ideas/slug';
import { FlagReason, IdeaStatus, Role } from '../modules/platform/db/client';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { expect, test } from './fixtures';

async function pageAs(browser: Browser, baseURL: string, name: string, roles: Role[] = [Role.EMPLOYEE]) {
  const { cookie, user } = await createSignedInUser(name, roles);
  const context = await browser.newContext();
  await context.addCookies([{ ...cookie, url: baseURL }]);
  return { page: await context.newPage(), context, user };
}

test.describe('moderation', () => {
  test('three colleagues flag a comment and it disappears for others; a moderator reviews it', async ({
    browser,
    baseURL,
    expectAccessible,
  }) => {
    // Six people in turn, each in their own browser context.
    test.slow();
    const author = await createSignedInUser('Iida Ideoija');
    const idea = await e2eDb().idea.create({
      data: {
        title: `Ilmoitettava keskustelu ${Date.now()}`,
        body: 'Idea, jonka kommentti ilmoitetaan.',
        authorId: author.user.id,
        status: IdeaStatus.PUBLISHED,
        publishedAt: new Date(),
      },
    });
    const writer = await createSignedInUser('Kalle Kärkäs');
    const comment = await e2eDb().comment.create({
      data: { ideaId: idea.id, authorId: writer.user.id, body: 'Tämä on asiaton kommentti, jonka kolme ilmoittaa.' },
    });

    for (const name of ['Eka Ilmoittaja', 'Toka Ilmoittaja', 'Kolmas Ilmoittaja']) {
      const reporter = await pageAs(browser, baseURL!, name);
      await reporter.page.goto(`/ideas/${idea.id}`);
      const article = reporter.page.getByRole('article', { name: 'Kommentti: Kalle Kärkäs' });
      await article.getByRole('button', { name: /Kalle Kärkäs/ }).click();
      await reporter.page.getByRole('menuitem', { name: 'Ilmoita kommentista' }).click();
      await article.getByLabel('Syy').selectOption('OFFENSIVE');
      await article.getByRole('button', { name: 'Lähetä ilmoitus' }).click();
      // The third report hides the comment at once, also from the one who sent it.
      const answer =
        name === 'Kolmas Ilmoittaja'
          ? 'Kommentti on piilotettu tarkistuksen ajaksi.'
          : 'Kiitos, ilmoitus on lähetetty moderaattoreille.';
      await expect(reporter.page.getByText(answer)).toBeVisible();
      if (name === 'Eka Ilmoittaja') await expectAccessible(reporter.page);
      await reporter.context.close();
    }

    const reader = await pageAs(browser, baseURL!, 'Lukija Luokkanen');
    await reader.page.goto(`/ideas/${idea.id}`);
    await expect(reader.page.getByText('Kommentti on piilotettu tarkistuksen ajaksi.')).toBeVisible();
    await expect(reader.page.getByText('Tämä on asiaton kommentti')).toHaveCount(0);
    await expectAccessible(reader.page);
    // Not in the HTML nor in the RSC payload either.
    for (const headers of [{}, { RSC: '1' }] as Record<string, string>[]) {
      const body = await (await reader.page.request.get(`/ideas/${idea.id}`, { headers })).text();
      expect(body).not.toContain('asiaton kommentti');
    }

    const moderator = await pageAs(browser, baseURL!, 'Mona Moderaattori', [Role.EMPLOYEE, Role.MODERATOR]);
    await moderator.page.goto('/moderation');
    const item = moderator.page.getByRole('article', { name: `Kommentti ideaan: ${idea.title}` });
    await expect(item).toContainText('3 ilmoitusta');
    await expect(item).toContainText('Piilotettu nyt');
    // The reporters' reasons stand with the choices; who reported stays unsaid.
    await expect(item.getByRole('group', { name: 'Ratkaisu' })).toContainText(
      'Loukkaavaa tai asiatonta (3 ilmoitusta)',
    );
    for (const name of ['Eka Ilmoittaja', 'Toka Ilmoittaja', 'Kolmas Ilmoittaja'])
      await expect(moderator.page.getByText(name)).toHaveCount(0);
    await expect(item.getByRole('radio', { checked: true })).toHaveCount(0);
    await expectAccessible(moderator.page);
    await item.getByLabel('Piilota').check();
    await item.getByLabel('Perustelu kirjoittajalle (pakollinen piilotettaessa)').fill('Kommentti loukkaa työtoveria.');
    await item.getByRole('button', { name: 'Tallenna ratkaisu' }).click();
    await expect(item.getByText('Sisältö piilotettiin.')).toBeVisible();
    // The pressed button went with the form: the answer takes the focus, so it is read out.
    await expect(item.getByText('Sisältö piilotettiin.')).toBeFocused();

    // The writer sees their comment, with why it is hidden from others.
    const writerContext = await browser.newContext();
    await writerContext.addCookies([{ ...writer.cookie, url: baseURL! }]);
    const writerPage = await writerContext.newPage();
    await writerPage.goto(`/ideas/${idea.id}`);
    await expect(
      writerPage.getByText('Moderaattori piilotti kommentin muilta: Kommentti loukkaa työtoveria.'),
    ).toBeVisible();
    expect((await e2eDb().comment.findUniqueOrThrow({ where: { id: comment.id } })).hiddenReason).toBe(
      'Kommentti loukkaa työtoveria.',
    );
    // They ask for another look; the comment returns to the queue marked as such.
    await writerPage.getByRole('button', { name: 'Pyydä moderaattoria tarkistamaan' }).click();
    await expect(writerPage.getByText('Tarkistusta pyydetty. Moderaattori käsittelee pyynnön.').first()).toBeVisible();
    await expectAccessible(writerPage);
    await moderator.page.reload();
    await expect(moderator.page.getByRole('article', { name: `Kommentti ideaan: ${idea.title}` })).toContainText(
      'Kirjoittaja pyytää tarkistusta',
    );
    for (const context of [reader.context, moderator.context, writerContext]) await context.close();
  });

  test('a moderator publishes several ideas at once and keeps a note about a person', async ({
    browser,
    baseURL,
    expectAccessible,
  }) => {
    const author = await createSignedInUser('Ville Monitoimi');
    const stamp = Date.now();
    const ideas = await Promise.all(
      ['Pyöräparkki pääkirjastolle', 'Kierrätyspiste virastotaloon'].map((title) =>
        e2eDb().idea.create({
          data: {
            title: `${title} ${stamp}`,
            body: 'Jonossa odottava idea.',
            authorId: author.user.id,
            status: IdeaStatus.SUBMITTED,
            submittedAt: new Date(),
          },
        }),
      ),
    );
    const moderator = await pageAs(browser, baseURL!, 'Matleena Moderaattori', [Role.EMPLOYEE, Role.MODERATOR]);
    await moderator.page.goto('/moderation');
    const bulk = moderator.page.locator('#bulk-submitted');
    await expect(bulk.getByRole('button', { name: 'Valitse kaikki' })).toBeVisible();
    for (const idea of ideas) await moderator.page.getByLabel(`Valitse: ${idea.title}`).check();
    await bulk.getByLabel('Julkaise').check();
    await bulk.getByRole('button', { name: 'Tee päätös valituille' }).click();
    // Before anything is decided: which decision, how many and which ideas.
    const confirmation = moderator.page.getByRole('alertdialog', { name: 'Vahvista päätös: Julkaise' });
    await expect(confirmation).toContainText('Päätös koskee 2 valittua:');
    for (const idea of ideas)
      await expect(confirmation.getByRole('listitem').filter({ hasText: idea.title })).toBeVisible();
    await expectAccessible(moderator.page);
    await confirmation.getByRole('button', { name: 'Peruuta' }).click();
    await expect(confirmation).toBeHidden();
    // Cancelling sent nothing: both still wait, still picked.
    expect(
      await e2eDb().idea.count({ where: { id: { in: ideas.map((idea) => idea.id) }, status: IdeaStatus.SUBMITTED } }),
    ).toBe(2);
    await expect(moderator.page.getByRole('article', { name: ideas[0]!.title })).toBeVisible();
    await expectAccessible(moderator.page);
    await bulk.getByRole('button', { name: 'Tee päätös valituille' }).click();
    await confirmation.getByRole('button', { name: 'Vahvista: 2 kohdetta' }).click();
    await expect(bulk.getByText('2 kohdetta käsiteltiin.')).toBeVisible();
    await expect(moderator.page.getByRole('article', { name: ideas[0]!.title })).toHaveCount(0);
    const statuses = await e2eDb().idea.findMany({
      where: { id: { in: ideas.map((idea) => idea.id) } },
      select: { status: true },
    });
    expect(statuses.map((idea) => idea.status)).toEqual([IdeaStatus.PUBLISHED, IdeaStatus.PUBLISHED]);

    await moderator.page.goto(`/moderation/people/${author.user.id}`);
    await expect(moderator.page.getByRole('heading', { level: 1, name: 'Henkilö: Ville Monitoimi' })).toBeVisible();
    await expect(moderator.page.getByRole('link', { name: ideas[1]!.title })).toBeVisible();
    await moderator.page.getByLabel('Uusi muistiinpano').fill('Tekee paljon hyviä ehdotuksia; ei huomautettavaa.');
    await moderator.page.getByRole('button', { name: 'Tallenna muistiinpano' }).click();
    await expect(moderator.page.getByText('Tekee paljon hyviä ehdotuksia; ei huomautettavaa.')).toBeVisible();
    await expectAccessible(moderator.page);
    await moderator.context.close();

    const colleague = await pageAs(browser, baseURL!, 'Utelias Kollega');
    expect((await colleague.page.goto(`/moderation/people/${author.user.id}`))?.status()).toBe(404);
    await colleague.context.close();
  });

  test('nothing is preselected; a decision without a choice is refused at the choice, one at a time or in bulk', async ({
    browser,
    baseURL,
    expectAccessible,
  }) => {
    const author = await createSignedInUser('Nelli Nopea');
    const stamp = Date.now();
    const ideas = await Promise.all(
      ['Lämpömittari jääkaappiin', 'Kahvinkeitin taukotilaan'].map((title) =>
        e2eDb().idea.create({
          data: {
            title: `${title} ${stamp}`,
            body: 'Koko kuvaus näkyy moderaattorille ilman avaamista.',
            authorId: author.user.id,
            status: IdeaStatus.SUBMITTED,
            submittedAt: new Date(),
          },
        }),
      ),
    );
    const moderator = await pageAs(browser, baseURL!, 'Minna Moderaattori', [Role.EMPLOYEE, Role.MODERATOR]);
    await moderator.page.goto('/moderation');
    const card = moderator.page.getByRole('article', { name: ideas[0]!.title });
    await expect(card.getByText('Koko kuvaus näkyy moderaattorille ilman avaamista.')).toBeVisible();
    await expect(moderator.page.getByRole('radio', { checked: true })).toHaveCount(0);
    await expect(moderator.page.getByRole('radio').first()).toBeVisible();
    await expectAccessible(moderator.page);

    await card.getByRole('button', { name: 'Tallenna päätös' }).click();
    const choice = card.getByRole('group', { name: 'Päätös' });
    await expect(choice).toContainText('Valitse päätös.');
    await expect(choice).toHaveAccessibleDescription(/Valitse päätös\./);
    expect((await e2eDb().idea.findUniqueOrThrow({ where: { id: ideas[0]!.id } })).status).toBe(IdeaStatus.SUBMITTED);
    await expectAccessible(moderator.page);

    // In bulk, the refusal comes before any confirmation.
    const bulk = moderator.page.locator('#bulk-submitted');
    await moderator.page.getByLabel(`Valitse: ${ideas[1]!.title}`).check();
    await bulk.getByRole('button', { name: 'Tee päätös valituille' }).click();
    await expect(bulk.getByRole('group', { name: 'Päätös valituille' })).toContainText('Valitse päätös.');
    await expect(moderator.page.getByRole('alertdialog')).toHaveCount(0);
    expect((await e2eDb().idea.findUniqueOrThrow({ where: { id: ideas[1]!.id } })).status).toBe(IdeaStatus.SUBMITTED);
    await expectAccessible(moderator.page);

    await choice.getByLabel('Julkaise').check();
    await card.getByRole('button', { name: 'Tallenna päätös' }).click();
    await expect(card.getByText('Idea julkaistiin.')).toBeFocused();
    await moderator.context.close();
  });

  test('a report of a duplicate links the original, and an anonymous author is marked hidden from colleagues', async ({
    browser,
    baseURL,
    expectAccessible,
  }) => {
    const author = await createSignedInUser('Anna Anonyymi');
    const stamp = Date.now();
    const original = await e2eDb().idea.create({
      data: {
        title: `Alkuperäinen ehdotus ${stamp}`,
        body: 'Ensin esitetty idea.',
        authorId: author.user.id,
        status: IdeaStatus.PUBLISHED,
        publishedAt: new Date(),
      },
    });
    const repeat = await e2eDb().idea.create({
      data: {
        title: `Toistettu ehdotus ${stamp}`,
        body: 'Sama idea uudestaan.',
        authorId: author.user.id,
        anonymous: true,
        status: IdeaStatus.PUBLISHED,
        publishedAt: new Date(),
      },
    });
    const reporter = await createSignedInUser('Tarkka Ilmoittaja');
    await e2eDb().flag.create({
      data: {
        reporterId: reporter.user.id,
        ideaId: repeat.id,
        reason: FlagReason.DUPLICATE,
        duplicateOfId: original.id,
      },
    });
    const moderator = await pageAs(browser, baseURL!, 'Milla Moderaattori', [Role.EMPLOYEE, Role.MODERATOR]);
    await moderator.page.goto('/moderation');
    const item = moderator.page.getByRole('article', { name: repeat.title });
    await expect(
      item.getByRole('link', { name: 'Ehdottaja: Anna Anonyymi (nimi piilotettu kollegoilta)' }),
    ).toBeVisible();
    const reports = item.getByRole('group', { name: 'Ratkaisu' });
    await expect(reports).toContainText('Sama idea on jo olemassa (1 ilmoitus)');
    await expect(reports.getByRole('link', { name: original.title })).toHaveAttribute('href', ideaPath(original));
    await expectAccessible(moderator.page);
    await moderator.context.close();
  });

  test('an admin sees the moderation setting and saves it; others cannot reach it', async ({
    browser,
    baseURL,
    expectAccessible,
  }) => {
    const admin = await pageAs(browser, baseURL!, 'Aatu Admin', [Role.EMPLOYEE, Role.ADMIN]);
    await admin.page.goto('/admin/settings');
    await expect(admin.page.getByRole('heading', { level: 1, name: 'Asetukset' })).toBeVisible();
    // Saved as it is: switching the whole organisation to post-moderation would change what
    // the tests running in parallel see.
    await expect(admin.page.getByLabel('Ennakkomoderointi (suositus)')).toBeChecked();
    await admin.page.getByRole('button', { name: 'Tallenna asetukset' }).click();
    await expect(admin.page.getByText('Asetukset tallennettu.')).toBeVisible();
    await expectAccessible(admin.page);
    await admin.context.close();

    const moderator = await pageAs(browser, baseURL!, 'Mikko Moderaattori', [Role.EMPLOYEE, Role.MODERATOR]);
    const response = await moderator.page.goto('/admin/settings');
    expect(response?.status()).toBe(404);
    await moderator.context.close();
  });

  test('a moderator hides an unreported comment straight from the idea page', async ({
    browser,
    baseURL,
    expectAccessible,
  }) => {
    const author = await createSignedInUser('Olli Omistaja');
    const idea = await e2eDb().idea.create({
      data: {
        title: `Suoraan moderoitava ${Date.now()}`,
        body: 'Idea, jonka kommentti piilotetaan.',
        authorId: author.user.id,
        status: IdeaStatus.PUBLISHED,
        publishedAt: new Date(),
      },
    });
    const writer = await createSignedInUser('Pekka Poikkeava');
    await e2eDb().comment.create({
      data: { ideaId: idea.id, authorId: writer.user.id, body: 'Täysin aiheeton mainos.' },
    });
    const moderator = await pageAs(browser, baseURL!, 'Mari Moderaattori', [Role.EMPLOYEE, Role.MODERATOR]);
    await moderator.page.goto(`/ideas/${idea.id}`);
    const comment = moderator.page.getByRole('article', { name: 'Kommentti: Pekka Poikkeava' });
    await comment.getByText('Moderoi kommenttia').click();
    await comment.getByLabel('Piilota').check();
    await comment
      .getByLabel('Perustelu kirjoittajalle (pakollinen piilotettaessa)')
      .fill('Mainos ei kuulu keskusteluun.');
    await comment.getByRole('button', { name: 'Tallenna ratkaisu' }).click();
    await expect(comment.getByText('Sisältö piilotettiin.')).toBeVisible();
    await moderator.page.reload();
    await expect(
      moderator.page.getByText('Moderaattori piilotti kommentin muilta: Mainos ei kuulu keskusteluun.'),
    ).toBeVisible();
    await expectAccessible(moderator.page);
    await moderator.context.close();
  });

  test('a moderator checks an author’s edit of a published idea: the word diff, then approve shows the new text', async ({
    browser,
    baseURL,
    expectAccessible,
  }) => {
    const author = await createSignedInUser('Eila Editoija');
    const title = `Tarkistettava muokkaus ${Date.now()}`;
    const idea = await e2eDb().idea.create({
      data: {
        title,
        body: 'Kokeilu alkaa yhdessä yksikössä.',
        authorId: author.user.id,
        status: IdeaStatus.PUBLISHED,
        publishedAt: new Date(),
      },
    });
    await e2eDb().ideaRevision.create({
      data: { ideaId: idea.id, editorId: author.user.id, title, body: 'Kokeilu alkaa kahdessa yksikössä.' },
    });
    const moderator = await pageAs(browser, baseURL!, 'Matti Moderaattori', [Role.EMPLOYEE, Role.MODERATOR]);
    await moderator.page.goto('/moderation');
    const card = moderator.page.getByRole('article', { name: title });
    await expect(card.locator('ins', { hasText: 'kahdessa' })).toBeVisible();
    await expect(card.locator('del', { hasText: 'yhdessä' })).toBeVisible();
    await expectAccessible(moderator.page);
    await card.getByLabel('Hyväksy muokkaus').check();
    await card.getByRole('button', { name: 'Tallenna päätös' }).click();
    await expect(card.getByText('Muokkaus hyväksyttiin ja näkyy nyt.')).toBeVisible();
    await moderator.page.goto(`/ideas/${idea.id}`);
    await expect(moderator.page.getByText('Kokeilu alkaa kahdessa yksikössä.')).toBeVisible();
    await moderator.context.close();
  });
});
