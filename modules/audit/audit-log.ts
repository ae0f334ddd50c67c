import type { Database, Prisma } from '@/modules/platform/db/client';
import { wellFormedRequestId } from '@/modules/platform/request-id';

// One row per permission-relevant decision: who, what, on what, when (UTC, by the database), from
// where, with a before/after summary. The table itself refuses updates and deletes.

export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export interface AuditEntry {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
}

type Writer = Pick<Database, 'auditLog'>;

export async function recordAudit(db: Writer, entry: AuditEntry, origin: RequestOrigin): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      before: entry.before,
      after: entry.after,
      ip: origin.ip,
      userAgent: origin.userAgent?.slice(0, 500) ?? null,
      requestId: wellFormedRequestId(origin.requestId),
    },
  });
}
