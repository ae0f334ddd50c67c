import { can, type Actor } from '@/modules/access/permissions';
import type { Database, Prisma } from '@/modules/platform/db/client';
import { escapeLike } from '@/modules/platform/db/escape-like';
import { auditActionGroupWhere, type AuditActionGroup } from './action-groups';

export interface AuditFilters {
  /** Matches the start of the action name, e.g. "user." for all user administration. */
  action?: string;
  /** One of the plain groups the page offers (sign-ins, user management, ...). */
  group?: AuditActionGroup;
  /** Matches the acting person's name or e-mail. */
  actor?: string;
  /** Entries about one thing, e.g. a person (type "user") from their admin page. */
  target?: { type: string; id: string };
  from?: Date;
  to?: Date;
  page?: number;
}

export const AUDIT_ROWS_PER_PAGE = 50;
/** Paging goes this deep (5,000 entries); older ones are reached with the date filters. */
export const AUDIT_MAX_PAGES = 100;

/** The audit log, newest first; nothing at all for anyone who may not read it. */
export async function searchAuditLog(db: Database, reader: Actor | null, filters: AuditFilters) {
  if (!can(reader, 'audit.read')) return null;
  const actorQuery = filters.actor?.trim();
  const actionPrefix = filters.action?.trim();
  const where: Prisma.AuditLogWhereInput = {
    ...(actionPrefix ? { action: { startsWith: escapeLike(actionPrefix) } } : {}),
    ...(filters.group ? auditActionGroupWhere(filters.group) : {}),
    // Both parts, so PostgreSQL uses the (target_type, target_id) index.
    ...(filters.target ? { targetType: filters.target.type, targetId: filters.target.id } : {}),
    ...(actorQuery
      ? {
          actor: {
            OR: [
              { name: { contains: escapeLike(actorQuery), mode: 'insensitive' } },
              { email: { contains: escapeLike(actorQuery), mode: 'insensitive' } },
            ],
          },
        }
      : {}),
    ...(filters.from || filters.to
      ? { createdAt: { ...(filters.from ? { gte: filters.from } : {}), ...(filters.to ? { lt: filters.to } : {}) } }
      : {}),
  };
  const page = Math.min(AUDIT_MAX_PAGES, Math.max(1, Math.trunc(filters.page ?? 1) || 1));
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
        actorId: true,
        actor: { select: { name: true } },
      },
    }),
  ]);
  const filteredTarget = filters.target ? { targetType: filters.target.type, targetId: filters.target.id } : null;
  const { people, commentIdeas } = await resolveTargets(db, filteredTarget ? [...rows, filteredTarget] : rows);
  return {
    total,
    page,
    /** The name of the person the search is narrowed to, for the page to say whose entries these are. */
    filteredPersonName: filters.target?.type === 'user' ? (people.get(filters.target.id) ?? null) : null,
    pages: Math.min(AUDIT_MAX_PAGES, Math.max(1, Math.ceil(total / AUDIT_ROWS_PER_PAGE))),
    rows: rows.map(({ actor, ...row }) => ({
      ...row,
      id: row.id.toString(),
      actorName: actor?.name ?? null,
      /** The person an entry is about, by name (null when it is not about a person, or they are gone). */
      targetName: row.targetType === 'user' && row.targetId ? (people.get(row.targetId) ?? null) : null,
      /** The idea a comment entry's comment belongs to, for the link. */
      commentIdeaId: row.targetType === 'comment' && row.targetId ? (commentIdeas.get(row.targetId) ?? null) : null,
    })),
  };
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Names of the people and ideas of the comments one page of entries is about: two small queries. */
async function resolveTargets(db: Database, rows: { targetType: string; targetId: string | null }[]) {
  const ids = (type: string, valid: (id: string) => boolean) => [
    ...new Set(
      rows.filter((row) => row.targetType === type && row.targetId && valid(row.targetId)).map((row) => row.targetId!),
    ),
  ];
  const userIds = ids('user', (id) => uuidPattern.test(id));
  const commentIds = ids('comment', (id) => /^\d{1,9}$/.test(id)).map(Number);
  const [users, comments] = await Promise.all([
    userIds.length ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }) : [],
    commentIds.length
      ? db.comment.findMany({ where: { id: { in: commentIds } }, select: { id: true, ideaId: true } })
      : [],
  ]);
  return {
    people: new Map(users.map((user) => [user.id, user.name])),
    commentIdeas: new Map(comments.map((comment) => [String(comment.id), comment.ideaId])),
  };
}

export type AuditRow = NonNullable<Awaited<ReturnType<typeof searchAuditLog>>>['rows'][number];
