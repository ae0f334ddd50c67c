import { IdeaStatus, Role } from '../modules/platform/db/client';
import { ideaPath } from '../modules/ideas/slug';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { expect, test } from './fixtures';
import { openMainMenu, openToolsMenu } from './menu';

const marker = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A department of its own with its manager, and ideas in it in the given states. */
async function departmentWithIdeas(tag: string, states: IdeaStatus[]) {
  const department = await e2eDb().department.create({
    data: { slug: `e2e-${tag}`, nameFi: `Osasto ${tag}`, nameSv: `Avdelning ${tag}`, nameEn: `Department ${tag}` },
  });
  const manager = await createSignedInUser(`Maija Esihenkilö ${tag}`, [Role.EMPLOYEE, Role.MANAGER], {
    departmentId: department.id,
  });
  const author = await e2eDb().user.create({ data: { name: `Aino Ehdottaja ${tag}`, email: `a-${tag}@test.example` } });
  const ideas = [];
  for (const [index, status] of states.entries()) {
    ideas.push(
      await e2eDb().idea.create({
        data: {
          title: `Ehdokas ${index + 1} ${tag}`,
          body: 'Idea, josta esihenkilö päättää.',
          authorId: author.id,
          status,
          publishedAt: new Date(),
          departments: { create: [{ departmentId: department.id }] },
        },
      }),
    );
  }
  return { department, manager, ideas };
}

test.describe('candidates for the accelerator', () => {
  test('a manager finds the candidates routed to them, declines one with a reason and promotes another', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const tag = marker();
    const { manager, ideas } = await departmentWithIdeas(tag, [IdeaStatus.SHORTLISTED, IdeaStatus.SHORTLISTED]);
    const [toDecline, toPromote] = ideas as [(typeof ideas)[number], (typeof ideas)[number]];
    await context.addCookies([{ ...manager.cookie, url: baseURL! }]);

    await page.goto('/');
    await openToolsMenu(page);
    await page.getByRole('link', { name: /^Minulle ohjatut/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Minulle ohjatut' })).toBeVisible();
    await expectAccessible(page);

    const declined = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: toDecline.title }) });
    await declined.getByRole('button', { name: 'Hylkää ehdokas' }).click();
    await expect(declined.getByText('Kirjoita hylkäyksen syy (vähintään 5 merkkiä).').first()).toBeVisible();
    await expectAccessible(page);
    await declined.getByLabel('Hylkäyksen syy').fill('Päällekkäinen käynnissä olevan hankkeen kanssa.');
    await declined.getByRole('button', { name: 'Hylkää ehdokas' }).click();
    await expect(declined.getByRole('status')).toHaveText('Idea hylättiin. Tekijä ja seuraajat näkevät syyn.');

    const promoted = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: toPromote.title }) });
    await promoted.getByRole('button', { name: 'Nosta kiihdyttämöön' }).click();
    await expect(promoted.getByRole('status')).toHaveText('Idea nostettiin kiihdyttämöön arvioitavaksi.');

    await page.goto(ideaPath(toDecline));
    await expect(page.getByText('Päällekkäinen käynnissä olevan hankkeen kanssa.').first()).toBeVisible();
    await page.goto(ideaPath(toPromote));
    await expect(page.getByText('Vaihe: Arvioitavana')).toBeVisible();
    const card = await e2eDb().acceleratorCard.findUnique({ where: { ideaId: toPromote.id } });
    expect(card?.evaluationDueOn).not.toBeNull();
  });

  test('a moderator nominates a published idea with a note everyone reads; an employee sees the accelerator link', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const tag = marker();
    const { ideas } = await departmentWithIdeas(tag, [IdeaStatus.PUBLISHED]);
    const idea = ideas[0]!;
    const moderator = await createSignedInUser(`Mikko Moderaattori ${tag}`, [Role.EMPLOYEE, Role.MODERATOR]);
    await context.addCookies([{ ...moderator.cookie, url: baseURL! }]);

    await page.goto(ideaPath(idea));
    await page.getByLabel('Perustelu (vapaaehtoinen)').fill('Hyödyttäisi kaikkia toimipisteitä.');
    await page.getByRole('button', { name: 'Ehdota kiihdyttämöön' }).click();
    await expect(page.getByText('Idea on nyt ehdolla kiihdyttämöön. Päättäjille kerrottiin siitä.')).toBeVisible();
    await expectAccessible(page);

    const employee = await createSignedInUser(`Eeva Työntekijä ${tag}`);
    await context.clearCookies();
    await context.addCookies([{ ...employee.cookie, url: baseURL! }]);
    await page.goto(ideaPath(idea));
    await expect(page.getByText('Vaihe: Ehdolla kiihdyttämöön')).toBeVisible();
    await expect(page.getByText('Hyödyttäisi kaikkia toimipisteitä.').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Nosta kiihdyttämöön' })).toHaveCount(0);
    await openMainMenu(page);
    await expect(page.getByRole('link', { name: 'Kiihdyttämö', exact: true })).toBeVisible();
  });
});
