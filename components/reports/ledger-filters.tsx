import { getTranslations } from 'next-intl/server';
import { Link } from '@/modules/i18n/navigation';
import type { RewardKind, RewardStatus } from '@/modules/platform/db/generated/enums';
import type { LedgerFilter } from '@/modules/reports/ledger';

const group = 'flex max-w-full flex-col font-semibold';
const field = 'mt-1 min-h-11 w-full max-w-full rounded border border-line bg-white px-2 font-normal sm:w-auto';

interface LedgerFiltersProps {
  filter: LedgerFilter;
  departments: { id: string; name: string }[];
  statuses: readonly RewardStatus[];
  kinds: readonly RewardKind[];
}

/** A plain GET form: the filters live in the address, so the page, its next pages and its downloads agree. */
export async function LedgerFilters({ filter, departments, statuses, kinds }: LedgerFiltersProps) {
  const t = await getTranslations('reports.ledger');
  return (
    <form
      method="get"
      role="search"
      aria-label={t('filters.heading')}
      className="mt-4 grid gap-3 sm:flex sm:flex-wrap sm:items-end"
    >
      <div className={group}>
        <label htmlFor="ledger-basis">{t('filters.basis')}</label>
        <select id="ledger-basis" name="basis" defaultValue={filter.basis} className={field}>
          <option value="decision">{t('filters.basisDecision')}</option>
          <option value="proposal">{t('filters.basisProposal')}</option>
        </select>
      </div>
      <div className={group}>
        <label htmlFor="ledger-from">{t('filters.from')}</label>
        <input id="ledger-from" name="from" type="date" defaultValue={filter.from} className={field} />
      </div>
      <div className={group}>
        <label htmlFor="ledger-to">{t('filters.to')}</label>
        <input id="ledger-to" name="to" type="date" defaultValue={filter.to} className={field} />
      </div>
      <div className={group}>
        <label htmlFor="ledger-department">{t('filters.department')}</label>
        <select id="ledger-department" name="department" defaultValue={filter.department ?? ''} className={field}>
          <option value="">{t('filters.allDepartments')}</option>
          {departments.map((department) => (
            <option key={department.id} value={department.id}>
              {department.name}
            </option>
          ))}
        </select>
      </div>
      <div className={group}>
        <label htmlFor="ledger-status">{t('filters.status')}</label>
        <select id="ledger-status" name="status" defaultValue={filter.status ?? ''} className={field}>
          <option value="">{t('filters.allStatuses')}</option>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {t(`statuses.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className={group}>
        <label htmlFor="ledger-kind">{t('filters.kind')}</label>
        <select id="ledger-kind" name="kind" defaultValue={filter.kind ?? ''} className={field}>
          <option value="">{t('filters.allKinds')}</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className={group}>
        <label htmlFor="ledger-person">{t('filters.person')}</label>
        <input
          id="ledger-person"
          name="person"
          type="search"
          defaultValue={filter.person}
          aria-describedby="ledger-person-hint"
          maxLength={80}
          className={field}
        />
        <span id="ledger-person-hint" className="text-sm font-normal text-muted">
          {t('filters.personHint')}
        </span>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="min-h-11 w-full rounded bg-brand px-4 font-semibold text-white sm:w-auto">
          {t('filters.apply')}
        </button>
        <Link href="/reports/ledger" className="text-brand underline">
          {t('filters.clear')}
        </Link>
      </div>
    </form>
  );
}
