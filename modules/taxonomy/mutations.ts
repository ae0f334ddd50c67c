import { beginMutation, type FormState } from '@/modules/access/mutation';
import type { Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import type { Database } from '@/modules/platform/db/client';
import { entryTable, namesOf, slugFrom, type TaxonomyEntry } from './entries';
import { taxonomyPermission, type TaxonomyKind } from './kinds';
import { nameFields } from './limits';
import { namesInput, renameInput, setActiveInput, type NamesInput } from './schemas';

// Create, rename, deactivate and reactivate a category or a department. The slug is made once from
// the Finnish name and never changes: sign-in claims, the staff import and filter addresses may name it.

const notFound: FormState = { ok: false, message: 'errors.notFound' };

/** A name already used by another entry still in the list (merged ones are gone), per language. */
function duplicateNames(entries: TaxonomyEntry[], names: NamesInput, exceptId?: string) {
  const others = entries.filter((entry) => entry.id !== exceptId && entry.mergedIntoId === null);
  const fieldErrors: Record<string, string[]> = {};
  for (const field of nameFields) {
    const wanted = names[field].toLocaleLowerCase('fi');
    if (others.some((entry) => entry[field].trim().toLocaleLowerCase('fi') === wanted))
      fieldErrors[field] = ['taxonomy.errors.duplicateName'];
  }
  return Object.keys(fieldErrors).length > 0
    ? { ok: false, message: 'errors.invalid', fieldErrors, values: { ...names } }
    : null;
}

export async function createTaxonomyEntry(
  db: Database,
  kind: TaxonomyKind,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, namesInput, raw, taxonomyPermission[kind]);
  if (!start.ok) return start.state;
  const names = start.input;
  return db.$transaction(async (tx) => {
    const table = entryTable(tx, kind);
    const entries = await table.all();
    const duplicate = duplicateNames(entries, names);
    if (duplicate) return duplicate;
    const created = await table.create({
      ...names,
      slug: slugFrom(names.nameFi, new Set(entries.map((entry) => entry.slug))),
      sortOrder: Math.max(0, ...entries.map((entry) => entry.sortOrder)) + 1,
    });
    await recordAudit(
      tx,
      { actorId: start.actor.id, action: `${kind}.create`, targetType: kind, targetId: created.id, after: names },
      origin,
    );
    return { ok: true, message: 'taxonomy.created' };
  });
}

export async function renameTaxonomyEntry(
  db: Database,
  kind: TaxonomyKind,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, renameInput, raw, taxonomyPermission[kind]);
  if (!start.ok) return start.state;
  const { id, ...names } = start.input;
  return db.$transaction(async (tx) => {
    const table = entryTable(tx, kind);
    const entries = await table.all();
    const entry = entries.find((candidate) => candidate.id === id);
    if (!entry || entry.mergedIntoId) return notFound;
    const duplicate = duplicateNames(entries, names, id);
    if (duplicate) return duplicate;
    const before = namesOf(entry);
    if (nameFields.every((field) => before[field] === names[field])) return { ok: true, message: 'taxonomy.renamed' };
    await table.update(id, names);
    await recordAudit(
      tx,
      { actorId: start.actor.id, action: `${kind}.rename`, targetType: kind, targetId: id, before, after: names },
      origin,
    );
    return { ok: true, message: 'taxonomy.renamed' };
  });
}

/**
 * A deactivated entry leaves the choices of forms and filters; ideas and people that have it keep
 * it and still show its name. A merged one stays inactive: its ideas have moved.
 */
export async function setTaxonomyEntryActive(
  db: Database,
  kind: TaxonomyKind,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, setActiveInput, raw, taxonomyPermission[kind]);
  if (!start.ok) return start.state;
  const { id, active } = start.input;
  const message = active ? 'taxonomy.reactivated' : 'taxonomy.deactivated';
  const change = active ? 'reactivate' : 'deactivate';
  return db.$transaction(async (tx) => {
    const table = entryTable(tx, kind);
    const entry = await table.find(id);
    if (!entry) return notFound;
    if (entry.mergedIntoId) return { ok: false, message: 'taxonomy.errors.mergedStaysInactive' };
    if (entry.active === active) return { ok: true, message };
    await table.update(id, { active });
    await recordAudit(
      tx,
      {
        actorId: start.actor.id,
        action: `${kind}.${change}`,
        targetType: kind,
        targetId: id,
        before: { active: entry.active },
        after: { active },
      },
      origin,
    );
    return { ok: true, message };
  });
}
