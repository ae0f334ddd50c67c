import { RewardStatus } from '../modules/platform/db/client';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { expect, test } from './fixtures';
import { createHrUser, rewardedIdea } from './reward-fixtures';

// The reward chain in the browser: the manager of the idea's department endorses, HR decides with
// a changed amount (refused without a reason, typed values kept), the recipient is told without an
// amount; a colleague who opens the case's address finds nothing there.

test.describe('the reward chain', () => {
  test('a manager endorses, HR decides with a changed amount and a reason, the recipient is told', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    test.slow();
    const { tag, manager, author, coAuthors, idea, rewardCase } = await rewardedIdea({ coAuthors: 1 });
    const caseTitle = `Tapaus ${rewardCase.id} · ${idea.title}`;

    await context.addCookies([{ ...manager!.cookie, url: baseURL! }]);
    await page.goto('/rewards');
    await expect(page.getByRole('heading', { level: 1, name: 'Puollettavat palkkiot' })).toBeVisible();
    await expect(
      page.getByText('Toimialojesi ideoiden palkkioehdotukset. Puolla ehdotus tai hylkää se perustellen'),
    ).toBeVisible();
    await expectAccessible(page);
    // What waits for this manager comes under its own heading.
    await page.getByRole('list', { name: 'Odottavat puoltoasi' }).getByRole('link', { name: caseTitle }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Palkkiotapaus ${rewardCase.id}` })).toBeVisible();
    await expect(page.getByText('Toteutuspalkkio · Odottaa puoltoa')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Puolla', exact: true }).click();
    await expect(page.getByText('Toteutuspalkkio · Puollettu, odottaa päätöstä')).toBeVisible();
    await expect(page.getByText(`${manager!.user.name} puolsi palkkiotapausta ${rewardCase.id}.`)).toBeVisible();

    await context.clearCookies();
    const hr = await createHrUser(tag);
    await context.addCookies([{ ...hr.cookie, url: baseURL! }]);
    await page.goto(`/rewards?q=${idea.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Palkkiotapaukset' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: caseTitle }).click();
    const form = page.getByRole('form', { name: 'Päätä palkkiosta' });
    await form.getByLabel('Päätöksen numero').fill(`HR ${tag}/2026`);
    await form.getByLabel('Summa euroina').fill('450,50');
    await form.getByRole('button', { name: 'Tallenna päätös' }).click();
    // The error summary links to the field; the field says it too.
    await expect(form.getByRole('link', { name: 'Kerro, miksi summa poikkeaa sääntöjen antamasta.' })).toBeVisible();
    await expect(form.getByLabel('Päätöksen numero')).toHaveValue(`HR ${tag}/2026`);
    await expect(form.getByLabel('Summa euroina')).toHaveValue('450,50');
    await expectAccessible(page);
    await form.getByLabel('Perustelu').fill('Idea säästi arvioitua enemmän työaikaa.');
    await form.getByRole('button', { name: 'Tallenna päätös' }).click();
    await expect(page.getByText('Toteutuspalkkio · Päätetty')).toBeVisible();
    await expect(page.getByText('Idea säästi arvioitua enemmän työaikaa.')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Saajat ja osuudet' }).getByRole('listitem')).toHaveCount(2);
    await expectAccessible(page);
    expect(await e2eDb().rewardCase.findUniqueOrThrow({ where: { id: rewardCase.id } })).toMatchObject({
      status: RewardStatus.DECIDED,
      amountCents: 45_050,
    });

    await context.clearCookies();
    await context.addCookies([{ ...coAuthors[0]!.cookie, url: baseURL! }]);
    await page.goto('/notifications');
    const told = page.getByRole('link', { name: `${hr.user.name} teki päätöksen ideasi palkkiosta.` });
    await expect(told).toBeVisible();
    await expect(page.locator('main')).not.toContainText('450');
    await expectAccessible(page);
    await told.click();
    await expect(page).toHaveURL(/\/profile\/rewards$/);
    expect(author.user.id).not.toBe(coAuthors[0]!.user.id);
  });

  test('a colleague who opens a case’s address gets not found', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const { tag, departments, rewardCase } = await rewardedIdea({ status: RewardStatus.ENDORSED });
    const colleague = await createSignedInUser(`Kalle Kollega ${tag}`, undefined, { departmentId: departments[0]!.id });
    await context.addCookies([{ ...colleague.cookie, url: baseURL! }]);
    for (const address of [`/rewards/${rewardCase.id}`, '/rewards']) {
      const response = await page.goto(address);
      expect(response?.status(), address).toBe(404);
      await expect(page.locator('main')).not.toContainText(`Palkkiotapaus ${rewardCase.id}`);
    }
    await expectAccessible(page);
  });
});
