import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import type { Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import { Role, type Database } from '@/modules/platform/db/client';

// User administration: roles, department, deactivation. Every change is audited with a before/after
// summary; sessions read the user afresh on each request, so changes apply on the next click.

export const changeRolesInput = z.object({
  userId: z.uuid('validation.invalid'),
  roles: z.array(z.enum(Role, 'validation.invalid')),
});

export const changeDepartmentInput = z.object({
  userId: z.uuid('validation.invalid'),
  departmentId: z.uuid('validation.invalid').nullable(),
});

export const setActiveInput = z.object({
  userId: z.uuid('validation.invalid'),
  active: z.boolean(),
});

const notFound: FormState = { ok: false, message: 'errors.notFound' };
const unknownDepartment: FormState = {
  ok: false,
  message: 'errors.invalid',
  fieldErrors: { departmentId: ['validation.invalid'] },
};

export async function changeUserRoles(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, changeRolesInput, raw, 'user.manage');
  if (!start.ok) return start.state;
  // Everyone is an employee; an admin cannot remove their own admin role and lock everyone out.
  const roles = [...new Set<Role>([Role.EMPLOYEE, ...start.input.roles])];
  if (start.input.userId === start.actor.id && !roles.includes(Role.ADMIN)) {
    return { ok: false, message: 'errors.cannotDemoteSelf' };
  }
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: start.input.userId }, select: { roles: true } });
    if (!before) return notFound;
    await tx.user.update({ where: { id: start.input.userId }, data: { roles } });
    await recordAudit(
      tx,
      {
        actorId: start.actor.id,
        action: 'user.roles.change',
        targetType: 'user',
        targetId: start.input.userId,
        before: { roles: before.roles },
        after: { roles },
      },
      origin,
    );
    return { ok: true, message: 'admin.saved' };
  });
}

export async function changeUserDepartment(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, changeDepartmentInput, raw, 'user.manage');
  if (!start.ok) return start.state;
  const { departmentId } = start.input;
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: start.input.userId }, select: { departmentId: true } });
    if (!before) return notFound;
    // A department no longer in use may be kept (the page offers the person's current one), not chosen anew.
    if (departmentId && departmentId !== before.departmentId) {
      const department = await tx.department.findUnique({ where: { id: departmentId }, select: { active: true } });
      if (!department?.active) return unknownDepartment;
    }
    await tx.user.update({ where: { id: start.input.userId }, data: { departmentId } });
    await recordAudit(
      tx,
      {
        actorId: start.actor.id,
        action: 'user.department.change',
        targetType: 'user',
        targetId: start.input.userId,
        before: { departmentId: before.departmentId },
        after: { departmentId },
      },
      origin,
    );
    return { ok: true, message: 'admin.saved' };
  });
}

/** Deactivation also ends every session of that user at once. */
export async function setUserActive(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, setActiveInput, raw, 'user.manage');
  if (!start.ok) return start.state;
  if (start.input.userId === start.actor.id && !start.input.active)
    return { ok: false, message: 'errors.cannotDeactivateSelf' };
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: start.input.userId }, select: { active: true } });
    if (!before) return notFound;
    await tx.user.update({ where: { id: start.input.userId }, data: { active: start.input.active } });
    if (!start.input.active) await tx.session.deleteMany({ where: { userId: start.input.userId } });
    await recordAudit(
      tx,
      {
        actorId: start.actor.id,
        action: start.input.active ? 'user.reactivate' : 'user.deactivate',
        targetType: 'user',
        targetId: start.input.userId,
        before: { active: before.active },
        after: { active: start.input.active },
      },
      origin,
    );
    return { ok: true, message: 'admin.saved' };
  });
}
