import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotificationType, type Database } from '@/modules/platform/db/client';
import { createUser } from '@/modules/platform/testing/factories';
import { scheduleDigests } from './digest-schedule';
import { createOwnDatabase, type OwnDatabase } from './testing/own-database';

// 2026-11-30 is a Monday; Helsinki is UTC+2 in winter, so 07:00 there is 05:00 UTC.
describe('scheduling the daily and weekly digests', () => {
  let own: OwnDatabase;
  let db: Database;

  beforeAll(async () => {
    own = await createOwnDatabase('email-digests');
    db = own.db;
  });
  afterAll(() => own.drop());

  async function waiting(emailState: 'DAILY' | 'WEEKLY', createdAt: string) {
    const user = await createUser(db);
    await db.notification.create({
      data: { recipientId: user.id, type: NotificationType.COMMENT, emailState, createdAt: new Date(createdAt) },
    });
    return user.id;
  }

  const digestsOf = (recipientId: string) =>
    db.emailJob.findMany({
      where: { recipientId },
      select: { kind: true, periodStart: true },
      orderBy: { periodStart: 'asc' },
    });

  it('queues the day’s digest at 07:00 Helsinki time, once however often it runs', async () => {
    const early = await waiting('DAILY', '2026-11-26T04:00:00Z');
    const evening = await waiting('DAILY', '2026-11-26T20:00:00Z');
    const afterSeven = await waiting('DAILY', '2026-11-27T06:00:00Z');

    // At 06:59 the latest moment is yesterday's 07:00: only what waited before it.
    expect(await scheduleDigests(db, new Date('2026-11-27T04:59:00Z'))).toEqual({ daily: 1, weekly: 0 });
    expect(await digestsOf(early)).toEqual([{ kind: 'DAILY', periodStart: new Date('2026-11-26') }]);
    expect(await digestsOf(evening)).toEqual([]);

    await scheduleDigests(db, new Date('2026-11-27T05:00:00Z'));
    for (const minute of ['05:01', '05:02', '09:30']) await scheduleDigests(db, new Date(`2026-11-27T${minute}:00Z`));
    expect(await digestsOf(early)).toEqual([
      { kind: 'DAILY', periodStart: new Date('2026-11-26') },
      { kind: 'DAILY', periodStart: new Date('2026-11-27') },
    ]);
    expect(await digestsOf(evening)).toEqual([{ kind: 'DAILY', periodStart: new Date('2026-11-27') }]);
    // Written after 07:00: it waits for tomorrow's digest.
    expect(await digestsOf(afterSeven)).toEqual([]);
    expect(await scheduleDigests(db, new Date('2026-11-27T09:31:00Z'))).toEqual({ daily: 0, weekly: 0 });
  });

  it('catches up after downtime: a 07:00 that passed while nothing ran is made when the app returns', async () => {
    const person = await waiting('DAILY', '2026-11-28T03:00:00Z');
    await scheduleDigests(db, new Date('2026-11-28T13:15:00Z'));
    expect(await digestsOf(person)).toEqual([{ kind: 'DAILY', periodStart: new Date('2026-11-28') }]);
  });

  it('queues the weekly digests on Monday at 07:00, for the week starting that Monday', async () => {
    const lastWeek = await waiting('WEEKLY', '2026-11-22T12:00:00Z');
    const sunday = await waiting('WEEKLY', '2026-11-29T12:00:00Z');
    await scheduleDigests(db, new Date('2026-11-30T04:59:00Z'));
    expect(await digestsOf(lastWeek)).toEqual([{ kind: 'WEEKLY', periodStart: new Date('2026-11-23') }]);
    expect(await digestsOf(sunday)).toEqual([]);

    await scheduleDigests(db, new Date('2026-11-30T05:00:00Z'));
    await scheduleDigests(db, new Date('2026-12-02T05:00:00Z'));
    expect(await digestsOf(sunday)).toEqual([{ kind: 'WEEKLY', periodStart: new Date('2026-11-30') }]);
    expect(await digestsOf(lastWeek)).toHaveLength(2);
  });
});
