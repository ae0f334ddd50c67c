import { beginMutation, type FormState } from '@/modules/access/mutation';
import type { Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import { Prisma, type Database } from '@/modules/platform/db/client';
import { entryTable, namesOf } from './entries';
import { taxonomyPermission, type TaxonomyKind } from './kinds';
import { mergeInput } from './schemas';

// Merging moves every reference from one entry to another in one transaction and folds what would
// then be twice (an idea in both departments keeps one row). The merged entry is deactivated and
// remembers its successor (merged_into_id): a sign-in claim or a staff file that still names it
// lands on the successor (modules/access/sso.ts, modules/users/staff-import.ts).

type Tx = Prisma.TransactionClient;

const tableNames: Record<TaxonomyKind, Prisma.Sql> = {
  category: Prisma.sql`categories`,
  department: Prisma.sql`departments`,
};

async function moveCategoryReferences(tx: Tx, from: string, to: string) {
  // Straight SQL: the ideas are not edited, so their updated_at stays as it was.
  const ideas = await tx.$executeRaw`UPDATE ideas SET category_id = ${to}::uuid WHERE category_id = ${from}::uuid`;
  const campaignsFolded = await tx.$executeRaw`
    DELETE FROM campaign_categories c WHERE c.category_id = ${from}::uuid
      AND EXISTS (SELECT 1 FROM campaign_categories o WHERE o.campaign_id = c.campaign_id AND o.category_id = ${to}::uuid)`;
  const campaignsMoved = await tx.$executeRaw`
    UPDATE campaign_categories SET category_id = ${to}::uuid WHERE category_id = ${from}::uuid`;
  return { ideas, campaigns: campaignsMoved + campaignsFolded };
}

async function moveDepartmentReferences(tx: Tx, from: string, to: string) {
  const people = await tx.$executeRaw`UPDATE users SET department_id = ${to}::uuid WHERE department_id = ${from}::uuid`;

  const ideasFolded = await tx.$executeRaw`
    DELETE FROM idea_departments d WHERE d.department_id = ${from}::uuid
      AND EXISTS (SELECT 1 FROM idea_departments o WHERE o.idea_id = d.idea_id AND o.department_id = ${to}::uuid)`;
  // The accelerator cards copy their idea's departments by trigger (migration accelerator_card_departments).
  const ideasMoved = await tx.$executeRaw`
    UPDATE idea_departments SET department_id = ${to}::uuid WHERE department_id = ${from}::uuid`;

  // A manager's own department is never on their list of managed ones (admin-managed-departments.ts).
  const managedFolded = await tx.$executeRaw`
    DELETE FROM managed_departments m WHERE m.department_id = ${from}::uuid
      AND (EXISTS (SELECT 1 FROM managed_departments o WHERE o.user_id = m.user_id AND o.department_id = ${to}::uuid)
        OR EXISTS (SELECT 1 FROM users u WHERE u.id = m.user_id AND u.department_id = ${to}::uuid))`;
  const managedMoved = await tx.$executeRaw`
    UPDATE managed_departments SET department_id = ${to}::uuid WHERE department_id = ${from}::uuid`;
  const ownFolded = await tx.$executeRaw`
    DELETE FROM managed_departments m USING users u
      WHERE m.user_id = u.id AND m.department_id = ${to}::uuid AND u.department_id = ${to}::uuid`;

  // Two budgets of the same year add up: the merged unit spends both (docs/decisions/0045).
  await tx.$executeRaw`
    INSERT INTO reward_budgets (department_id, year, amount_cents)
      SELECT ${to}::uuid, year, amount_cents FROM reward_budgets WHERE department_id = ${from}::uuid
    ON CONFLICT (department_id, year) DO UPDATE SET amount_cents = reward_budgets.amount_cents + EXCLUDED.amount_cents`;
  const budgets = await tx.$executeRaw`DELETE FROM reward_budgets WHERE department_id = ${from}::uuid`;

  const campaignsFolded = await tx.$executeRaw`
    DELETE FROM campaign_departments c WHERE c.department_id = ${from}::uuid
      AND EXISTS (SELECT 1 FROM campaign_departments o WHERE o.campaign_id = c.campaign_id AND o.department_id = ${to}::uuid)`;
  const campaignsMoved = await tx.$executeRaw`
    UPDATE campaign_departments SET department_id = ${to}::uuid WHERE department_id = ${from}::uuid`;

  return {
    people,
    ideas: ideasMoved + ideasFolded,
    ideasFolded,
    managers: managedMoved + managedFolded,
    managersFolded: managedFolded + ownFolded,
    budgets,
    campaigns: campaignsMoved + campaignsFolded,
  };
}

export async function mergeTaxonomyEntries(
  db: Database,
  kind: TaxonomyKind,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, mergeInput, raw, taxonomyPermission[kind]);
  if (!start.ok) return { ...start.state, values: targetValue(raw) };
  const { sourceId, targetId } = start.input;
  return db.$transaction(async (tx) => {
    // Both rows locked, in one order: two admins merging the same pair either way wait for each other.
    await tx.$executeRaw`SELECT 1 FROM ${tableNames[kind]} WHERE id IN (${sourceId}::uuid, ${targetId}::uuid) ORDER BY id FOR UPDATE`;
    const table = entryTable(tx, kind);
    const [source, target] = await Promise.all([table.find(sourceId), table.find(targetId)]);
    if (!source || source.mergedIntoId) return { ok: false, message: 'errors.notFound' };
    if (!target || target.mergedIntoId || !target.active)
      return {
        ok: false,
        message: 'errors.invalid',
        fieldErrors: { targetId: ['taxonomy.errors.targetInactive'] },
        values: { targetId },
      };
    const moved =
      kind === 'category'
        ? await moveCategoryReferences(tx, sourceId, targetId)
        : await moveDepartmentReferences(tx, sourceId, targetId);
    await table.repointMerged(sourceId, targetId);
    await table.update(sourceId, { active: false, mergedIntoId: targetId });
    await recordAudit(
      tx,
      {
        actorId: start.actor.id,
        action: `${kind}.merge`,
        targetType: kind,
        targetId: sourceId,
        before: { ...namesOf(source), active: source.active },
        after: { mergedIntoId: targetId, into: namesOf(target), moved },
      },
      origin,
    );
    return { ok: true, message: 'taxonomy.merged' };
  });
}

function targetValue(raw: unknown): Record<string, string> {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).targetId : undefined;
  return typeof value === 'string' ? { targetId: value } : {};
}
