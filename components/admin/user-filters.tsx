import { getTranslations } from 'next-intl/server';
import type { Role } from '@/modules/platform/db/generated/enums';
import type { UserSearch } from '@/modules/users/queries';

// Full width on a phone; from tablet width up each select is as wide as its longest option, so none is cut.
const group = 'flex max-w-full flex-col';
const field = 'mt-1 min-h-11 w-full max-w-full rounded border border-line bg-white px-2 sm:w-auto';

interface UserFiltersProps {
  search: UserSearch;
  /** Every role, in the order the filter offers them. */
  roles: readonly Role[];
  departments: { id: string; name: string }[];
}

/** A plain GET form: the search and every filter live in the address, so a result can be linked and reloaded. */
export async function UserFilters({ search, roles, departments }: UserFiltersProps) {
  const [t, roleName] = await Promise.all([getTranslations('admin'), getTranslations('roles')]);
  return (
    <form
      method="get"
      role="search"
      aria-label={t('usersSearch')}
      className="mt-4 flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-start"
    >
      <div className="flex flex-col sm:w-80">
        <label htmlFor="user-search" className="font-semibold">
          {t('searchLabel')}
        </label>
        <input
          id="user-search"
          name="q"
          type="search"
          defaultValue={search.query}
          aria-describedby="user-search-hint"
          className="mt-1 min-h-11 rounded border border-line px-3"
        />
        <p id="user-search-hint" className="text-sm text-muted">
          {t('searchHint')}
        </p>
      </div>
      <div className={group}>
        <label htmlFor="role-filter" className="font-semibold">
          {t('roleFilter')}
        </label>
        <select id="role-filter" name="role" defaultValue={search.role ?? ''} className={field}>
          <option value="">{t('allRoles')}</option>
          {roles.map((value) => (
            <option key={value} value={value}>
              {roleName(value)}
            </option>
          ))}
        </select>
      </div>
      <div className={group}>
        <label htmlFor="department-filter" className="font-semibold">
          {t('department')}
        </label>
        <select id="department-filter" name="department" defaultValue={search.departmentId ?? ''} className={field}>
          <option value="">{t('allDepartments')}</option>
          {departments.map((department) => (
            <option key={department.id} value={department.id}>
              {department.name}
            </option>
          ))}
        </select>
      </div>
      <div className={group}>
        <label htmlFor="status-filter" className="font-semibold">
          {t('statusFilter')}
        </label>
        <select id="status-filter" name="status" defaultValue={search.status ?? ''} className={field}>
          <option value="">{t('allStatuses')}</option>
          <option value="active">{t('statusActive')}</option>
          <option value="inactive">{t('inactive')}</option>
        </select>
      </div>
      <div className={group}>
        <label htmlFor="demo-filter" className="font-semibold">
          {t('demoFilter')}
        </label>
        <select
          id="demo-filter"
          name="demo"
          defaultValue={search.demo === undefined ? '' : search.demo ? 'yes' : 'no'}
          className={field}
        >
          <option value="">{t('allPeople')}</option>
          <option value="no">{t('realPeople')}</option>
          <option value="yes">{t('demoPeople')}</option>
        </select>
      </div>
      <div className="sm:basis-full">
        <button type="submit" className="min-h-11 rounded bg-brand px-4 font-semibold text-white">
          {t('search')}
        </button>
      </div>
    </form>
  );
}
