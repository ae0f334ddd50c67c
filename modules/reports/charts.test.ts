import { createTranslator } from 'next-intl';
import { beforeAll, describe, expect, it } from 'vitest';
import { dateColumn } from '@/modules/accelerator/working-days';
import fi from '@/modules/i18n/messages/fi.json';
import { IdeaEventType, IdeaStatus, RewardKind, RewardStatus, Role, type Database } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import {
  actorOf,
  createDepartment,
  createIdea,
  createRewardCase,
  createUser,
} from '@/modules/platform/testing/factories';
import { benefitsRegister } from './benefits';
import { reportDownload } from './export';
import { ideaFunnel } from './funnel';
import { parseReportPeriod, type ReportPeriod } from './period';
import { rewardsByDepartment } from './rewards-by-department';
import { rewardsByMonth } from './rewards-by-month';

const db = testDb();
const period = (from: string, to: string, department?: string): ReportPeriod => ({ from, to, department });

async function paidCase(
  db: Database,
  options: Parameters<typeof createRewardCase>[1] & { paidOn?: string; paidAt?: Date },
) {
  const created = await createRewardCase(db, { ...options, status: RewardStatus.PAID });
  const batch = options.paidOn
    ? await db.payrollBatch.create({
        data: { paymentMonth: dateColumn(`${options.paidOn.slice(0, 7)}-01`), paymentDate: dateColumn(options.paidOn) },
      })
    : null;
  await db.rewardCase.update({
    where: { id: created.id },
    data: { batchId: batch?.id ?? null, paidAt: options.paidAt ?? new Date() },
  });
  return created;
}

describe('rewards per month and per department', () => {
  let departmentA: string;
  let departmentB: string;

  beforeAll(async () => {
    departmentA = (await createDepartment(db)).id;
    departmentB = (await createDepartment(db)).id;
    const [a1, a2, b1] = await Promise.all([
      createUser(db, { departmentId: departmentA }),
      createUser(db, { departmentId: departmentA }),
      createUser(db, { departmentId: departmentB }),
    ]);
    await paidCase(db, {
      amountCents: 30_001,
      shares: [
        { userId: a1.id, shareBasisPoints: 5_000 },
        { userId: a2.id, shareBasisPoints: 5_000 },
      ],
      decisionDate: dateColumn('2026-03-10'),
      paidOn: '2026-04-15',
    });
    await createRewardCase(db, {
      status: RewardStatus.DECIDED,
      amountCents: 100_000,
      shares: [{ userId: a1.id, shareBasisPoints: 10_000 }],
      decisionDate: dateColumn('2026-03-20'),
    });
    await createRewardCase(db, {
      status: RewardStatus.BATCHED,
      amountCents: 50_000,
      shares: [{ userId: b1.id, shareBasisPoints: 10_000 }],
      decisionDate: dateColumn('2026-05-02'),
    });
    await createRewardCase(db, { amountCents: 10_000, shares: [{ userId: b1.id, shareBasisPoints: 10_000 }] });
    await createRewardCase(db, {
      status: RewardStatus.REJECTED,
      amountCents: 30_000,
      shares: [{ userId: a1.id, shareBasisPoints: 10_000 }],
    });
    // Decided last year, marked paid at 00.30 on 10 January in Helsinki (still the 9th in UTC).
    await paidCase(db, {
      amountCents: 20_000,
      shares: [{ userId: b1.id, shareBasisPoints: 10_000 }],
      decisionDate: dateColumn('2025-12-15'),
      paidAt: new Date('2026-01-09T22:30:00Z'),
    });
  });

  it('sums decided euros by decision month and paid euros by payment month, every month of the period listed', async () => {
    const months = await rewardsByMonth(db, period('2026-01-01', '2026-06-30', departmentA));
    expect(months.map((row) => row.month)).toEqual(
      ['01', '02', '03', '04', '05', '06'].map((month) => dateColumn(`2026-${month}-01`)),
    );
    expect(months.map((row) => [row.decidedCents, row.paidCents])).toEqual([
      [0, 0],
      [0, 0],
      [130_001, 0],
      [0, 30_001],
      [0, 0],
      [0, 0],
    ]);
    const inB = await rewardsByMonth(db, period('2026-01-01', '2026-06-30', departmentB));
    expect(inB.map((row) => [row.decidedCents, row.paidCents])).toEqual([
      [0, 20_000],
      [0, 0],
      [0, 0],
      [0, 0],
      [50_000, 0],
      [0, 0],
    ]);
  });

  it('sums the same per department (the recipients\u2019), departments without rewards at 0 \u20ac', async () => {
    const rows = await rewardsByDepartment(db, period('2026-01-01', '2026-06-30'), 'fi');
    const byId = new Map(rows.map((row) => [row.departmentId, row]));
    expect(byId.get(departmentA)).toMatchObject({ decidedCents: 130_001, paidCents: 30_001 });
    expect(byId.get(departmentB)).toMatchObject({ decidedCents: 50_000, paidCents: 20_000 });
    const empty = (await rewardsByDepartment(db, period('1990-01-01', '1990-01-31'), 'fi')).find(
      (row) => row.departmentId === departmentA,
    );
    expect(empty).toMatchObject({ decidedCents: 0, paidCents: 0 });
  });

  it('reads the period from the query, the current year by default, ends swapped when reversed', () => {
    const now = new Date('2026-11-26T10:00:00Z');
    expect(parseReportPeriod(new URLSearchParams(''), now)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(parseReportPeriod(new URLSearchParams('from=2026-05-01&to=2026-02-01'), now)).toEqual({
      from: '2026-02-01',
      to: '2026-05-01',
    });
    expect(parseReportPeriod(new URLSearchParams('from=2026-02-30&department=x'), now)).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
    });
  });
});

describe('the idea funnel', () => {
  it('follows the ideas sent in the period through publication, evaluation and implementation', async () => {
    const departmentId = (await createDepartment(db)).id;
    const sentOn = new Date('2019-02-10T10:00:00Z');
    const idea = async (status: IdeaStatus, options: { submittedAt?: Date; publishedAt?: Date | null } = {}) => {
      const created = await createIdea(db, {
        status,
        departmentIds: [departmentId],
        publishedAt: options.publishedAt === undefined ? sentOn : options.publishedAt,
      });
      await db.idea.update({ where: { id: created.id }, data: { submittedAt: options.submittedAt ?? sentOn } });
      return created;
    };
    await createIdea(db, { status: IdeaStatus.DRAFT, departmentIds: [departmentId] });
    await idea(IdeaStatus.SUBMITTED, { publishedAt: null });
    await idea(IdeaStatus.PUBLISHED);
    await idea(IdeaStatus.EVALUATION);
    const stopped = await idea(IdeaStatus.DISCONTINUED);
    await db.ideaEvent.create({
      data: {
        ideaId: stopped.id,
        type: IdeaEventType.STATUS_CHANGED,
        fromStatus: IdeaStatus.SHORTLISTED,
        toStatus: IdeaStatus.EVALUATION,
      },
    });
    await idea(IdeaStatus.IMPLEMENTED);
    await idea(IdeaStatus.PUBLISHED, { submittedAt: new Date('2018-12-31T21:59:00Z') });

    const steps = await ideaFunnel(db, period('2019-01-01', '2019-12-31', departmentId));
    expect(steps).toEqual([
      { stage: 'submitted', count: 5, fromPreviousBasisPoints: null, fromSubmittedBasisPoints: 10_000 },
      { stage: 'published', count: 4, fromPreviousBasisPoints: 8_000, fromSubmittedBasisPoints: 8_000 },
      { stage: 'evaluation', count: 3, fromPreviousBasisPoints: 7_500, fromSubmittedBasisPoints: 6_000 },
      { stage: 'implemented', count: 1, fromPreviousBasisPoints: 3_333, fromSubmittedBasisPoints: 2_000 },
    ]);
    const none = await ideaFunnel(db, period('1990-01-01', '1990-12-31', departmentId));
    expect(none.map((step) => [step.count, step.fromPreviousBasisPoints])).toEqual([
      [0, null],
      [0, null],
      [0, null],
      [0, null],
    ]);
  });
});

describe('the benefits register', () => {
  it('sets estimated against realised savings and the rewards paid, per idea and in total', async () => {
    const departmentId = (await createDepartment(db)).id;
    const implemented = async (on: string, expectedSavingsEur?: string) => {
      const created = await createIdea(db, { status: IdeaStatus.IMPLEMENTED, departmentIds: [departmentId] });
      await db.idea.update({
        where: { id: created.id },
        data: { statusChangedAt: new Date(`${on}T09:00:00Z`), expectedSavingsEur },
      });
      return created;
    };
    const saver = await implemented('2026-06-01', '12000.50');
    const quiet = await implemented('2026-07-01');
    const earlier = await implemented('2025-12-31', '99');
    const evaluators = await Promise.all([createUser(db), createUser(db), createUser(db)]);
    await db.evaluation.createMany({
      data: [
        { ideaId: saver.id, evaluatorId: evaluators[0]!.id, submittedAt: new Date(), estimatedSavingsCents: 1_000_000 },
        { ideaId: saver.id, evaluatorId: evaluators[1]!.id, submittedAt: new Date(), estimatedSavingsCents: 2_000_001 },
        { ideaId: saver.id, evaluatorId: evaluators[2]!.id, estimatedSavingsCents: 99 },
      ],
    });
    await db.acceleratorCard.create({
      data: { ideaId: saver.id, realisedSavingsCents: 2_000_000, benefitConfirmedAt: new Date() },
    });
    await paidCase(db, { ideaId: saver.id, kind: RewardKind.SAVINGS, amountCents: 200_000, paidOn: '2026-09-15' });
    await paidCase(db, { ideaId: saver.id, amountCents: 30_000, paidOn: '2026-07-15' });
    await createRewardCase(db, {
      ideaId: saver.id,
      kind: RewardKind.THANK_YOU,
      status: RewardStatus.DECIDED,
      amountCents: 10_000,
    });
    await paidCase(db, { ideaId: earlier.id, amountCents: 30_000, paidOn: '2026-01-15' });

    const register = await benefitsRegister(db, period('2026-01-01', '2026-12-31', departmentId));
    expect(register.rows).toEqual([
      {
        ideaId: quiet.id,
        title: quiet.title,
        implementedOn: dateColumn('2026-07-01'),
        ideaEstimateCents: null,
        evaluationEstimateCents: null,
        realisedCents: null,
        benefitConfirmed: false,
        rewardsPaidCents: 0,
        realisedPerEuroCents: null,
      },
      {
        ideaId: saver.id,
        title: saver.title,
        implementedOn: dateColumn('2026-06-01'),
        ideaEstimateCents: 1_200_050,
        evaluationEstimateCents: 1_500_001,
        realisedCents: 2_000_000,
        benefitConfirmed: true,
        rewardsPaidCents: 230_000,
        // 20 000 € saved for 2 300 € paid: 8,70 € per euro.
        realisedPerEuroCents: 870,
      },
    ]);
    expect(register.totals).toEqual({
      ideas: 2,
      ideaEstimateCents: 1_200_050,
      evaluationEstimateCents: 1_500_001,
      realisedCents: 2_000_000,
      rewardsPaidCents: 230_000,
      realisedPerEuroCents: 870,
    });
  });

  it('leaves an estimate total empty when nobody estimated, rather than 0 €', async () => {
    const departmentId = (await createDepartment(db)).id;
    const created = await createIdea(db, { status: IdeaStatus.IMPLEMENTED, departmentIds: [departmentId] });
    await db.idea.update({ where: { id: created.id }, data: { statusChangedAt: new Date('2026-03-01T09:00:00Z') } });
    const evaluator = await createUser(db);
    await db.evaluation.create({ data: { ideaId: created.id, evaluatorId: evaluator.id, submittedAt: new Date() } });

    const { rows, totals } = await benefitsRegister(db, period('2026-01-01', '2026-12-31', departmentId));
    expect(rows.map((row) => row.evaluationEstimateCents)).toEqual([null]);
    expect(totals).toMatchObject({ ideaEstimateCents: null, evaluationEstimateCents: null, realisedCents: 0 });
  });
});

describe('who may read the chart reports', () => {
  const translate = createTranslator({ locale: 'fi', messages: fi, namespace: 'reports' });
  const t = (key: string) => translate(key as never);
  const ids = ['rewards-by-month', 'rewards-by-department', 'funnel', 'participation', 'benefits', 'budgets'];

  it('HR downloads each as CSV and XLSX; every other role gets not found', async () => {
    const request = { db, locale: 'fi' as const, params: new URLSearchParams('from=2026-01-01&to=2026-03-31'), t };
    for (const role of [Role.EMPLOYEE, Role.MODERATOR, Role.MANAGER, Role.ADMIN, Role.COORDINATOR]) {
      const actor = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, role] }));
      for (const id of ids)
        expect(await reportDownload(actor, id, 'csv', request), `${role} ${id}`).toEqual({
          ok: false,
          status: 404,
          error: 'unknownReport',
        });
    }
    expect(await reportDownload(null, 'funnel', 'csv', request)).toMatchObject({ ok: false, status: 404 });
    const hr = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.HR] }));
    for (const id of ids)
      for (const format of ['csv', 'xlsx'] as const) {
        const download = await reportDownload(hr, id, format, request);
        expect(download.ok, `${id} ${format}`).toBe(true);
        if (download.ok) expect((await download.response.arrayBuffer()).byteLength).toBeGreaterThan(0);
      }
  });

  it('writes the month report in the reader\u2019s language with euros as Finnish Excel reads them', async () => {
    const departmentId = (await createDepartment(db)).id;
    const recipient = await createUser(db, { departmentId });
    await createRewardCase(db, {
      status: RewardStatus.DECIDED,
      amountCents: 123_456,
      shares: [{ userId: recipient.id, shareBasisPoints: 10_000 }],
      decisionDate: dateColumn('2026-02-03'),
    });
    const hr = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.HR] }));
    const download = await reportDownload(hr, 'rewards-by-month', 'csv', {
      db,
      locale: 'fi',
      params: new URLSearchParams(`from=2026-02-01&to=2026-02-28&department=${departmentId}`),
      t,
    });
    if (!download.ok) throw new Error('refused');
    const text = (await download.response.text()).replace(/^\uFEFF/, '');
    expect(text.split('\r\n')).toEqual([
      `${t('charts.byMonth.columns.month')};${t('charts.byMonth.columns.decided')};${t('charts.byMonth.columns.paid')}`,
      'helmikuu 2026;1234,56;0,00',
      '',
    ]);
  });
});
