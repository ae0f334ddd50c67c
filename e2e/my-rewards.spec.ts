import { IdeaStatus, RewardKind, RewardStatus } from '../modules/platform/db/client';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { marker } from './accelerator-fixtures';
import { expect, test } from './fixtures';

// Omat palkkiot and Kiitos!: a recipient sees their own share and the tax line, a colleague sees
// none of it, and the hall of fame names the author who agreed and not the co-author who did not.

async function rewardedIdea() {
  const tag = marker();
  const db = e2eDb();
  const author = await createSignedInUser(`Aino Aloitteellinen ${tag}`);
  const coAuthor = await createSignedInUser(`Kalle Kieltäytyjä ${tag}`);
  const colleague = await createSignedInUser(`Kerttu Kollega ${tag}`);
  await db.user.update({ where: { id: author.user.id }, data: { namedInHallOfFame: true } });
  const idea = await db.idea.create({
    data: {
      title: `Palkittu idea ${tag}`,
      body: 'Idea, joka on otettu käyttöön.',
      authorId: author.user.id,
      status: IdeaStatus.IMPLEMENTED,
      publishedAt: new Date(),
      statusChangedAt: new Date(),
      coAuthors: { create: [{ userId: coAuthor.user.id, confirmedAt: new Date() }] },
    },
  });
  const rules = await db.rewardRuleVersion.findFirstOrThrow({ orderBy: { id: 'asc' } });
  await db.rewardCase.create({
    data: {
      ideaId: idea.id,
      kind: RewardKind.IMPLEMENTATION,
      status: RewardStatus.DECIDED,
      ruleVersionId: rules.id,
      computedCents: 30_000,
      amountCents: 30_000,
      decidedAt: new Date(),
      decisionNumber: `HR ${tag}`,
      decisionDate: new Date(Date.UTC(2026, 10, 2)),
      shares: {
        create: [
          { userId: author.user.id, shareBasisPoints: 6_000, amountCents: 18_000 },
          { userId: coAuthor.user.id, shareBasisPoints: 4_000, amountCents: 12_000 },
        ],
      },
    },
  });
  return { tag, idea, author, coAuthor, colleague };
}

test.describe('own rewards and the hall of fame', () => {
  test('a recipient sees their own share and the tax line; a colleague sees none', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const { tag, idea, author, colleague } = await rewardedIdea();
    await context.addCookies([{ ...author.cookie, url: baseURL! }]);
    await page.goto('/profile');
    await page.getByRole('link', { name: 'Omat palkkiot' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Omat palkkiot' })).toBeVisible();
    await expect(page.getByText(/Aloitepalkkio on veronalaista ansiotuloa \(tulolaji 202\)/)).toBeVisible();
    const reward = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: idea.title }) });
    await expect(reward).toContainText('Toteutuspalkkio');
    await expect(reward).toContainText('Päätetty, odottaa maksua');
    await expect(reward).toContainText(/180\s€/);
    await expect(reward).toContainText(/60\s%/);
    await expect(reward).toContainText(`HR ${tag}, 2.11.2026`);
    // Neither the co-author's share nor the total.
    await expect(page.locator('main')).not.toContainText(/120\s€|300\s€/);
    await expectAccessible(page);

    await context.clearCookies();
    await context.addCookies([{ ...colleague.cookie, url: baseURL! }]);
    await page.goto('/profile/rewards');
    await expect(page.getByRole('heading', { level: 1, name: 'Omat palkkiot' })).toBeVisible();
    await expect(page.getByText(/Sinulle ei ole vielä ehdotettu palkkioita/)).toBeVisible();
    await expect(page.locator('main')).not.toContainText(idea.title);
    await expectAccessible(page);
  });

  test('the hall of fame names the author who agreed and not the co-author who did not; consent is set on the profile', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const { idea, author, coAuthor } = await rewardedIdea();
    await context.addCookies([{ ...coAuthor.cookie, url: baseURL! }]);
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Kiitos!' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kiitos!' })).toBeVisible();
    const entry = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: idea.title }) });
    await expect(entry).toContainText(`Tekijät: ${author.user.name} ja 1 muu`);
    await expect(page.locator('main')).not.toContainText(coAuthor.user.name);
    await expect(page.locator('main')).not.toContainText('€');
    await expectAccessible(page);

    await page.goto('/profile');
    const consent = page.getByRole('checkbox', { name: 'Nimeni saa näkyä Kiitos!-sivulla' });
    await expect(consent).not.toBeChecked();
    await consent.check();
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await expect(page.getByText('Tiedot tallennettu.')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Nimeni saa näkyä Kiitos!-sivulla' })).toBeChecked();
    await expectAccessible(page);
    await page.goto('/thanks');
    await expect(
      page.getByRole('listitem').filter({ has: page.getByRole('link', { name: idea.title }) }),
    ).toContainText(`Tekijät: ${author.user.name}, ${coAuthor.user.name}`);
  });
});
