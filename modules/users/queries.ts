import { can, type Actor } from '@/modules/access/permissions';
import { localizedName, localizedNameSelect } from '@/modules/i18n/localized-name';
import type { AppLocale } from '@/modules/i18n/locales';
import { type Role, type Database, type Prisma } from '@/modules/platform/db/client';
import { escapeLike } from '@/modules/platform/db/escape-like';

export interface UserRow {
  id: string;
  name: string;
  email: string | null;
  departmentId: string | null;
  departmentName: string | null;
  roles: Role[];
  active: boolean;
  demo: boolean;
}

export type UserStatusFilter = 'active' | 'inactive';

export interface UserSearch {
  /** Words that must each appear in the name or the e-mail address, in any order and case. */
  query?: string;
  role?: Role;
  departmentId?: string;
  status?: UserStatusFilter;
  /** true: only the demo seed's people; false: only real people. */
  demo?: boolean;
  page?: number;
}

export const USERS_PER_PAGE = 25;
/**
 * Paging goes at most this deep (5,000 people in name order); beyond it the list asks for a search
 * or a filter, so no request makes PostgreSQL skip an unbounded number of rows.
 */
export const USERS_MAX_PAGES = 200;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Each word narrows the list: "laura niem" and "niem laura" both find Laura Nieminen. */
function userWhere(search: UserSearch): Prisma.UserWhereInput {
  const words = (search.query ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5);
  return {
    AND: words.map((word) => ({
      OR: [
        { name: { contains: escapeLike(word), mode: 'insensitive' } },
        { email: { contains: escapeLike(word.toLowerCase()) } },
      ],
    })),
    ...(search.role ? { roles: { has: search.role } } : {}),
    ...(search.departmentId && uuidPattern.test(search.departmentId) ? { departmentId: search.departmentId } : {}),
    ...(search.status ? { active: search.status === 'active' } : {}),
    ...(search.demo === undefined ? {} : { demo: search.demo }),
  };
}

/** One page of users for the admin list, in name order; nothing at all for anyone who may not manage users. */
export async function searchUsers(db: Database, actor: Actor | null, search: UserSearch, locale: AppLocale) {
  if (!can(actor, 'user.manage')) return null;
  const where = userWhere(search);
  const page = Math.min(USERS_MAX_PAGES, Math.max(1, Math.trunc(search.page ?? 1) || 1));
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      skip: (page - 1) * USERS_PER_PAGE,
      take: USERS_PER_PAGE,
      select: userRowSelect,
    }),
  ]);
  const pages = Math.max(1, Math.ceil(total / USERS_PER_PAGE));
  return {
    total,
    page,
    pages: Math.min(pages, USERS_MAX_PAGES),
    /** More people match than paging reaches: the list asks for a narrower search. */
    truncated: pages > USERS_MAX_PAGES,
    rows: users.map((user) => toUserRow(user, locale)),
  };
}

const userRowSelect = {
  id: true,
  name: true,
  email: true,
  roles: true,
  active: true,
  demo: true,
  departmentId: true,
  department: { select: localizedNameSelect },
} as const satisfies Prisma.UserSelect;

function toUserRow(user: Prisma.UserGetPayload<{ select: typeof userRowSelect }>, locale: AppLocale): UserRow {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    departmentId: user.departmentId,
    departmentName: user.department ? localizedName(user.department, locale) : null,
    roles: user.roles,
    active: user.active,
    demo: user.demo,
  };
}

/** One person for their admin edit page; null when they do not exist or the reader may not manage users. */
export async function getUserForAdmin(db: Database, actor: Actor | null, userId: string, locale: AppLocale) {
  if (!can(actor, 'user.manage') || !uuidPattern.test(userId)) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { ...userRowSelect, jobTitle: true, createdAt: true },
  });
  return user ? { ...toUserRow(user, locale), jobTitle: user.jobTitle, createdAt: user.createdAt } : null;
}

/**
 * The departments in use, for pickers. `including` adds one that is no longer in use, e.g. a person's
 * current department on their admin page, so it is shown as it is instead of as none.
 */
export async function listDepartments(db: Database, locale: AppLocale, options: { including?: string | null } = {}) {
  const including = options.including && uuidPattern.test(options.including) ? options.including : null;
  const departments = await db.department.findMany({
    where: including ? { OR: [{ active: true }, { id: including }] } : { active: true },
    orderBy: { sortOrder: 'asc' },
    select: { id: true, ...localizedNameSelect },
  });
  return departments.map((department) => ({ id: department.id, name: localizedName(department, locale) }));
}

/** Colleagues whose name contains the text, for picking co-authors and mentions; signed-in people only. */
export async function findColleagues(db: Database, actor: Actor | null, text: string, locale: AppLocale) {
  const query = text.trim();
  if (!actor?.active || query.length < 2) return [];
  const users = await db.user.findMany({
    where: { active: true, name: { contains: escapeLike(query), mode: 'insensitive' }, NOT: { id: actor.id } },
    orderBy: { name: 'asc' },
    take: 8,
    select: { id: true, name: true, department: { select: localizedNameSelect } },
  });
  return users.map((user) => ({
    id: user.id,
    name: user.name,
    department: user.department ? localizedName(user.department, locale) : null,
  }));
}
