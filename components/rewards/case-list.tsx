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

/** How many cases match, and the money of each stage; rejected and moneyless cases are no money. */
export async function CaseTotals({ list }: { list: RewardCaseList }) {
  const t = await getTranslations('rewards.cases');
  if (list.total === 0)
    return (
      <p className="mt-4 font-semibold" role="status">
        {t('empty')}{' '}
        <Link href="/rewards" className="font-normal text-brand underline">
          {t('clearFilters')}
        </Link>
      </p>
    );
  const stages = [
    ['totalsWaiting', list.totals.waiting],
    ['totalsDecided', list.totals.decided],
    ['totalsPaid', list.totals.paid],
  ] as const;
  return (
    <div className="mt-4" role="status">
      <p className="font-semibold">{t('results', { count: list.total })}</p>
      <ul className="mt-1">
        {stages
          .filter(([, stage]) => stage.count > 0)
          .map(([key, stage]) => (
            <li key={key}>{t(key, { count: stage.count, total: formatEuros(stage.cents / 100) })}</li>
          ))}
      </ul>
      <p className="text-sm text-muted">{t('totalsNote')}</p>
    </div>
  );
}

/** A case's amount; a rejected case's is struck through and said not to be paid. */
export async function CaseAmount({ status, cents }: { status: RewardStatus; cents: number }) {
  const t = await getTranslations('rewards.cases');
  const amount = formatEuros(cents / 100);
  if (status !== 'REJECTED') return <>{amount}</>;
  return <>{t.rich('notPaid', { amount, struck: (chunks) => <s>{chunks}</s> })}</>;
}

async function CaseCards({ items, label }: { items: RewardCaseList['items']; label: string }) {
  const t = await getTranslations('rewards.cases');
  return (
    <ul className="mt-4 grid gap-3 lg:grid-cols-2" aria-label={label}>
      {items.map((item) => (
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
            <CaseAmount status={item.status} cents={item.amountCents} /> ·{' '}
            {t('recipients', { count: item.recipientCount })}
          </p>
        </li>
      ))}
    </ul>
  );
}

/**
 * The cases as stacked cards (one column on a phone, two on wide screens), each opening its case. A
 * manager sees what waits for their endorsement apart from the rest of their departments' cases.
 */
export async function CaseList({ list }: { list: RewardCaseList }) {
  const t = await getTranslations('rewards.cases');
  if (list.items.length === 0) return null;
  if (list.scope === 'hr') return <CaseCards items={list.items} label={t('listLabel')} />;
  const waiting = list.items.filter((item) => item.status === 'PROPOSED');
  const others = list.items.filter((item) => item.status !== 'PROPOSED');
  return (
    <>
      <section aria-labelledby="cases-waiting-heading" className="mt-6">
        <h2 id="cases-waiting-heading" className="text-xl font-bold">
          {t('waitingHeading')}
        </h2>
        {waiting.length > 0 ? (
          <CaseCards items={waiting} label={t('waitingHeading')} />
        ) : (
          <p className="mt-2">{t('noneWaiting')}</p>
        )}
      </section>
      {others.length > 0 && (
        <section aria-labelledby="cases-others-heading" className="mt-6">
          <h2 id="cases-others-heading" className="text-xl font-bold">
            {t('othersHeading')}
          </h2>
          <CaseCards items={others} label={t('othersHeading')} />
        </section>
      )}
    </>
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
