import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { IdeaStatus, RewardKind, RewardStatus, Role } from '../modules/platform/db/client';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { marker } from './accelerator-fixtures';
import { expect, test } from './fixtures';

// The privacy canary (issue 13): a reward with an amount nobody else has and a recipient with a
// name nobody else has is planted; then every kind of colleague signs in and reads every page they
// can reach (following links from the known pages), its RSC payload, the APIs and the exports.
// Neither may appear anywhere. HR, the endorsing manager and the recipient do see the amount, so
// the search is known to find it when it is there.

/** 4 321,87 € and 987,65 €, written every way a page, a payload or a file could write them. */
const amountSpellings = [
  '4321,87',
  '4 321,87',
  '4\u00a0321,87',
  '4\u202f321,87',
  '4321.87',
  '4,321.87',
  '432187',
  '987,65',
  '987.65',
  '98765',
];

function leaksIn(text: string, surname: string): string[] {
  return [...amountSpellings, surname].filter((needle) => text.includes(needle));
}

async function plant() {
  const tag = marker();
  const db = e2eDb();
  const department = await db.department.create({
    data: { slug: `canary-${tag}`, nameFi: `Kanariaosasto ${tag}`, nameSv: `Kanarie ${tag}`, nameEn: `Canary ${tag}` },
  });
  // A surname no other row has: any page that names the recipient is found by it.
  const surname = `Palkkiokanarialintu${tag}`;
  const recipient = await createSignedInUser(`Kerttu ${surname}`, [Role.EMPLOYEE], { departmentId: department.id });
  await db.user.update({
    where: { id: recipient.user.id },
    data: { employeeNumber: `K${tag}`, costCentre: `KP-${tag}` },
  });
  const endorser = await createSignedInUser(`Esko Esihenkilö ${tag}`, [Role.EMPLOYEE, Role.MANAGER], {
    departmentId: department.id,
  });
  const idea = await db.idea.create({
    data: {
      title: `Kanariaidea ${tag}`,
      body: 'Idea, josta maksetaan palkkio.',
      authorId: recipient.user.id,
      anonymous: true,
      status: IdeaStatus.IMPLEMENTATION,
      publishedAt: new Date(),
      departments: { create: [{ departmentId: department.id }] },
      acceleratorCard: { create: {} },
    },
  });
  const rules = await db.rewardRuleVersion.findFirstOrThrow({ orderBy: { id: 'desc' } });
  const batch = await db.payrollBatch.create({ data: { paymentMonth: new Date(Date.UTC(2026, 10, 1)) } });
  const decided = await db.rewardCase.create({
    data: {
      ideaId: idea.id,
      kind: RewardKind.IMPLEMENTATION,
      status: RewardStatus.DECIDED,
      ruleVersionId: rules.id,
      computedCents: 30_000,
      amountCents: 432_187,
      amountChangeReason: 'Kanariatesti',
      decidedAt: new Date(),
      decisionNumber: `HR ${tag}`,
      decisionDate: new Date(Date.UTC(2026, 10, 2)),
      shares: { create: [{ userId: recipient.user.id, shareBasisPoints: 10_000, amountCents: 432_187 }] },
    },
  });
  const paid = await db.rewardCase.create({
    data: {
      ideaId: idea.id,
      kind: RewardKind.SAVINGS,
      status: RewardStatus.PAID,
      ruleVersionId: rules.id,
      computedCents: 98_765,
      amountCents: 98_765,
      basisSavingsCents: 987_650,
      decidedAt: new Date(),
      decisionNumber: `HR ${tag}-2`,
      decisionDate: new Date(Date.UTC(2026, 10, 2)),
      batchId: batch.id,
      paidAt: new Date(),
      shares: { create: [{ userId: recipient.user.id, shareBasisPoints: 10_000, amountCents: 98_765 }] },
      payrollLines: {
        create: [
          {
            batchId: batch.id,
            userId: recipient.user.id,
            employeeNumber: `K${tag}`,
            name: recipient.user.name,
            payCode: '202',
            grossCents: 98_765,
            socialInsuranceDue: false,
            costCentre: `KP-${tag}`,
            earningPeriodStart: new Date(Date.UTC(2026, 10, 1)),
            earningPeriodEnd: new Date(Date.UTC(2026, 10, 30)),
            taxYear: 2026,
            decisionNumber: `HR ${tag}-2`,
            ideaId: idea.id,
            shareBasisPoints: 10_000,
          },
        ],
      },
    },
  });
  return { tag, department, surname, recipient, endorser, idea, decided, paid, batch };
}

type Planted = Awaited<ReturnType<typeof plant>>;

/** The pages, APIs and downloads known to exist; links found on them are followed too. */
function knownAddresses(planted: Planted): string[] {
  const { idea, decided, paid, batch, recipient } = planted;
  return [
    '/',
    '/ideas',
    `/ideas/${idea.id}`,
    '/accelerator',
    '/accelerator/candidates',
    '/my-ideas',
    '/notifications',
    '/profile',
    '/profile/rewards',
    '/thanks',
    '/rewards',
    `/rewards/${decided.id}`,
    `/rewards/${paid.id}`,
    '/rewards/batches',
    `/rewards/batches/${batch.id}`,
    '/rewards/rules',
    '/rewards/staff-import',
    '/reports',
    '/reports/ledger',
    '/moderation',
    '/admin/users',
    `/admin/users/${recipient.user.id}`,
    '/admin/audit',
    '/admin/settings',
    '/api/me',
    '/api/me/export',
    `/api/users/search?q=${encodeURIComponent(planted.surname.slice(0, 12))}`,
    '/api/reports/ledger?format=csv',
    `/api/rewards/batches/${batch.id}/csv`,
    `/api/rewards/batches/${batch.id}/xlsx`,
  ];
}

/** At most two addresses of a shape (/ideas/12 and /ideas/13 are one shape): the crawl stays bounded. */
function shapeOf(address: string): string {
  return address.replace(/\?.*$/, '').replace(/\/[0-9a-f-]{6,}|\/\d+/g, '/:id');
}

function linksIn(html: string): string[] {
  return [...html.matchAll(/href="(\/[^"#]*)"/g)]
    .map((match) => match[1]!.replaceAll('&amp;', '&'))
    .filter((href) => !href.startsWith('/_next') && !href.startsWith('/api/auth') && !href.includes('sign-out'));
}

interface Finding {
  address: string;
  payload: 'html' | 'rsc';
  found: string[];
}

/** Reads everything reachable for this person; returns every place a canary turned up. */
async function crawl(context: APIRequestContext, planted: Planted) {
  const queue = knownAddresses(planted);
  const seen = new Set<string>();
  const shapes = new Map<string, number>();
  const findings: Finding[] = [];
  while (queue.length > 0 && seen.size < 80) {
    const address = queue.shift()!;
    if (seen.has(address)) continue;
    const shape = shapeOf(address);
    if ((shapes.get(shape) ?? 0) >= 2 && !knownAddresses(planted).includes(address)) continue;
    seen.add(address);
    shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
    const response = await context.get(address, { maxRedirects: 3 });
    const body = (await response.body()).toString('utf8');
    const found = leaksIn(body, planted.surname);
    if (found.length > 0) findings.push({ address, payload: 'html', found });
    if (address.startsWith('/api/')) continue;
    const flight = await context.get(address, { headers: { RSC: '1' }, maxRedirects: 3 });
    const flightFound = leaksIn((await flight.body()).toString('utf8'), planted.surname);
    if (flightFound.length > 0) findings.push({ address, payload: 'rsc', found: flightFound });
    if ((response.headers()['content-type'] ?? '').includes('text/html')) queue.push(...linksIn(body));
  }
  return { findings, visited: seen.size };
}

async function signedInContext(baseURL: string, sessionToken: string) {
  return playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { cookie: `authjs.session-token=${sessionToken}` },
  });
}

test.describe('reward privacy canary', () => {
  test.slow();

  test('a planted amount and recipient reach only HR, the endorsing manager and the recipient @once', async ({
    page,
    expectAccessible,
    baseURL,
  }) => {
    const planted = await plant();
    const department = planted.department.id;
    const elsewhere = await e2eDb().department.create({
      data: { slug: `elsewhere-${planted.tag}`, nameFi: 'Muu osasto', nameSv: 'Annan', nameEn: 'Other' },
    });
    const colleagues = {
      'a colleague in the same department': await createSignedInUser(`Kalle Kollega ${planted.tag}`, [Role.EMPLOYEE], {
        departmentId: department,
      }),
      'a moderator': await createSignedInUser(`Mona Moderaattori ${planted.tag}`, [Role.EMPLOYEE, Role.MODERATOR]),
      'a manager of another department': await createSignedInUser(
        `Mikko Muualla ${planted.tag}`,
        [Role.EMPLOYEE, Role.MANAGER],
        { departmentId: elsewhere.id },
      ),
      'the accelerator coordinator': await createSignedInUser(`Kaisa Koordinaattori ${planted.tag}`, [
        Role.EMPLOYEE,
        Role.COORDINATOR,
      ]),
      'an admin': await createSignedInUser(`Aada Ylläpitäjä ${planted.tag}`, [Role.EMPLOYEE, Role.ADMIN]),
    };
    // Where a colleague may see the recipient's name for reasons that have nothing to do with
    // rewards: anyone finds a colleague by name in the people picker; moderators see an anonymous
    // idea's author; admins manage people.
    const withoutLocale = (address: string) => address.replace(/^\/(sv|en)(?=\/)/, '');
    const peoplePicker = (address: string) => address.startsWith('/api/users/search');
    const nameAllowed: Record<keyof typeof colleagues, (address: string) => boolean> = {
      'a colleague in the same department': peoplePicker,
      'a moderator': (address) =>
        peoplePicker(address) || withoutLocale(address).startsWith(`/ideas/${planted.idea.id}`),
      'a manager of another department': peoplePicker,
      'the accelerator coordinator': peoplePicker,
      'an admin': (address) => peoplePicker(address) || withoutLocale(address).startsWith('/admin/users'),
    };

    for (const [who, person] of Object.entries(colleagues) as [keyof typeof colleagues, { sessionToken: string }][]) {
      const context = await signedInContext(baseURL!, person.sessionToken);
      const { findings, visited } = await crawl(context, planted);
      await context.dispose();
      const leaks = findings.filter(
        (finding) => finding.found.some((needle) => needle !== planted.surname) || !nameAllowed[who](finding.address),
      );
      expect(leaks, `${who} read a planted reward (${visited} addresses)`).toEqual([]);
      expect(visited, `${who} reached the known pages`).toBeGreaterThan(20);
    }

    // The search finds the amount where it belongs, so zero hits above mean something.
    const hr = await createSignedInUser(`Hanna Henkilöstö ${planted.tag}`, [Role.EMPLOYEE, Role.HR]);
    const seers = [
      { who: 'HR', token: hr.sessionToken, address: `/rewards/${planted.decided.id}` },
      { who: 'the endorsing manager', token: planted.endorser.sessionToken, address: `/rewards/${planted.decided.id}` },
      { who: 'the recipient', token: planted.recipient.sessionToken, address: '/profile/rewards' },
    ];
    for (const seer of seers) {
      await page.context().clearCookies();
      await page.context().addCookies([{ name: 'authjs.session-token', value: seer.token, url: baseURL! }]);
      await page.goto(seer.address);
      await expect(page.getByText(/4\s321,87/).first(), `${seer.who} sees the amount`).toBeVisible();
      await expectAccessible(page);
    }
  });
});
