import type { Database, Prisma } from '@/modules/platform/db/client';

type Tx = Prisma.TransactionClient;

/** The parts of an idea colleagues read as its text: what a moderator checks before it shows. */
export type IdeaTextFields = { title: string; body: string; expectedBenefitNote: string | null };

export function sameText(a: IdeaTextFields, b: IdeaTextFields): boolean {
  return (
    a.title === b.title && a.body === b.body && (a.expectedBenefitNote ?? null) === (b.expectedBenefitNote ?? null)
  );
}

/**
 * An author's edit of a published idea's text under pre-moderation: kept as the idea's one pending
 * revision (a newer edit replaces it) while the approved text stays visible. An edit back to the
 * approved text withdraws the pending one. The caller holds the idea's row lock.
 */
export async function proposeRevision(
  tx: Tx,
  ideaId: number,
  editorId: string,
  approved: IdeaTextFields,
  proposed: IdeaTextFields,
): Promise<'pending' | 'withdrawn'> {
  const pending = await tx.ideaRevision.findFirst({ where: { ideaId, decidedAt: null }, select: { id: true } });
  if (sameText(approved, proposed)) {
    if (pending) await tx.ideaRevision.delete({ where: { id: pending.id } });
    return 'withdrawn';
  }
  if (pending) await tx.ideaRevision.update({ where: { id: pending.id }, data: { editorId, ...proposed } });
  else await tx.ideaRevision.create({ data: { ideaId, editorId, ...proposed } });
  return 'pending';
}

/** The idea's pending edit, if any: what its owners continue from and a moderator checks. */
export function pendingRevision(db: Database | Tx, ideaId: number) {
  return db.ideaRevision.findFirst({
    where: { ideaId, decidedAt: null },
    select: { id: true, title: true, body: true, expectedBenefitNote: true, updatedAt: true },
  });
}

/** For the idea's owners: an edit waiting for a moderator, or the last one a moderator turned down (and why). */
export async function revisionNotice(
  db: Database,
  ideaId: number,
): Promise<{ state: 'pending'; since: Date } | { state: 'rejected'; reason: string | null; at: Date } | null> {
  const latest = await db.ideaRevision.findFirst({
    where: { ideaId },
    orderBy: { id: 'desc' },
    select: { decidedAt: true, approved: true, reason: true, updatedAt: true },
  });
  if (!latest) return null;
  if (!latest.decidedAt) return { state: 'pending', since: latest.updatedAt };
  return latest.approved ? null : { state: 'rejected', reason: latest.reason, at: latest.decidedAt };
}
