import { describe, expect, it } from 'vitest';
import { can, type Action } from '@/modules/access/permissions';
import { pendingModerationCount } from '@/modules/moderation/queue';
import { IdeaStatus, Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createUser } from '@/modules/platform/testing/factories';
import { loadMenu, menuLinks } from './menu';

/** Which permission opens each page the menu can offer: the page's own check, restated. */
const pageActions: Record<string, Action> = {
  '/my-ideas': 'idea.create',
  '/ideas/new': 'idea.create',
  '/notifications': 'idea.follow',
  '/moderation': 'idea.moderate',
  '/admin/users': 'user.manage',
  '/admin/audit': 'audit.read',
  '/admin/settings': 'settings.manage',
  '/profile': 'profile.edit',
};

describe('the personal menu', () => {
  const db = testDb();

  it('gives an employee their own pages, the new-idea button and their unread count, and no role areas', async () => {
    const employee = await createUser(db);
    const idea = await createIdea(db, { authorId: employee.id });
    await db.notification.createMany({
      data: [
        { recipientId: employee.id, type: 'COMMENT', ideaId: idea.id },
        { recipientId: employee.id, type: 'COMMENT', ideaId: idea.id },
        { recipientId: employee.id, type: 'COMMENT', ideaId: idea.id, readAt: new Date() },
      ],
    });
    expect(await loadMenu(db, actorOf(employee))).toEqual({
      personal: [{ id: 'myIdeas', href: '/my-ideas' }],
      newIdea: { id: 'newIdea', href: '/ideas/new' },
      activity: { id: 'notifications', href: '/notifications', count: 2 },
      areas: [],
      account: [{ id: 'profile', href: '/profile' }],
    });
  });

  it('groups a moderator-administrator’s pages into two areas, moderation with what waits', async () => {
    const person = await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR, Role.ADMIN] });
    await createIdea(db, { status: IdeaStatus.SUBMITTED });
    const menu = await loadMenu(db, actorOf(person));
    const waiting = await pendingModerationCount(db, actorOf(person));
    expect(waiting).toBeGreaterThan(0);
    expect(menu.areas).toEqual([
      { id: 'moderation', links: [{ id: 'moderation', href: '/moderation', count: waiting }] },
      {
        id: 'admin',
        links: [
          { id: 'adminUsers', href: '/admin/users' },
          { id: 'adminAudit', href: '/admin/audit' },
          { id: 'adminSettings', href: '/admin/settings' },
        ],
      },
    ]);
  });

  it('offers every role exactly the pages the permission table opens to it', async () => {
    for (const role of Object.values(Role)) {
      const person = await createUser(db, { roles: [role] });
      const actor = actorOf(person);
      const offered = menuLinks(await loadMenu(db, actor)).map((link) => link.href);
      const allowed = Object.entries(pageActions)
        .filter(([, action]) => can(actor, action, { ownerIds: [actor.id] }))
        .map(([href]) => href);
      expect(offered.toSorted(), role).toEqual(allowed.toSorted());
    }
  });
});
