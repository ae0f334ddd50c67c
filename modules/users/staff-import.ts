import { createHash } from 'node:crypto';
import { z } from 'zod';
import { beginMutation } from '@/modules/access/mutation';
import { can, type Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import type { AppLocale } from '@/modules/i18n/locales';
import { localizedName } from '@/modules/i18n/localized-name';
import { Role, type Database, type Prisma } from '@/modules/platform/db/client';
import { decodeStaffFile, readStaffFile, type StaffProblem, type StaffRow } from './staff-import-file';
import { staffImportLimits } from './staff-import-limits';

// HR's staff import: a dry run shows the plan, the import applies exactly that plan or nothing.
// The preview's digest covers the file and every write the plan makes; the import re-plans inside
// its transaction and refuses when the digest differs (the file or the people changed meanwhile).

type Reader = Prisma.TransactionClient | Database;

export type ChangedField = 'name' | 'employeeNumber' | 'department' | 'costCentre';
export interface FieldChange {
  field: ChangedField;
  before: string | null;
  after: string | null;
}
export interface NewPerson {
  row: number;
  name: string;
  email: string;
  employeeNumber: string;
  department: string;
  costCentre: string | null;
}
export interface ChangedPerson {
  row: number;
  name: string;
  email: string;
  changes: FieldChange[];
}

/** What a page shows: counts in full, people and problems up to `shownLimit` each. */
export const shownLimit = 200;
export interface StaffPlanSummary {
  newCount: number;
  changedCount: number;
  unchangedCount: number;
  newPeople: NewPerson[];
  changedPeople: ChangedPerson[];
}

export type StaffImportResult =
  | { stage: 'refused'; message: string; problems: StaffProblem[]; problemCount: number }
  | { stage: 'preview'; plan: StaffPlanSummary; content: string; digest: string }
  | { stage: 'imported'; created: number; changed: number; unchanged: number };

interface Writes {
  create: { name: string; email: string; employeeNumber: string; departmentId: string; costCentre: string | null }[];
  update: { id: string; name: string; employeeNumber: string; departmentId: string; costCentre: string | null }[];
}
type Planned = { ok: false; problems: StaffProblem[] } | { ok: true; plan: StaffPlanSummary; writes: Writes };

const refused = (problems: StaffProblem[], message = 'staffImport.refused'): StaffImportResult => ({
  stage: 'refused',
  message,
  problems: problems.slice(0, shownLimit),
  problemCount: problems.length,
});

async function departmentsByName(db: Reader, locale: AppLocale) {
  const departments = await db.department.findMany({
    orderBy: [{ sortOrder: 'asc' }, { slug: 'asc' }],
    select: { id: true, slug: true, nameFi: true, nameSv: true, nameEn: true, active: true, mergedIntoId: true },
  });
  // As findDepartmentIdByClaim: a department in use, by slug or its name in any language, any case;
  // a name of one merged into a department in use gives that one (names in use win).
  const inUse = new Set(departments.filter((candidate) => candidate.active).map((candidate) => candidate.id));
  const byName = new Map<string, string>();
  const merged = departments.filter((candidate) => candidate.mergedIntoId && inUse.has(candidate.mergedIntoId));
  for (const department of [...departments.filter((candidate) => candidate.active), ...merged])
    for (const name of [department.slug, department.nameFi, department.nameSv, department.nameEn]) {
      const key = name.trim().toLowerCase();
      if (!byName.has(key)) byName.set(key, department.mergedIntoId ?? department.id);
    }
  const nameOf = new Map(departments.map((department) => [department.id, localizedName(department, locale)]));
  return {
    idOf: (name: string) => byName.get(name.trim().toLowerCase()),
    nameOf: (id: string | null) => (id ? (nameOf.get(id) ?? null) : null),
  };
}

/** The rows against the people and departments as they are now. */
async function planStaffImport(db: Reader, rows: StaffRow[], locale: AppLocale): Promise<Planned> {
  const departments = await departmentsByName(db, locale);
  const [existing, numberHolders] = await Promise.all([
    db.user.findMany({
      where: { email: { in: rows.map((row) => row.email) } },
      select: { id: true, name: true, email: true, employeeNumber: true, departmentId: true, costCentre: true },
    }),
    db.user.findMany({
      where: { employeeNumber: { in: rows.map((row) => row.employeeNumber) } },
      select: { id: true, employeeNumber: true },
    }),
  ]);
  const personByEmail = new Map(existing.map((person) => [person.email, person]));
  const holderOf = new Map(numberHolders.map((holder) => [holder.employeeNumber, holder.id]));

  const problems: StaffProblem[] = [];
  const plan: StaffPlanSummary = { newCount: 0, changedCount: 0, unchangedCount: 0, newPeople: [], changedPeople: [] };
  const writes: Writes = { create: [], update: [] };
  for (const row of rows) {
    const person = personByEmail.get(row.email);
    const departmentId = departments.idOf(row.department);
    const holder = holderOf.get(row.employeeNumber);
    if (!departmentId)
      problems.push({ row: row.row, column: 'department', code: 'unknownDepartment', value: row.department });
    if (holder && holder !== person?.id)
      problems.push({ row: row.row, column: 'employeeNumber', code: 'employeeNumberTaken' });
    if (!departmentId || (holder && holder !== person?.id)) continue;
    const values = { name: row.name, employeeNumber: row.employeeNumber, departmentId, costCentre: row.costCentre };
    if (!person) {
      writes.create.push({ ...values, email: row.email });
      plan.newCount += 1;
      if (plan.newPeople.length < shownLimit)
        plan.newPeople.push({ ...row, department: departments.nameOf(departmentId) ?? row.department });
      continue;
    }
    const changes: FieldChange[] = [
      { field: 'name' as const, before: person.name, after: row.name },
      { field: 'employeeNumber' as const, before: person.employeeNumber, after: row.employeeNumber },
      {
        field: 'department' as const,
        before: departments.nameOf(person.departmentId),
        after: departments.nameOf(departmentId),
        changed: person.departmentId !== departmentId,
      },
      { field: 'costCentre' as const, before: person.costCentre, after: row.costCentre },
    ]
      .filter((change) => ('changed' in change ? change.changed : change.before !== change.after))
      .map(({ field, before, after }) => ({ field, before, after }));
    if (changes.length === 0) {
      plan.unchangedCount += 1;
      continue;
    }
    writes.update.push({ ...values, id: person.id });
    plan.changedCount += 1;
    if (plan.changedPeople.length < shownLimit)
      plan.changedPeople.push({ row: row.row, name: row.name, email: row.email, changes });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, plan, writes };
}

/** The file's problems and the database's, by row: one list for the person fixing the file. */
function allProblems(fromFile: StaffProblem[], planned: Planned): StaffProblem[] {
  const fromDatabase = planned.ok ? [] : planned.problems;
  return [...fromFile, ...fromDatabase].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

const digestOf = (content: string, writes: Writes) =>
  createHash('sha256').update(content).update('\0').update(JSON.stringify(writes)).digest('hex');

/** The dry run: reads the uploaded bytes and writes nothing. */
export async function previewStaffImport(
  db: Database,
  actor: Actor | null,
  bytes: Uint8Array,
  locale: AppLocale,
): Promise<StaffImportResult> {
  if (!actor?.active) return refused([], 'errors.signInRequired');
  if (!can(actor, 'staff.import')) return refused([], 'errors.forbidden');
  const decoded = decodeStaffFile(bytes);
  if (!decoded.ok) return refused(decoded.problems);
  const content = decoded.text.replace(/^\uFEFF/, '');
  const file = readStaffFile(content);
  const planned = await planStaffImport(db, file.rows, locale);
  if (!planned.ok || file.problems.length > 0) return refused(allProblems(file.problems, planned));
  return { stage: 'preview', plan: planned.plan, content, digest: digestOf(content, planned.writes) };
}

export const applyStaffImportInput = z.object({
  content: z.string().max(staffImportLimits.bytes, 'staffImport.problems.tooLarge'),
  digest: z.string().regex(/^[0-9a-f]{64}$/, 'staffImport.changedSincePreview'),
});

/** The import of a previewed file: all of its plan in one transaction, or nothing. */
export async function applyStaffImport(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
  locale: AppLocale,
): Promise<StaffImportResult> {
  const start = await beginMutation(actor, applyStaffImportInput, raw, 'staff.import');
  if (!start.ok) return refused([], start.state.message);
  const { content, digest } = start.input;
  const file = readStaffFile(content);
  if (file.problems.length > 0) return refused(file.problems);
  return db.$transaction(
    async (tx) => {
      // One import at a time, so that two cannot both create the same person.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('staff.import'))`;
      const planned = await planStaffImport(tx, file.rows, locale);
      if (!planned.ok) return refused(planned.problems);
      if (digestOf(content, planned.writes) !== digest) return refused([], 'staffImport.changedSincePreview');
      const { create, update } = planned.writes;
      if (create.length > 0)
        await tx.user.createMany({ data: create.map((person) => ({ ...person, roles: [Role.EMPLOYEE] })) });
      if (update.length > 0) await updatePeople(tx, update);
      const counts = { created: create.length, changed: update.length, unchanged: planned.plan.unchangedCount };
      // Counts only: the rows are personal data and admins read the log.
      await recordAudit(
        tx,
        { actorId: start.actor.id, action: 'staff.import', targetType: 'staff', after: counts },
        origin,
      );
      return { stage: 'imported' as const, ...counts };
    },
    { maxWait: 20_000, timeout: 120_000 },
  );
}

/** One statement for every changed person (a big first import may change thousands). */
async function updatePeople(tx: Prisma.TransactionClient, people: Writes['update']) {
  await tx.$executeRaw`
    UPDATE users AS u
    SET name = v.name, employee_number = v.employee_number, department_id = v.department_id,
        cost_centre = v.cost_centre, updated_at = now()
    FROM unnest(
      ${people.map((person) => person.id)}::uuid[],
      ${people.map((person) => person.name)}::text[],
      ${people.map((person) => person.employeeNumber)}::text[],
      ${people.map((person) => person.departmentId)}::uuid[],
      ${people.map((person) => person.costCentre)}::text[]
    ) AS v(id, name, employee_number, department_id, cost_centre)
    WHERE u.id = v.id`;
}
