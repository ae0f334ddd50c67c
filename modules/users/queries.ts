import { can, type Actor } from '@/modules/access/permissions';
import { localizedName, localizedNameSelect } from '@/modules/i18n/localized-name';
import type { AppLocale } from '@/modules/i18n/locales';
import { type Role, type Database, type Prisma } from '@/modules/platform/db/client';

export interface UserRow {
  id: string;
  name: string;
  email: string | null;
  departmentId: string | null;
  departmentName: string | null;
  roles: Role[];
  active: boolean;
}

export interface UserSearch {
  query?: string;
  role?: Role;
  page?: number;
}

export const USERS_PER_PAGE = 25;

/** Users for the admin list; nothing at all for anyone who may not manage users. */
export async function searchUsers(db: Database, actor: Actor | null, search: UserSearch, locale: AppLocale) {
  if (!can(actor, 'user.manage')) return null;
  const query = search.query?.trim();
  const where: Prisma.UserWhereInput = {
    ...(query
      ? {
          OR: [{ name: { contains: query, mode: 'insensitive' } }, { email: { contains: query, mode: 'insensitive' } }],
        }
      : {}),
    ...(search.role ? { roles: { has: search.role } } : {}),
  };
  const page = Math.max(1, search.page ?? 1);
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      skip: (page - 1) * USERS_PER_PAGE,
      take: USERS_PER_PAGE,
      select: {
        id: true,
        name: true,
        email: true,
        roles: true,
        active: true,
        departmentId: true,
        department: { select: localizedNameSelect },
      },
    }),
  ]);
  const rows: UserRow[] = users.map((user) => ({
    id: user.id,
    name: user.name,
    email: user.email,
    departmentId: user.departmentId,
    departmentName: user.department ? localizedName(user.department, locale) : null,
    roles: user.roles,
    active: user.active,
  }));
  return { total, page, pages: Math.max(1, Math.ceil(total / USERS_PER_PAGE)), rows };
}

export async function listDepartments(db: Database, locale: AppLocale) {
  const departments = await db.department.findMany({
    where: { active: true },
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
    where: { active: true, name: { contains: query, mode: 'insensitive' }, NOT: { id: actor.id } },
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
