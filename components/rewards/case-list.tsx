import { getTranslations } from 'next-intl/server';
import { formatEuros } from '@/modules/i18n/format';
import { Link } from '@/modules/i18n/navigation';
import type { RewardKind, RewardStatus } from '@/modules/platform/db/generated/enums';
import type { CaseFilters, RewardCaseList } from '@/modules/rewards/cases';

const group = 'flex max-w-full flex-col font-semibold';
const field = 'mt-1 min-h-11 w-full max-w-full rounded border border-line bg-white px-2 font-normal sm:w-auto';

/** A plain GET form: the filters live in the address, so a list can be bookmarked and paged. */
interface CaseFiltersProps {
  filters: CaseFilters;
  list: RewardCaseList;
  statuses: readonly RewardStatus[];
  kinds: readonly RewardKind[];
}

export async function CaseFiltersForm({ filters, list, statuses, kinds }: CaseFiltersProps) {
  const t = await getTranslations('rewards.cases');
  return (
    <form
      method="get"
      role="search"
      aria-label={t('filters')}
      className="mt-4 grid gap-3 sm:flex sm:flex-wrap sm:items-end"
    >
      <div className={group}>
        <label htmlFor="case-status">{t('status')}</label>
        <select id="case-status" name="status" defaultValue={filters.status ?? ''} className={field}>
          <option value="">{t('allStatuses')}</option>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {t(`statuses.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className={group}>
        <label htmlFor="case-kind">{t('kind')}</label>
        <select id="case-kind" name="kind" defaultValue={filters.kind ?? ''} className={field}>
          <option value="">{t('allKinds')}</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      {list.departments.length > 1 && (
        <div className={group}>
          <label htmlFor="case-department">{t('department')}</label>
          <select id="case-department" name="department" defaultValue={filters.department ?? ''} className={field}>
            <option value="">{t('allDepartments')}</option>
            {list.departments.map((department) => (
              <option key={department.id} value={department.id}>
                {department.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className={group}>
        <label htmlFor="case-search">{t('search')}</label>
        <input id="case-search" name="q" type="search" defaultValue={filters.q ?? ''} className={field} />
      </div>
      <div>
        <button type="submit" className="min-h-11 rounded bg-brand px-4 font-semibold text-white">
          {t('apply')}
        </button>
      </div>
    </form>
  );
}

/** The cases as stacked cards (one column on a phone, two on wide screens), each opening its case. */
export async function CaseList({ list }: { list: RewardCaseList }) {
  const t = await getTranslations('rewards.cases');
  if (list.items.length === 0) return <p className="mt-4">{t('empty')}</p>;
  return (
    <ul className="mt-4 grid gap-3 lg:grid-cols-2" aria-label={t('listLabel')}>
      {list.items.map((item) => (
        <li key={item.id} className="rounded border border-line p-3 break-words">
          <p className="font-semibold">
            <Link href={`/rewards/${item.id}`} className="text-brand underline">
              {t('caseNumber', { id: item.id })} · {item.idea.title}
            </Link>
          </p>
          <p className="text-sm">
            {t('ideaNumber', { id: item.idea.id })} · {t(`kinds.${item.kind}`)}
            {item.departments.length > 0 && ` · ${item.departments.join(', ')}`}
          </p>
          <p className="mt-1">
            <span className="font-semibold">{t(`statuses.${item.status}`)}</span> ·{' '}
            {formatEuros(item.amountCents / 100)} · {t('recipients', { count: item.recipientCount })}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Previous / next pages, keeping the filters. */
export async function CasePages({ filters, list }: { filters: CaseFilters; list: RewardCaseList }) {
  const t = await getTranslations('rewards.cases');
  if (list.pages <= 1) return null;
  const href = (page: number) => {
    const query = new URLSearchParams();
    for (const name of ['status', 'kind', 'department', 'q'] as const) {
      const value = filters[name];
      if (value) query.set(name, value);
    }
    query.set('page', String(page));
    return `/rewards?${query.toString()}`;
  };
  return (
    <nav aria-label={t('pagination')} className="mt-4 flex flex-wrap items-center gap-4">
      {list.page > 1 && (
        <Link href={href(list.page - 1)} className="text-brand underline">
          {t('previous')}
        </Link>
      )}
      <span>{t('page', { page: list.page, pages: list.pages })}</span>
      {list.page < list.pages && (
        <Link href={href(list.page + 1)} className="text-brand underline">
          {t('next')}
        </Link>
      )}
    </nav>
  );
}
