import { IdeaStatus } from '../modules/platform/db/client';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { expect, test } from './fixtures';

/** A word no other idea has, in letters only (the search index splits digits off). */
function uniqueWord(prefix: string): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return prefix + Array.from({ length: 10 }, () => letters[Math.floor(Math.random() * letters.length)]).join('');
}

test.describe('front page', () => {
  test('signed out: one big action to share an idea, and lists that each lead to the whole list', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto('/');
    const share = page.getByRole('link', { name: 'Kerro ideasi' });
    await expect(share).toBeVisible();
    await expect(share).toHaveAttribute('href', '/ideas/new');

    const trending = page.getByRole('region', { name: 'Nyt suosittuja' });
    await expect(trending.getByRole('article').first()).toBeVisible();
    // The parts of a card's first line are spaced apart, never joined with a "·" that a wrap would leave dangling.
    await expect(trending.getByRole('article').first()).not.toContainText('·');
    await expect(trending.getByRole('link', { name: 'Näytä kaikki suositut ideat' })).toHaveAttribute(
      'href',
      '/ideas?sort=trending',
    );
    const implemented = page.getByRole('region', { name: 'Äskettäin toteutetut' });
    await expect(implemented.getByRole('link', { name: 'Näytä kaikki toteutetut ideat' })).toHaveAttribute(
      'href',
      '/ideas?status=IMPLEMENTED&sort=newest',
    );
    // How many ideas are in each accelerator stage, each leading to its list, and this year's implemented.
    const stages = page.getByRole('region', { name: 'Ideat kiihdyttämössä' });
    await expect(stages.getByRole('link', { name: /Kokeilussa/ })).toHaveAttribute('href', '/ideas?status=EXPERIMENT');
    await expect(stages.getByRole('link')).toHaveCount(5);
    await expect(stages).toContainText(/Tänä vuonna (ei ole vielä toteutettu ideoita|toteutettu \d+ idea)/);
    // Nothing personal for someone signed out, and no vote buttons: just the counts.
    await expect(page.getByRole('region', { name: 'Ideasi odottavat sinua' })).toHaveCount(0);
    await expect(trending.getByRole('button')).toHaveCount(0);
    await expectAccessible(page);

    await share.click();
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test('signed in: a person sees their own ideas waiting for them, and nobody else sees them', async ({
    browser,
    baseURL,
    expectAccessible,
  }) => {
    const owner = await createSignedInUser('Odottava Kirjoittaja');
    const colleague = await createSignedInUser('Toinen Lukija');
    const draftTitle = `Luonnos ${uniqueWord('keskeneraista')}`;
    const changesTitle = `Korjattava ${uniqueWord('muutospyynto')}`;
    await e2eDb().idea.create({
      data: { title: draftTitle, body: 'Vielä kesken.', authorId: owner.user.id, status: IdeaStatus.DRAFT },
    });
    await e2eDb().idea.create({
      data: {
        title: changesTitle,
        body: 'Moderaattori pyysi tarkennusta.',
        authorId: owner.user.id,
        status: IdeaStatus.CHANGES_REQUESTED,
      },
    });

    const ownerContext = await browser.newContext();
    await ownerContext.addCookies([{ ...owner.cookie, url: baseURL! }]);
    const ownerPage = await ownerContext.newPage();
    const response = await ownerPage.goto('/');
    // The page itself is the same for everyone: the personal part arrives afterwards.
    expect(await response!.text()).not.toContain(draftTitle);
    const waiting = ownerPage.getByRole('region', { name: 'Ideasi odottavat sinua' });
    await expect(waiting.getByRole('link', { name: draftTitle })).toBeVisible();
    await expect(waiting.getByRole('link', { name: changesTitle })).toHaveAttribute('href', /\/edit$/);
    await expect(waiting.getByRole('link', { name: 'Näytä kaikki omat ideasi' })).toHaveAttribute('href', '/my-ideas');
    await expectAccessible(ownerPage);

    const colleagueContext = await browser.newContext();
    await colleagueContext.addCookies([{ ...colleague.cookie, url: baseURL! }]);
    const colleaguePage = await colleagueContext.newPage();
    const personal = colleaguePage.waitForResponse('**/api/ideas/needing-action');
    await colleaguePage.goto('/');
    const answer = await personal;
    expect(answer.headers()['cache-control']).toBe('private, no-store');
    expect(await answer.text()).not.toContain(draftTitle);
    // Nothing waits for them, so there is no such section at all (not an empty box), also once
    // the cards' own vote states, asked for at the same time, have arrived.
    await expect(
      colleaguePage.getByRole('region', { name: 'Nyt suosittuja' }).getByRole('button').first(),
    ).not.toHaveAttribute('aria-disabled', 'true');
    await expect(colleaguePage.getByRole('region', { name: 'Ideasi odottavat sinua' })).toHaveCount(0);
    await expect(colleaguePage.getByText(draftTitle)).toHaveCount(0);
    await expect(colleaguePage.getByText(changesTitle)).toHaveCount(0);
    await ownerContext.close();
    await colleagueContext.close();
  });
});

test('a vote given from a list card can be taken back there; the count follows and the list asks once', async ({
  browser,
  baseURL,
  expectAccessible,
}) => {
  const author = await createSignedInUser('Kortin Kirjoittaja');
  const voter = await createSignedInUser('Kortin Äänestäjä');
  const word = uniqueWord('kortti');
  const [theirs, own] = await Promise.all(
    [`Kahvikone ${word}`, `Oma ehdotus ${word}`].map((title, index) =>
      e2eDb().idea.create({
        data: {
          title,
          body: 'Idea listan kortilla.',
          authorId: index === 0 ? author.user.id : voter.user.id,
          anonymous: index === 0,
          status: IdeaStatus.PUBLISHED,
          publishedAt: new Date(),
        },
      }),
    ),
  );
  // A phone: the voted state and its undo must still fit on one line under the counts.
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  await context.addCookies([{ ...voter.cookie, url: baseURL! }]);
  const page = await context.newPage();
  const batchAsks: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/ideas/reader')) batchAsks.push(request.url());
  });
  await page.goto(`/ideas?q=${word}`);

  const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: theirs!.title }) });
  const ownCard = page.getByRole('article').filter({ has: page.getByRole('heading', { name: own!.title }) });
  const vote = card.getByRole('button', { name: `Kannatan – ${theirs!.title}` });
  await expect(vote).not.toHaveAttribute('aria-disabled', 'true');
  await expect(ownCard).toContainText('Tämä on oma ideasi.');
  await expect(ownCard.getByRole('button')).toHaveCount(0);
  await expect(card).toContainText('Ehdottaja ei näy muille');
  await expect(card).toContainText('Ei kommentteja');
  expect(batchAsks).toHaveLength(1);
  expect(batchAsks[0]).toContain(String(theirs!.id));
  expect(batchAsks[0]).toContain(String(own!.id));
  await expectAccessible(page);

  const theVote = { ideaId_userId: { ideaId: theirs!.id, userId: voter.user.id } };
  await vote.click();
  const takeBack = card.getByRole('button', { name: `Peru kannatus – ${theirs!.title}` });
  await expect(takeBack).toBeVisible();
  const state = card.getByText('Kannatat tätä');
  await expect(state).toBeVisible();
  await expect(card).toContainText('1 ääni');
  // The state and the quieter undo share a row (the counts are the other): at most two rows.
  // Both measured in one moment: the page may scroll between two separate measurements.
  const rowGap = await page.evaluate(
    ([stateElement, undoElement]) => {
      const [a, b] = [stateElement!.getBoundingClientRect(), undoElement!.getBoundingClientRect()];
      return Math.abs(a.top + a.height / 2 - (b.top + b.height / 2));
    },
    [await state.elementHandle(), await takeBack.elementHandle()] as const,
  );
  expect(rowGap).toBeLessThan(4);
  await expect.poll(() => e2eDb().vote.findUnique({ where: theVote })).not.toBeNull();

  // Coming back, the shared list shows the vote as the reader's own.
  await page.reload();
  await expect(takeBack).not.toHaveAttribute('aria-disabled', 'true');
  await expect(card).toContainText('1 ääni');
  await expectAccessible(page);

  await takeBack.click();
  await expect(vote).toBeVisible();
  await expect(card).toContainText('Ei vielä ääniä');
  await expect.poll(() => e2eDb().vote.findUnique({ where: theVote })).toBeNull();
  expect((await e2eDb().idea.findUniqueOrThrow({ where: { id: theirs!.id } })).voteCount).toBe(0);
  await context.close();
});
