import { can, type Actor } from '@/modules/access/permissions';
import type { Database, Prisma } from '@/modules/platform/db/client';

export interface AuditFilters {
  /** Matches the start of the action name, e.g. "user." for all user administration. */
  action?: string;
  /** Matches the acting person's name or e-mail. */
  actor?: string;
  from?: Date;
  to?: Date;
  page?: number;
}

export const AUDIT_ROWS_PER_PAGE = 50;

/** The audit log, newest first; nothing at all for anyone who may not read it. */
export async function searchAuditLog(db: Database, reader: Actor | null, filters: AuditFilters) {
  if (!can(reader, 'audit.read')) return null;
  const actorQuery = filters.actor?.trim();
  const where: Prisma.AuditLogWhereInput = {
    ...(filters.action?.trim() ? { action: { startsWith: filters.action.trim() } } : {}),
    ...(actorQuery
      ? {
          actor: {
            OR: [
              { name: { contains: actorQuery, mode: 'insensitive' } },
              { email: { contains: actorQuery, mode: 'insensitive' } },
            ],
          },
        }
      : {}),
    ...(filters.from || filters.to
      ? { createdAt: { ...(filters.from ? { gte: filters.from } : {}), ...(filters.to ? { lt: filters.to } : {}) } }
      : {}),
  };
  const page = Math.max(1, filters.page ?? 1);
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: { id: 'desc' },
      skip: (page - 1) * AUDIT_ROWS_PER_PAGE,
      take: AUDIT_ROWS_PER_PAGE,
      select: {
        id: true,
        createdAt: true,
        action: true,
        targetType: true,
        targetId: true,
        ip: true,
        before: true,
        after: true,
        actor: { select: { name: true } },
      },
    }),
  ]);
  return {
    total,
    page,
    pages: Math.max(1, Math.ceil(total / AUDIT_ROWS_PER_PAGE)),
    rows: rows.map((row) => ({ ...row, id: row.id.toString(), actorName: row.actor?.name ?? null })),
  };
}
