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
    const { tag, idea, author, coAuthor, colleague } = await rewardedIdea();
    const rules = await e2eDb().rewardRuleVersion.findFirstOrThrow({ orderBy: { id: 'asc' } });
    for (const [kind, status, cents] of [
      [RewardKind.THANK_YOU, RewardStatus.PROPOSED, 5_000],
      [RewardKind.RECOGNITION, RewardStatus.RECOGNISED, 0],
    ] as const) {
      await e2eDb().rewardCase.create({
        data: {
          ideaId: idea.id,
          kind,
          status,
          ruleVersionId: rules.id,
          computedCents: cents,
          amountCents: cents,
          decidedAt: status === RewardStatus.RECOGNISED ? new Date() : null,
          // Shared like the decided reward: a recognition still shows no share of nothing.
          shares: {
            create: [
              { userId: author.user.id, shareBasisPoints: 6_000, amountCents: (cents * 6) / 10 },
              { userId: coAuthor.user.id, shareBasisPoints: 4_000, amountCents: (cents * 4) / 10 },
            ],
          },
        },
      });
    }
    await context.addCookies([{ ...author.cookie, url: baseURL! }]);
    await page.goto('/profile');
    await page.getByRole('link', { name: 'Omat palkkiot' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Omat palkkiot' })).toBeVisible();
    await expect(
      page.getByText('Palkkio maksetaan palkan mukana, ja siitä pidätetään vero kuten palkasta.'),
    ).toBeVisible();
    await expect(page.getByText(/ansiotuloa \(tulolaji 202\)/)).toBeVisible();
    const reward = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: idea.title }), hasText: 'Toteutuspalkkio' });
    await expect(reward).toContainText('Toteutuspalkkio');
    await expect(reward).toContainText('Päätetty, odottaa maksua');
    await expect(reward).toContainText(/180\s€/);
    await expect(reward).toContainText(/60\s%/);
    await expect(reward).toContainText(`HR ${tag}, 2.11.2026`);
    // The author has no employee number yet: the payment waits for it, and HR adds it.
    await expect(reward).toContainText('Palkkion maksu odottaa henkilönumeroasi.');
    const proposal = page.getByRole('listitem').filter({ hasText: 'Kiitospalkkio' });
    await expect(proposal).toContainText(/30\s€ \(Ehdotus, ei vielä päätetty\)/);
    const recognition = page.getByRole('listitem').filter({ hasText: 'Tunnustus ilman rahaa' });
    await expect(recognition).not.toContainText('%');
    await expect(recognition).not.toContainText('€');
    // On a phone each label sits above its value, so the value gets the card's full width.
    const viewport = page.viewportSize()!;
    await page.setViewportSize({ width: 360, height: 740 });
    const label = reward.getByText('Osuutesi', { exact: true });
    const value = reward.getByText(/180\s€/);
    const [labelBox, valueBox] = [await label.boundingBox(), await value.boundingBox()];
    expect(valueBox!.y).toBeGreaterThanOrEqual(labelBox!.y + labelBox!.height);
    expect(Math.abs(valueBox!.x - labelBox!.x)).toBeLessThan(2);
    await page.setViewportSize(viewport);
    // Neither the co-author's share nor the total.
    await expect(page.locator('main')).not.toContainText(/120\s€|300\s€/);
    await expectAccessible(page);

    await context.clearCookies();
    await context.addCookies([{ ...colleague.cookie, url: baseURL! }]);
    await page.goto('/profile/rewards');
    await expect(page.getByRole('heading', { level: 1, name: 'Omat palkkiot' })).toBeVisible();
    await expect(page.getByText(/Sinulle ei ole vielä ehdotettu palkkioita/)).toBeVisible();
    await expect(page.locator('main')).not.toContainText('tulolaji 202');
    await expect(page.locator('main')).not.toContainText(idea.title);
    await expectAccessible(page);
  });

  test('the hall of fame names the author who agreed and not the co-author who did not; consent is set on the profile', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const { tag, idea, author, coAuthor } = await rewardedIdea();
    const implemented = (title: string, anonymous: boolean) =>
      e2eDb().idea.create({
        data: {
          title,
          body: 'Idea, joka on otettu käyttöön.',
          authorId: author.user.id,
          anonymous,
          status: IdeaStatus.IMPLEMENTED,
          publishedAt: new Date(),
          statusChangedAt: new Date(),
        },
      });
    const solo = await implemented(`Yksin tehty idea ${tag}`, false);
    const anonymous = await implemented(`Nimetön idea ${tag}`, true);
    await context.addCookies([{ ...coAuthor.cookie, url: baseURL! }]);
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Kiitos!' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kiitos!' })).toBeVisible();
    const entry = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: idea.title }) });
    await expect(entry).toContainText(`Tekijät: ${author.user.name} ja 1 muu`);
    await expect(page.locator('main')).not.toContainText(coAuthor.user.name);
    await expect(page.locator('main')).not.toContainText('€');
    // One named author alone is in the singular; an anonymous idea says only that it is anonymous.
    await expect(
      page.getByRole('listitem').filter({ has: page.getByRole('link', { name: solo.title }) }),
    ).toContainText(`Tekijä: ${author.user.name}`);
    await expect(
      page.getByRole('listitem').filter({ has: page.getByRole('link', { name: anonymous.title }) }),
    ).toContainText('Idea on jätetty nimettömänä, joten tekijää ei näytetä.');
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
