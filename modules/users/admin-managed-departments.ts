import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import { can, type Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import { localizedName, localizedNameSelect } from '@/modules/i18n/localized-name';
import type { AppLocale } from '@/modules/i18n/locales';
import { Role, type Database } from '@/modules/platform/db/client';

// The departments a manager acts for besides their own (modules/access/sessions.ts reads them on
// each request, so a change applies on the manager's next click). Only a manager gets new ones; a
// former manager's list may still be emptied. Their own department is always theirs, never listed.

export const MAX_MANAGED_DEPARTMENTS = 100;

export const setManagedDepartmentsInput = z.object({
  userId: z.uuid('validation.invalid'),
  departmentIds: z
    .array(z.uuid('validation.invalid'))
    .max(MAX_MANAGED_DEPARTMENTS, 'admin.tooManyDepartments')
    .transform((ids) => [...new Set(ids)]),
});

const notFound: FormState = { ok: false, message: 'errors.notFound' };
const unknownDepartment: FormState = {
  ok: false,
  message: 'errors.invalid',
  fieldErrors: { departmentIds: ['validation.invalid'] },
};

export async function setManagedDepartments(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, setManagedDepartmentsInput, raw, 'user.manage');
  if (!start.ok) return start.state;
  const { userId } = start.input;
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { roles: true, departmentId: true, managedDepartments: { select: { departmentId: true } } },
    });
    if (!user) return notFound;
    const wanted = start.input.departmentIds.filter((id) => id !== user.departmentId).sort();
    const before = user.managedDepartments.map((row) => row.departmentId).sort();
    if (wanted.length > 0 && !user.roles.includes(Role.MANAGER)) return { ok: false, message: 'admin.notManager' };
    // A department no longer in use may stay on the list, but not be added to it.
    const added = wanted.filter((id) => !before.includes(id));
    if (added.length > 0) {
      const usable = await tx.department.count({ where: { id: { in: added }, active: true } });
      if (usable !== added.length) return unknownDepartment;
    }
    if (added.length === 0 && wanted.length === before.length) return { ok: true, message: 'admin.saved' };
    await tx.managedDepartment.deleteMany({ where: { userId, departmentId: { notIn: wanted } } });
    await tx.managedDepartment.createMany({
      data: added.map((departmentId) => ({ userId, departmentId })),
      skipDuplicates: true,
    });
    await recordAudit(
      tx,
      {
        actorId: start.actor.id,
        action: 'user.managed-departments.change',
        targetType: 'user',
        targetId: userId,
        before: { departmentIds: before },
        after: { departmentIds: wanted },
      },
      origin,
    );
    return { ok: true, message: 'admin.saved' };
  });
}

/** The departments each of these people manages besides their own, by name, for admins only. */
export async function managedDepartmentNames(
  db: Database,
  actor: Actor | null,
  userIds: readonly string[],
  locale: AppLocale,
): Promise<Map<string, { id: string; name: string }[]>> {
  const byUser = new Map<string, { id: string; name: string }[]>();
  if (!can(actor, 'user.manage') || userIds.length === 0) return byUser;
  const rows = await db.managedDepartment.findMany({
    where: { userId: { in: [...userIds] } },
    select: { userId: true, department: { select: { id: true, sortOrder: true, ...localizedNameSelect } } },
    orderBy: [{ department: { sortOrder: 'asc' } }, { departmentId: 'asc' }],
  });
  for (const row of rows) {
    const list = byUser.get(row.userId) ?? [];
    list.push({ id: row.department.id, name: localizedName(row.department, locale) });
    byUser.set(row.userId, list);
  }
  return byUser;
}
