import { Role } from '@/modules/platform/db/generated/enums';
import { firstValue, type SearchParams } from '@/modules/platform/search-params';
import type { UserSearch } from './queries';

/**
 * The admin user list's address (q, role, department, status, demo, page): what the filter form
 * submits and the page links carry. Unknown values are ignored rather than refused, and a repeated
 * parameter counts once: an old or hand-edited link still shows a list.
 */
export function parseUserListParams(params: SearchParams): UserSearch {
  const value = (name: string) => firstValue(params, name);
  const status = value('status');
  const demo = value('demo');
  return {
    query: value('q')?.slice(0, 200),
    role: Object.values(Role).find((role) => role === value('role')),
    departmentId: value('department') || undefined,
    status: status === 'active' || status === 'inactive' ? status : undefined,
    demo: demo === 'yes' ? true : demo === 'no' ? false : undefined,
    page: Number(value('page')) || 1,
  };
}

/** The query string for one page of the same search. */
export function userListQuery(search: UserSearch, page: number): Record<string, string | number> {
  return {
    ...(search.query?.trim() ? { q: search.query.trim() } : {}),
    ...(search.role ? { role: search.role } : {}),
    ...(search.departmentId ? { department: search.departmentId } : {}),
    ...(search.status ? { status: search.status } : {}),
    ...(search.demo === undefined ? {} : { demo: search.demo ? 'yes' : 'no' }),
    page,
  };
}
