import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { inviteEvaluators } from '@/modules/accelerator/evaluations';
import { createSession, deleteSession } from '@/modules/access/sessions';
import { addComment } from '@/modules/ideas/comments';
import { saveIdea } from '@/modules/ideas/mutations';
import { plainIdeaReader } from '@/modules/ideas/shared-pages';
import { IdeaStatus, Role } from '@/modules/platform/db/client';
import { listenForPageChanges, PAGE_CHANGE_CHANNEL } from '@/modules/platform/page-cache/invalidation';
import { PlainReaders } from '@/modules/platform/page-cache/plain-readers';
import type { PlainReaderCheck } from '@/modules/platform/page-cache/policy';
import { testDb } from '@/modules/platform/testing/database';
import {
  actorOf,
  createCategory,
  createDepartment,
  createIdea,
  createManager,
  createUser,
  testOrigin,
} from '@/modules/platform/testing/factories';
import { changeUserRoles, setUserActive } from '@/modules/users/admin';
import { eventually } from '@/modules/platform/testing/eventually';

/** The ideas' check, counting how often the store asks the database for an idea's people. */
const counted = { people: 0 };
const countingCheck: PlainReaderCheck = {
  holderOf: plainIdeaReader.holderOf,
  peopleOf: (db, ideaId) => {
    counted.people += 1;
    return plainIdeaReader.peopleOf(db, ideaId);
  },
};

/** Plain readers kept as the store keeps them, noting when the test's marker notice arrives. */
class WatchedReaders extends PlainReaders {
  marker = 0;
  markerArrived = false;

  override itemChanged(id: number) {
    if (id === this.marker) this.markerArrived = true;
    else super.itemChanged(id);
  }
}

describe('the kept plain-reader answer, against PostgreSQL and its change notices', () => {
  const db = testDb();
  const pool = new pg.Pool({ connectionString: inject('databaseUrl'), max: 2 });
  let now = Date.now();
  const readers = new WatchedReaders(countingCheck, { holderMs: 30_000, now: () => now });
  const listener = listenForPageChanges(inject('databaseUrl'), readers, () => {}, { retryMs: 50 });
  afterAll(async () => {
    await listener.stop();
    await pool.end();
  });
  const sessionPolicy = { idleMinutes: 120, absoluteHours: 12 };

  /** Notices arrive in commit order: once the marker's has, every notice of the change before it has too. */
  async function settle() {
    readers.markerArrived = false;
    readers.marker = 2_000_000_000 + Math.floor(Math.random() * 100_000_000);
    await db.$executeRaw`SELECT pg_notify(${PAGE_CHANGE_CHANNEL}, ${String(readers.marker)})`;
    await eventually(() => readers.markerArrived, 'the marker arrives');
  }

  async function plainEmployee() {
    const user = await createUser(db);
    return { user, actor: actorOf(user), token: (await createSession(db, user.id, sessionPolicy)).sessionToken };
  }

  /** The reader is plain for the idea, kept without asking again; after the change (made through its domain function), not. */
  async function flipsAfter(ideaId: number, token: string, change: () => Promise<unknown>) {
    await eventually(() => listener.listening, 'listening');
    expect(await readers.isPlainReader(pool, token, ideaId)).toBe(true);
    const asked = counted.people;
    expect(await readers.isPlainReader(pool, token, ideaId)).toBe(true);
    expect(counted.people, 'the idea’s people were kept').toBe(asked);
    const result = await change();
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    await settle();
    return readers.isPlainReader(pool, token, ideaId);
  }

  it('stops being plain once the reader comments, is invited as a co-author or as an evaluator', async () => {
    const idea = await createIdea(db);
    const commenter = await plainEmployee();
    expect(
      await flipsAfter(idea.id, commenter.token, () =>
        addComment(db, commenter.actor, { ideaId: idea.id, body: 'Hyvä ajatus.' }, testOrigin),
      ),
    ).toBe(false);

    const author = await createUser(db);
    const department = await createDepartment(db);
    const category = await createCategory(db);
    const own = await createIdea(db, { authorId: author.id, categoryId: category.id, departmentIds: [department.id] });
    const colleague = await plainEmployee();
    const edit = {
      ideaId: own.id,
      title: own.title,
      body: 'Kotihoidon autot seisovat iltaisin. Yhteiskäyttö säästäisi leasingkuluja.',
      categoryId: category.id,
      departmentIds: [department.id],
      expectedSavingsEur: '',
      expectedHoursSaved: '',
      expectedBenefitNote: '',
      coAuthorIds: [colleague.user.id],
      anonymous: false,
      intent: 'draft',
    };
    expect(await flipsAfter(own.id, colleague.token, () => saveIdea(db, actorOf(author), edit, testOrigin))).toBe(
      false,
    );

    const { actor: manager } = await createManager(db, department.id);
    const inEvaluation = await createIdea(db, { status: IdeaStatus.EVALUATION, departmentIds: [department.id] });
    const evaluator = await plainEmployee();
    const invite = { ideaId: inEvaluation.id, evaluatorIds: [evaluator.user.id] };
    expect(
      await flipsAfter(inEvaluation.id, evaluator.token, () => inviteEvaluators(db, manager, invite, testOrigin)),
    ).toBe(false);
    // Others still read those ideas plainly.
    const other = await plainEmployee();
    for (const id of [idea.id, own.id, inEvaluation.id])
      expect(await readers.isPlainReader(pool, other.token, id)).toBe(true);
  });

  it('picks up an ended session, a deactivation and a role change when the holder window has passed', async () => {
    const idea = await createIdea(db);
    const admin = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] }));
    const signedOut = await plainEmployee();
    const expired = await plainEmployee();
    const deactivated = await plainEmployee();
    const promoted = await plainEmployee();
    const all = [signedOut, expired, deactivated, promoted];
    for (const { token } of all) expect(await readers.isPlainReader(pool, token, idea.id)).toBe(true);

    await deleteSession(db, signedOut.token);
    await db.session.update({ where: { sessionToken: expired.token }, data: { expires: new Date(Date.now() - 1000) } });
    expect(await setUserActive(db, admin, { userId: deactivated.user.id, active: false }, testOrigin)).toMatchObject({
      ok: true,
    });
    const roles = { userId: promoted.user.id, roles: [Role.EMPLOYEE, Role.MODERATOR] };
    expect(await changeUserRoles(db, admin, roles, testOrigin)).toMatchObject({ ok: true });
    await settle();

    // Within the window the kept holder stands: at worst a readable page with forms that ask for themselves.
    now += 29_999;
    for (const { token } of all) expect(await readers.isPlainReader(pool, token, idea.id)).toBe(true);
    now += 1;
    for (const { token } of all) expect(await readers.isPlainReader(pool, token, idea.id)).toBe(false);
  });
});
