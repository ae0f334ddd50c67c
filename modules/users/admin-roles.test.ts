import { describe, expect, it } from 'vitest';
import en from '@/modules/i18n/messages/en.json';
import fi from '@/modules/i18n/messages/fi.json';
import sv from '@/modules/i18n/messages/sv.json';
import { Role } from '@/modules/platform/db/generated/enums';
import { adminRoleOrder, assignableRoles } from './admin-roles';

describe('roles on the admin pages', () => {
  it('list every role once, the coordinator among the assignable ones, never the employee', () => {
    expect([...adminRoleOrder].sort()).toEqual(Object.values(Role).sort());
    expect(assignableRoles).toContain(Role.COORDINATOR);
    expect(assignableRoles).not.toContain(Role.EMPLOYEE);
  });

  it.each([
    ['fi', fi],
    ['sv', sv],
    ['en', en],
  ] as const)('each have a name and a description in %s', (_locale, messages) => {
    const names: Record<string, string> = messages.roles;
    const descriptions: Record<string, string> = messages.admin.roleDescriptions;
    for (const role of adminRoleOrder) {
      expect(names[role], role).toBeTruthy();
      expect(descriptions[role], role).toBeTruthy();
    }
  });
});
