import { readFile } from 'node:fs/promises';
import { IdeaStatus, Role } from '../modules/platform/db/client';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { marker } from './accelerator-fixtures';
import { expect, test } from './fixtures';

// Management insight: a manager opens /insight, narrows it to a period and a department (the filter
// stays in the address from view to view), reads each view and downloads the funnel as CSV; axe on
// every page. Each project gets a year of its own, so the desktop and phone runs never count each
// other's ideas.

const yearOf = (project: string) => (project === 'phone' ? 2034 : 2033);

/** A department of its own with two ideas sent in `year`: one implemented (through its timeline), one published. */
async function departmentWithIdeas(year: number) {
  const tag = marker();
  const db = e2eDb();
  const department = await db.department.create({
    data: { slug: `insight-${tag}`, nameFi: `Näkymä ${tag}`, nameSv: `Översikt ${tag}`, nameEn: `Insight ${tag}` },
  });
  const author = await db.user.create({
    data: { name: `Iida Ideoija ${tag}`, email: `insight-${tag}@test.example`, departmentId: department.id },
  });
  const sent = new Date(Date.UTC(year, 1, 3, 9));
  const idea = (title: string, status: IdeaStatus) =>
    db.idea.create({
      data: {
        title: `${title} ${tag}`,
        body: 'Idea johdon näkymää varten.',
        authorId: author.id,
        status,
        submittedAt: sent,
        publishedAt: sent,
        statusChangedAt: new Date(Date.UTC(year, 4, 2, 9)),
        departments: { create: [{ departmentId: department.id }] },
      },
    });
  const implemented = await idea('Toteutettu idea', IdeaStatus.IMPLEMENTED);
  await idea('Julkaistu idea', IdeaStatus.PUBLISHED);
  const path = [IdeaStatus.SUBMITTED, IdeaStatus.PUBLISHED, IdeaStatus.SHORTLISTED, IdeaStatus.EVALUATION];
  await db.ideaEvent.createMany({
    data: [...path, IdeaStatus.IMPLEMENTATION, IdeaStatus.IMPLEMENTED].map((toStatus, index) => ({
      ideaId: implemented.id,
      type: 'STATUS_CHANGED' as const,
      toStatus,
      createdAt: new Date(sent.getTime() + index * 2 * 86_400_000),
    })),
  });
  return department;
}

test.describe('management insight', () => {
  test('a manager opens /insight, changes the period and department, reads each view and downloads a CSV', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }, testInfo) => {
    const year = yearOf(testInfo.project.name);
    const department = await departmentWithIdeas(year);
    const manager = await createSignedInUser('Maija Esihenkilö', [Role.EMPLOYEE, Role.MANAGER], {
      departmentId: department.id,
    });
    await context.addCookies([{ ...manager.cookie, url: baseURL! }]);

    await page.goto('/insight');
    await expect(page.getByRole('heading', { level: 1, name: 'Ideoiden eteneminen' })).toBeVisible();
    await expectAccessible(page);

    const filter = page.getByRole('search', { name: 'Ajanjakso' });
    await filter.getByLabel('Alkaen').fill(`${year}-01-01`);
    await filter.getByLabel('Päättyen').fill(`${year}-12-31`);
    await filter.getByLabel('Yksikkö').selectOption({ label: department.nameFi });
    await filter.getByRole('button', { name: 'Näytä' }).click();
    await page.waitForURL((url) => url.searchParams.get('department') === department.id);
    expect(new URL(page.url()).searchParams.get('from')).toBe(`${year}-01-01`);
    await expect(page.getByText(`Ajanjakso 1.1.${year}–31.12.${year}`)).toBeVisible();
    await expect(
      page.getByText(
        'Lähetetyistä 2 ideasta julkaistiin 2, ehdokkaaksi nousi 1, kiihdyttämöön eteni 1 ja toteutettiin 1.',
      ),
    ).toBeVisible();
    const byDepartment = page.getByRole('region', { name: 'Eteneminen yksiköittäin', exact: true });
    await byDepartment.getByText('Näytä luvut taulukkona').click();
    await expect(byDepartment.getByRole('row').filter({ hasText: department.nameFi })).toContainText(
      /2\s*2 \(100\s%\)/,
    );
    await expectAccessible(page);

    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Lataa CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^ideoiden-eteneminen-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await readFile((await download.path())!, 'utf8')).split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^\uFEFFYksikkö;Lähetetty;Julkaistu;Ehdokas;Kiihdyttämössä;Toteutettu;/);
    expect(lines[1]).toMatch(/^Yhteensä;2;2;1;1;1;/);
    expect(lines).toContain(`${department.nameFi};2;2;1;1;1;100,00;50,00;100,00;100,00`);

    const views = page.getByRole('navigation', { name: 'Johdon näkymä' });
    for (const [link, heading] of [
      ['Osallistuminen', 'Osallistuminen'],
      ['Läpimenoajat', 'Läpimenoajat'],
      ['Ideahaut', 'Ideahaut rinnakkain'],
      ['Hyödyt', 'Toteutetut ideat ja hyödyt'],
    ] as const) {
      await views.getByRole('link', { name: link }).click();
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      // The filter came along.
      expect(new URL(page.url()).searchParams.get('department')).toBe(department.id);
      await expect(views.getByRole('link', { name: link })).toHaveAttribute('aria-current', 'page');
      await expectAccessible(page);
    }
    await expect(page.getByText(/^Ajanjaksolla toteutettiin yksi idea/)).toBeVisible();
    await page.goto(`/insight/stages?from=${year}-01-01&to=${year}-12-31&department=${department.id}`);
    const stages = page.getByRole('region', { name: 'Aika vaiheittain', exact: true });
    await stages.getByText('Näytä luvut taulukkona').click();
    await expect(stages.getByRole('row').filter({ hasText: 'Ehdokas' })).toContainText('2 vrk');
  });

  test('an employee and a moderator get nothing: not the pages, not the downloads @once', async ({
    playwright,
    baseURL,
  }) => {
    for (const roles of [[Role.EMPLOYEE], [Role.EMPLOYEE, Role.MODERATOR]]) {
      const person = await createSignedInUser('Kalle Kollega', roles);
      const request = await playwright.request.newContext({
        baseURL,
        extraHTTPHeaders: { cookie: `${person.cookie.name}=${person.cookie.value}` },
      });
      for (const path of [
        '/insight',
        '/insight/participation',
        '/insight/stages',
        '/insight/benefits',
        '/insight/campaigns',
      ])
        expect((await request.get(path)).status(), `${roles} ${path}`).toBe(404);
      for (const id of [
        'insight-funnel',
        'insight-participation',
        'insight-stages',
        'insight-benefits',
        'insight-campaigns',
      ])
        expect((await request.get(`/api/reports/${id}?format=csv`)).status(), `${roles} ${id}`).toBe(404);
      await request.dispose();
    }
  });
});
