import { Role } from '@/modules/platform/db/generated/enums';

/** Roles in the order the admin pages list them: from everyone's, through the accelerator's, to the admin's. */
export const adminRoleOrder = [
  Role.EMPLOYEE,
  Role.MODERATOR,
  Role.MANAGER,
  Role.COORDINATOR,
  Role.HR,
  Role.ADMIN,
] as const satisfies readonly Role[];

/** The roles an admin ticks on a person's page; everyone is an employee anyway. */
export const assignableRoles = adminRoleOrder.filter((role) => role !== Role.EMPLOYEE);
