import { z } from 'zod';
import { employeeNumberPattern } from '@/modules/access/employee-number';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import { can, type Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import { Prisma, type Database } from '@/modules/platform/db/client';

// Payroll's employee number and cost centre on a person's admin page. The audit entry names the
// fields that changed, never their values: employee numbers are personal data and admins read the log.

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'admin.employeeData.tooLong')
    .transform((value) => value || null);

export const changeEmployeeDataInput = z.object({
  userId: z.uuid('validation.invalid'),
  employeeNumber: optionalText(32).refine(
    (value) => value === null || employeeNumberPattern.test(value),
    'admin.employeeData.numberFormat',
  ),
  costCentre: optionalText(64),
});

const numberTaken: FormState = {
  ok: false,
  message: 'errors.invalid',
  fieldErrors: { employeeNumber: ['admin.employeeData.numberTaken'] },
};

/** The person's payroll fields for their admin page; null to anyone who may not manage users. */
export async function employeeDataFor(db: Database, actor: Actor | null, userId: string) {
  if (!can(actor, 'user.manage')) return null;
  return db.user.findUnique({ where: { id: userId }, select: { employeeNumber: true, costCentre: true } });
}

export async function changeEmployeeData(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, changeEmployeeDataInput, raw, 'user.manage');
  if (!start.ok) return start.state;
  const { userId, employeeNumber, costCentre } = start.input;
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.user.findUnique({
        where: { id: userId },
        select: { employeeNumber: true, costCentre: true },
      });
      if (!before) return { ok: false, message: 'errors.notFound' };
      if (employeeNumber) {
        const holder = await tx.user.findUnique({ where: { employeeNumber }, select: { id: true } });
        if (holder && holder.id !== userId) return numberTaken;
      }
      const changed = [
        before.employeeNumber !== employeeNumber && 'employeeNumber',
        before.costCentre !== costCentre && 'costCentre',
      ].filter((field) => typeof field === 'string');
      if (changed.length === 0) return { ok: true, message: 'admin.saved' };
      await tx.user.update({ where: { id: userId }, data: { employeeNumber, costCentre } });
      await recordAudit(
        tx,
        {
          actorId: start.actor.id,
          action: 'user.employee-data',
          targetType: 'user',
          targetId: userId,
          after: { changed },
        },
        origin,
      );
      return { ok: true, message: 'admin.saved' };
    });
  } catch (error) {
    // Two admins giving the same number at once: the unique index decides, the loser hears why.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return numberTaken;
    throw error;
  }
}
