import { describe, expect, it } from 'vitest';
import { Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { createIdea, createUser, unique } from '@/modules/platform/testing/factories';
import type { AuditActionGroup } from './action-groups';
import { recordAudit } from './audit-log';
import { auditFilters, parseAuditParams } from './list-params';
import { searchAuditLog } from './queries';

const origin = { ip: '192.0.2.1', userAgent: 'vitest', requestId: null };

describe('searchAuditLog', () => {
  const db = testDb();

  it('is for admins only', async () => {
    for (const roles of [
      [Role.EMPLOYEE],
      [Role.EMPLOYEE, Role.MODERATOR],
      [Role.EMPLOYEE, Role.HR],
      [Role.EMPLOYEE, Role.MANAGER],
    ]) {
      const reader = await createUser(db, { roles });
      expect(await searchAuditLog(db, { id: reader.id, roles, active: true }, {})).toBeNull();
    }
    expect(await searchAuditLog(db, null, {})).toBeNull();
  });

  it('filters by action prefix and acting person, newest first', async () => {
    const admin = await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] });
    const actor = await createUser(db, { name: `Lokin Tekijä ${unique('x')}` });
    const action = `test.${unique('action')}`;
    await recordAudit(db, { actorId: actor.id, action: `${action}.first`, targetType: 'test' }, origin);
    await recordAudit(db, { actorId: actor.id, action: `${action}.second`, targetType: 'test' }, origin);
    await recordAudit(db, { actorId: admin.id, action: `${action}.other`, targetType: 'test' }, origin);

    const reader = { id: admin.id, roles: admin.roles, active: true };
    const byAction = await searchAuditLog(db, reader, { action });
    expect(byAction?.rows.map((row) => row.action)).toEqual([`${action}.other`, `${action}.second`, `${action}.first`]);
    const byActor = await searchAuditLog(db, reader, { action, actor: actor.name.toLowerCase() });
    expect(byActor?.rows.map((row) => row.actorName)).toEqual([actor.name, actor.name]);
    const future = await searchAuditLog(db, reader, { action, from: new Date(Date.now() + 60_000) });
    expect(future?.total).toBe(0);
  });

  it('names the person an entry is about and finds the idea of a comment, for the sentence and its link', async () => {
    const admin = await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] });
    const subject = await createUser(db, { name: `Lokin Kohde ${unique('x')}` });
    const idea = await createIdea(db, { authorId: subject.id });
    const comment = await db.comment.create({ data: { ideaId: idea.id, authorId: subject.id, body: 'Hyvä idea' } });
    await recordAudit(
      db,
      { actorId: admin.id, action: 'user.deactivate', targetType: 'user', targetId: subject.id },
      origin,
    );
    await recordAudit(
      db,
      { actorId: null, action: 'comment.auto-hide', targetType: 'comment', targetId: String(comment.id) },
      origin,
    );
    const reader = { id: admin.id, roles: admin.roles, active: true };

    const aboutPerson = await searchAuditLog(db, reader, { target: { type: 'user', id: subject.id } });
    expect(aboutPerson?.rows.map((row) => [row.action, row.actorName, row.targetName])).toEqual([
      ['user.deactivate', admin.name, subject.name],
    ]);
    const aboutComment = await searchAuditLog(db, reader, {
      target: { type: 'comment', id: String(comment.id) },
      action: 'comment.',
    });
    expect(aboutComment?.rows.map((row) => [row.actorName, row.commentIdeaId])).toEqual([[null, idea.id]]);
  });

  it('narrows to one target by its type and id, and names the person for the page', async () => {
    const admin = await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] });
    const subject = await createUser(db, { name: `Lokin Henkilö ${unique('x')}` });
    await recordAudit(
      db,
      { actorId: admin.id, action: 'user.deactivate', targetType: 'user', targetId: subject.id },
      origin,
    );
    // Another kind of thing that happens to carry the same id is not about the person.
    await recordAudit(
      db,
      { actorId: admin.id, action: 'test.same-id', targetType: 'test', targetId: subject.id },
      origin,
    );
    const reader = { id: admin.id, roles: admin.roles, active: true };

    const aboutPerson = await searchAuditLog(db, reader, { target: { type: 'user', id: subject.id } });
    expect(aboutPerson?.rows.map((row) => row.action)).toEqual(['user.deactivate']);
    expect(aboutPerson?.filteredPersonName).toBe(subject.name);
    const nothingYet = await searchAuditLog(db, reader, {
      target: { type: 'user', id: subject.id },
      group: 'settings',
    });
    expect([nothingYet?.total, nothingYet?.filteredPersonName]).toEqual([0, subject.name]);
  });

  it('filters by a plain group of actions', async () => {
    const admin = await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] });
    const subject = await createUser(db);
    const about = { targetType: 'user', targetId: subject.id };
    for (const action of ['auth.sign-in', 'user.roles.change', 'user.deactivate', 'idea.publish', 'idea.flags.keep']) {
      await recordAudit(db, { actorId: admin.id, action, ...about }, origin);
    }
    const reader = { id: admin.id, roles: admin.roles, active: true };
    const actions = async (group: AuditActionGroup) =>
      (await searchAuditLog(db, reader, { group, target: { type: 'user', id: subject.id } }))?.rows.map(
        (row) => row.action,
      );
    expect(await actions('signIns')).toEqual(['auth.sign-in']);
    expect(await actions('users')).toEqual(['user.deactivate', 'user.roles.change']);
    expect(await actions('moderation')).toEqual(['idea.flags.keep', 'idea.publish']);
    expect(await actions('ideas')).toEqual([]);
  });

  it('takes % and _ in the actor and action filters as themselves, not as wildcards', async () => {
    const admin = await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] });
    const percent = await createUser(db, { name: `Sata 100% Tekijä ${unique('x')}` });
    const plain = await createUser(db, { name: `Tavallinen Tekijä ${unique('x')}` });
    const tag = unique('like').replaceAll('-', '');
    await recordAudit(db, { actorId: percent.id, action: `like_${tag}.first`, targetType: 'test' }, origin);
    await recordAudit(db, { actorId: plain.id, action: `likeX${tag}.second`, targetType: 'test' }, origin);
    const reader = { id: admin.id, roles: admin.roles, active: true };

    const byAction = await searchAuditLog(db, reader, { action: `like_${tag}` });
    expect(byAction?.rows.map((row) => row.action)).toEqual([`like_${tag}.first`]);
    const byActor = await searchAuditLog(db, reader, { action: 'like', actor: '%' });
    expect(byActor?.rows.map((row) => row.actorName)).toContain(percent.name);
    expect(byActor?.rows.map((row) => row.actorName)).not.toContain(plain.name);
  });

  it('counts a day from midnight to midnight in Finnish time: 00.30 belongs to the new day', async () => {
    const admin = await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] });
    const subject = await createUser(db);
    const entry = (action: string, createdAt: string) =>
      db.auditLog.create({
        data: { actorId: admin.id, action, targetType: 'user', targetId: subject.id, createdAt: new Date(createdAt) },
      });
    await entry('test.before-midnight', '2026-11-26T21:30:00Z'); // 26.11. klo 23.30
    await entry('test.after-midnight', '2026-11-26T22:30:00Z'); // 27.11. klo 0.30
    await entry('test.summer-night', '2026-06-30T21:30:00Z'); // 1.7. klo 0.30 (kesäaika)
    const reader = { id: admin.id, roles: admin.roles, active: true };
    const onDays = async (from: string, to: string) =>
      (
        await searchAuditLog(
          db,
          reader,
          auditFilters(parseAuditParams({ from, to, targetType: 'user', target: subject.id })),
        )
      )?.rows.map((row) => row.action);

    expect(await onDays('2026-11-27', '2026-11-27')).toEqual(['test.after-midnight']);
    expect(await onDays('2026-11-26', '2026-11-26')).toEqual(['test.before-midnight']);
    expect(await onDays('2026-07-01', '2026-07-01')).toEqual(['test.summer-night']);
  });
});
