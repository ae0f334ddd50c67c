import { Role, type Database, type Prisma } from '@/modules/platform/db/client';

type Reader = Prisma.TransactionClient | Database;

/**
 * The active managers who act for any of these departments: it is their own department, or one
 * they manage besides it (the same reach as the session's `departmentIds`).
 */
export async function managersOfDepartments(db: Reader, departmentIds: readonly string[]): Promise<string[]> {
  if (departmentIds.length === 0) return [];
  const ids = [...departmentIds];
  const managers = await db.user.findMany({
    where: {
      active: true,
      roles: { has: Role.MANAGER },
      OR: [{ departmentId: { in: ids } }, { managedDepartments: { some: { departmentId: { in: ids } } } }],
    },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  return managers.map((manager) => manager.id);
}

/** The active accelerator coordinators. */
export async function coordinators(db: Reader): Promise<string[]> {
  const people = await db.user.findMany({
    where: { active: true, roles: { has: Role.COORDINATOR } },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  return people.map((person) => person.id);
}

/**
 * Who a candidate for the accelerator is routed to: the managers of the idea's departments; the
 * coordinators when the idea names no department or none of its departments has a manager, so a
 * candidate never waits unseen.
 */
export async function candidateRecipients(db: Reader, departmentIds: readonly string[]): Promise<string[]> {
  const managers = await managersOfDepartments(db, departmentIds);
  return managers.length > 0 ? managers : coordinators(db);
}
