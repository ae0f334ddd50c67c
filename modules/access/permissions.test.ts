import { describe, expect, it } from 'vitest';
import { Role } from '@/modules/platform/db/generated/enums';
import { actions, can, holdsSomewhere, rolePermissions, type Action, type Actor } from './permissions';

// Who may do what, written out by hand for every action. The table drives the loop, so a new
// permission without an expectation here fails the test instead of going untested.

type Subject =
  'anonymous' | 'owner' | 'colleague' | 'moderator' | 'manager' | 'managerElsewhere' | 'coordinator' | 'hr' | 'admin';
const everyone: Subject[] = [
  'owner',
  'colleague',
  'moderator',
  'manager',
  'managerElsewhere',
  'coordinator',
  'hr',
  'admin',
];
/** `manager` manages the thing's department; `managerElsewhere` manages another one. */
const acceleratorPeople: Subject[] = ['manager', 'coordinator', 'admin'];

const expectations: Record<Action, Subject[]> = {
  'idea.create': everyone,
  'idea.edit': ['owner', 'moderator'],
  'idea.withdraw': ['owner'],
  'idea.vote': everyone,
  'idea.comment': everyone,
  'comment.edit': ['owner'],
  'comment.delete': ['owner'],
  'idea.flag': everyone,
  'idea.follow': everyone,
  'idea.moderate': ['moderator'],
  'idea.see-anonymous-author': ['moderator', 'hr'],
  'comment.moderate': ['moderator'],
  'notes.moderate': ['moderator', 'admin'],
  'comment.official': ['moderator', 'manager', 'managerElsewhere', 'coordinator'],
  'idea.nominate': ['moderator', ...acceleratorPeople],
  'idea.promote': acceleratorPeople,
  'accelerator.manage': acceleratorPeople,
  'evaluation.submit': ['owner'],
  'reward.read': ['owner', 'hr'],
  'reward.endorse': ['manager'],
  'reward.decide': ['hr'],
  'reward.pay': ['hr'],
  'reward.rules.manage': ['hr', 'admin'],
  'staff.import': ['hr', 'admin'],
  'report.hr.read': ['hr'],
  'insight.read': ['manager', 'managerElsewhere', 'coordinator', 'hr', 'admin'],
  'campaign.manage': ['coordinator', 'admin'],
  'profile.edit': ['owner'],
  'profile.export': ['owner', 'admin'],
  'notification.read': ['owner'],
  'user.manage': ['admin'],
  'audit.read': ['admin'],
  'settings.manage': ['admin'],
  'email.manage': ['admin'],
  'webhook.manage': ['admin'],
};

const ownerId = 'owner-id';
const departmentId = 'department-a';
const thing = { ownerIds: [ownerId], departmentIds: [departmentId] };
// Everyone is also an employee, as in the product: roles add to the baseline.
const subjects: Record<Subject, Actor | null> = {
  anonymous: null,
  owner: { id: ownerId, roles: [Role.EMPLOYEE], active: true },
  colleague: { id: 'colleague-id', roles: [Role.EMPLOYEE], active: true },
  moderator: { id: 'moderator-id', roles: [Role.EMPLOYEE, Role.MODERATOR], active: true },
  manager: { id: 'manager-id', roles: [Role.EMPLOYEE, Role.MANAGER], active: true, departmentIds: [departmentId] },
  managerElsewhere: {
    id: 'manager-elsewhere-id',
    roles: [Role.EMPLOYEE, Role.MANAGER],
    active: true,
    departmentIds: ['department-b'],
  },
  coordinator: { id: 'coordinator-id', roles: [Role.EMPLOYEE, Role.COORDINATOR], active: true },
  hr: { id: 'hr-id', roles: [Role.EMPLOYEE, Role.HR], active: true },
  admin: { id: 'admin-id', roles: [Role.EMPLOYEE, Role.ADMIN], active: true },
};

describe('permission table', () => {
  it('has an expectation for every action, and no expectation for an action that does not exist', () => {
    expect(Object.keys(expectations).sort()).toEqual([...actions].sort());
  });

  describe.each(actions)('%s', (action) => {
    it.each(Object.keys(subjects) as Subject[])('for %s', (subject) => {
      const allowed = expectations[action].includes(subject);
      expect(can(subjects[subject], action, thing)).toBe(allowed);
    });
  });

  it('denies everything to a deactivated user, whatever their roles', () => {
    const deactivated: Actor = { id: ownerId, roles: Object.values(Role), active: false };
    for (const action of actions) expect(can(deactivated, action, thing)).toBe(false);
  });

  it('does not grant an "own" permission without knowing whose thing it is', () => {
    expect(can(subjects.owner, 'idea.edit')).toBe(false);
    expect(can(subjects.moderator, 'idea.edit')).toBe(true);
  });

  it("reaches only ideas of a manager's departments, and none of an idea that names no department", () => {
    const manager = subjects.manager;
    expect(can(manager, 'idea.promote', { ownerIds: [], departmentIds: ['department-b', departmentId] })).toBe(true);
    expect(can(manager, 'idea.promote', { ownerIds: [], departmentIds: [] })).toBe(false);
    expect(can(manager, 'idea.promote')).toBe(false);
    expect(can(subjects.coordinator, 'idea.promote', { ownerIds: [], departmentIds: [] })).toBe(true);
    // A manager whose departments were never loaded reaches nothing: fail closed.
    expect(can({ id: 'm', roles: [Role.MANAGER], active: true }, 'accelerator.manage', thing)).toBe(false);
    expect(holdsSomewhere(manager, 'accelerator.manage')).toBe(true);
    expect(holdsSomewhere(subjects.colleague, 'accelerator.manage')).toBe(false);
  });

  it('grants nothing to a role beyond its row in the table', () => {
    for (const role of Object.values(Role)) {
      const actor: Actor = { id: 'x', roles: [role], active: true, departmentIds: ['d'] };
      const granted = actions.filter((action) => can(actor, action, { ownerIds: ['x'], departmentIds: ['d'] }));
      const listed = new Set(rolePermissions[role].map((grant) => grant.replace(/\.(own|any|department)$/, '')));
      expect(granted.sort()).toEqual([...listed].sort());
    }
  });
});
