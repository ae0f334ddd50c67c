import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { holdsSomewhere } from '@/modules/access/permissions';
import { routedCandidateCount } from '@/modules/accelerator/candidates';
import { markAllNotificationsRead } from '@/modules/notifications/centre';
import { pendingModerationCount } from '@/modules/moderation/queue';
import { IdeaStatus, RewardStatus, Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import {
  actorOf,
  createDepartment,
  createIdea,
  createManager,
  createRewardCase,
  createUser,
} from '@/modules/platform/testing/factories';
import { loadMenu, menuEntries } from './menu';
import { menuCounts, menuLinks, offers } from './menu-links';

const root = path.resolve(import.meta.dirname, '../..');

/** Pages whose only guard beyond signing in is their menu entry's permission (the rest check in their domain). */
const pagesGuardedByTheirEntry = ['myIdeas', 'notifications', 'candidates', 'evaluations'] as const;

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
    const menu = await loadMenu(db, actorOf(employee));
    expect(menu).toEqual({
      personal: [
        { id: 'accelerator', href: '/accelerator' },
        { id: 'myIdeas', href: '/my-ideas' },
      ],
      newIdea: { id: 'newIdea', href: '/ideas/new' },
      activity: { id: 'notifications', href: '/notifications', count: 2 },
      areas: [],
      account: [
        { id: 'profile', href: '/profile' },
        { id: 'emailSettings', href: '/profile/notifications' },
        { id: 'myRewards', href: '/profile/rewards' },
      ],
    });
    expect(menuCounts(menu)).toEqual({ unread: 2, waiting: 0 });
    expect(offers(menu, 'newIdea')).toBe(true);
    expect(offers(menu, 'moderation')).toBe(false);
  });

  it('groups a moderator-administrator’s pages into areas, moderation and candidates with what waits', async () => {
    const person = await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR, Role.ADMIN] });
    await createIdea(db, { status: IdeaStatus.SUBMITTED });
    await createIdea(db, { status: IdeaStatus.SHORTLISTED });
    const menu = await loadMenu(db, actorOf(person));
    const waiting = await pendingModerationCount(db, actorOf(person));
    const candidates = await routedCandidateCount(db, actorOf(person));
    expect(waiting).toBeGreaterThan(0);
    expect(candidates).toBeGreaterThan(0);
    expect(menu.areas).toEqual([
      {
        id: 'accelerator',
        links: [
          { id: 'acceleratorBoard', href: '/accelerator' },
          { id: 'candidates', href: '/accelerator/candidates', count: candidates },
        ],
      },
      { id: 'moderation', links: [{ id: 'moderation', href: '/moderation', count: waiting }] },
      // Admins keep the reward rules and the staff import with HR; amounts are HR's alone.
      {
        id: 'rewards',
        links: [
          { id: 'staffImport', href: '/rewards/staff-import' },
          { id: 'rewardRules', href: '/rewards/rules' },
        ],
      },
      { id: 'reports', links: [{ id: 'insight', href: '/insight' }] },
      {
        id: 'admin',
        links: [
          { id: 'adminUsers', href: '/admin/users' },
          { id: 'adminCampaigns', href: '/admin/campaigns' },
          { id: 'adminSettings', href: '/admin/settings' },
          { id: 'adminAudit', href: '/admin/audit' },
          { id: 'adminHome', href: '/admin' },
        ],
      },
    ]);
    expect(menuCounts(menu).waiting).toBe(waiting + candidates);
  });

  it('gives a manager the accelerator area with the count of candidates routed to them', async () => {
    const department = await createDepartment(db);
    const manager = await createManager(db, department.id);
    await createIdea(db, { status: IdeaStatus.SHORTLISTED, departmentIds: [department.id] });
    await createIdea(db, { status: IdeaStatus.SHORTLISTED, departmentIds: [department.id] });
    await createIdea(db, { status: IdeaStatus.SHORTLISTED, departmentIds: [(await createDepartment(db)).id] });
    await createIdea(db, { status: IdeaStatus.PUBLISHED, departmentIds: [department.id] });
    const menu = await loadMenu(db, manager.actor);
    expect(menu.areas).toEqual([
      {
        id: 'accelerator',
        links: [
          { id: 'acceleratorBoard', href: '/accelerator' },
          { id: 'candidates', href: '/accelerator/candidates', count: 2 },
        ],
      },
      { id: 'rewards', links: [{ id: 'rewardsToEndorse', href: '/rewards', count: 0 }] },
      { id: 'reports', links: [{ id: 'insight', href: '/insight' }] },
    ]);
    expect(menuCounts(menu).waiting).toBe(2);
    expect(offers(await loadMenu(db, actorOf(await createUser(db))), 'candidates')).toBe(false);
  });

  it('counts beside “Puollettavat palkkiot” the cases waiting for this manager’s endorsement only', async () => {
    const department = await createDepartment(db);
    const manager = await createManager(db, department.id);
    await createRewardCase(db, { departmentIds: [department.id] });
    await createRewardCase(db, { departmentIds: [department.id] });
    await createRewardCase(db, { departmentIds: [department.id], status: RewardStatus.ENDORSED });
    await createRewardCase(db, { departmentIds: [(await createDepartment(db)).id] });
    const menu = await loadMenu(db, manager.actor);
    expect(menu.areas.find((area) => area.id === 'rewards')).toEqual({
      id: 'rewards',
      links: [{ id: 'rewardsToEndorse', href: '/rewards', count: 2 }],
    });
    expect(menuCounts(menu).waiting).toBe(2);
  });

  it('gives HR the rewards area (cases, batches, staff import, rules) and the reports area', async () => {
    const hr = await createUser(db, { roles: [Role.EMPLOYEE, Role.HR] });
    const menu = await loadMenu(db, actorOf(hr));
    expect(menu.areas.filter((area) => area.id === 'rewards' || area.id === 'reports')).toEqual([
      {
        id: 'rewards',
        links: [
          { id: 'rewardCases', href: '/rewards' },
          { id: 'payrollBatches', href: '/rewards/batches' },
          { id: 'staffImport', href: '/rewards/staff-import' },
          { id: 'rewardRules', href: '/rewards/rules' },
        ],
      },
      {
        id: 'reports',
        links: [
          { id: 'hrReports', href: '/reports' },
          { id: 'insight', href: '/insight' },
        ],
      },
    ]);
    expect(offers(menu, 'myRewards')).toBe(true);
  });

  it('offers “Arvioitavat” with its count only to people whose evaluations wait for them', async () => {
    const evaluator = await createUser(db);
    expect(offers(await loadMenu(db, actorOf(evaluator)), 'evaluations')).toBe(false);
    const idea = await createIdea(db, { status: IdeaStatus.EVALUATION });
    await db.evaluation.create({ data: { ideaId: idea.id, evaluatorId: evaluator.id } });
    const menu = await loadMenu(db, actorOf(evaluator));
    expect(menu.areas).toEqual([
      {
        id: 'accelerator',
        links: [
          { id: 'acceleratorBoard', href: '/accelerator' },
          { id: 'evaluations', href: '/accelerator/evaluations', count: 1 },
        ],
      },
    ]);
    // The board moved from the header's row into the area beside the evaluations.
    expect(menu.personal.map((link) => link.id)).toEqual(['myIdeas']);
    expect(menuCounts(menu).waiting).toBe(1);
    await db.evaluation.updateMany({ where: { evaluatorId: evaluator.id }, data: { submittedAt: new Date() } });
    expect(offers(await loadMenu(db, actorOf(evaluator)), 'evaluations')).toBe(false);
  });

  it('offers every role each entry exactly when the permission table opens that entry’s page', async () => {
    for (const role of Object.values(Role)) {
      const person = await createUser(db, { roles: [role] });
      const actor = actorOf(person);
      // By page: the board is one page, offered in the row or in the accelerator area.
      const offered = new Set(menuLinks(await loadMenu(db, actor)).map((link) => link.href));
      const opened = new Set(
        Object.values(menuEntries)
          // An entry shown only while something waits is tested with what waits, above.
          .filter((entry) => holdsSomewhere(actor, entry.action) && !('onlyWhileWaiting' in entry))
          .map((entry) => entry.href),
      );
      expect([...offered].toSorted(), role).toEqual([...opened].toSorted());
    }
  });

  it.each(pagesGuardedByTheirEntry)('the %s page guards with its own menu entry, so the two cannot disagree', (id) => {
    const entry = menuEntries[id];
    const page = readFileSync(path.join(root, 'app/[locale]', entry.href, 'page.tsx'), 'utf8');
    expect(page).toContain(`mayOpen(actor, menuEntries.${id})`);
    expect(page).not.toMatch(/\bcan\(/);
  });

  it('offers the notification centre to exactly the roles that may mark their notifications read', async () => {
    for (const role of Object.values(Role)) {
      const person = await createUser(db, { roles: [role] });
      const { id } = await db.notification.create({ data: { recipientId: person.id, type: 'COMMENT' } });
      const marked = await markAllNotificationsRead(db, actorOf(person), { upTo: String(id) });
      expect(offers(await loadMenu(db, actorOf(person)), 'notifications'), role).toBe(marked.ok);
    }
  });
});
