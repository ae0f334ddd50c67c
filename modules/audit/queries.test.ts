import { describe, expect, it } from 'vitest';
import { Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { createIdea, createUser, unique } from '@/modules/platform/testing/factories';
import { recordAudit } from './audit-log';
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

    const aboutPerson = await searchAuditLog(db, reader, { target: subject.id });
    expect(aboutPerson?.rows.map((row) => [row.action, row.actorName, row.targetName])).toEqual([
      ['user.deactivate', admin.name, subject.name],
    ]);
    const aboutComment = await searchAuditLog(db, reader, { target: String(comment.id), action: 'comment.' });
    expect(aboutComment?.rows.map((row) => [row.actorName, row.commentIdeaId])).toEqual([[null, idea.id]]);
  });
});
