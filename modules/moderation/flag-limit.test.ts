import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FlagReason } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createUser, testOrigin } from '@/modules/platform/testing/factories';
import { flagContent } from './flags';
import { FLAG_LIMIT } from './rate-limits';

const db = testDb();

// All reports at one moment a day ahead: inside one window, and out of reach of the sweeps.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Math.floor(Date.now() / 3_600_000) * 3_600_000 + 24 * 3_600_000 + 1_800_000);
});
afterAll(() => {
  vi.useRealTimers();
});

describe('report limit', () => {
  it(`allows ${FLAG_LIMIT.points} reports a window per person, then refuses and stores nothing`, async () => {
    const reporter = actorOf(await createUser(db));
    const ideas = await Promise.all(Array.from({ length: FLAG_LIMIT.points + 1 }, () => createIdea(db)));
    for (const idea of ideas.slice(0, FLAG_LIMIT.points)) {
      expect(
        await flagContent(db, reporter, { target: 'idea', targetId: idea.id, reason: FlagReason.SPAM }, 3, testOrigin),
      ).toEqual({ ok: true, message: 'moderation.flags.thanks' });
    }
    const last = ideas[FLAG_LIMIT.points]!;
    expect(
      await flagContent(db, reporter, { target: 'idea', targetId: last.id, reason: FlagReason.SPAM }, 3, testOrigin),
    ).toEqual({ ok: false, message: 'rateLimit.flag' });
    expect(await db.flag.count({ where: { ideaId: last.id } })).toBe(0);
    const someoneElse = actorOf(await createUser(db));
    expect(
      (
        await flagContent(
          db,
          someoneElse,
          { target: 'idea', targetId: last.id, reason: FlagReason.SPAM },
          3,
          testOrigin,
        )
      ).ok,
    ).toBe(true);
  });
});
