import { Role } from '@/modules/platform/db/generated/enums';
import type { UserSearch } from './queries';

/** The admin user list's address: what the filter form submits and the page links carry. */
export interface UserListParams {
  q?: string;
  role?: string;
  department?: string;
  status?: string;
  demo?: string;
  page?: string;
}

/** Unknown values are ignored rather than refused: an old or hand-edited link still shows a list. */
export function parseUserListParams(params: UserListParams): UserSearch {
  return {
    query: params.q?.slice(0, 200),
    role: Object.values(Role).find((role) => role === params.role),
    departmentId: params.department || undefined,
    status: params.status === 'active' || params.status === 'inactive' ? params.status : undefined,
    demo: params.demo === 'yes' ? true : params.demo === 'no' ? false : undefined,
    page: Number(params.page) || 1,
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
