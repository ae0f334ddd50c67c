import { getTranslations } from 'next-intl/server';
import type { ReportPeriod } from '@/modules/reports/period';

const group = 'flex max-w-full flex-col font-semibold';
const field = 'mt-1 min-h-11 w-full max-w-full rounded border border-line bg-white px-2 font-normal sm:w-auto';

interface PeriodFilterProps {
  period: ReportPeriod;
  /** Given when the report can be narrowed to one department. */
  departments?: { id: string; name: string }[];
}

/** A plain GET form: the period lives in the address, so the page and its downloads agree. */
export async function PeriodFilter({ period, departments }: PeriodFilterProps) {
  const t = await getTranslations('reports.charts.period');
  return (
    <form
      method="get"
      role="search"
      aria-label={t('heading')}
      className="mt-4 grid gap-3 sm:flex sm:flex-wrap sm:items-end"
    >
      <div className={group}>
        <label htmlFor="period-from">{t('from')}</label>
        <input id="period-from" name="from" type="date" defaultValue={period.from} className={field} />
      </div>
      <div className={group}>
        <label htmlFor="period-to">{t('to')}</label>
        <input id="period-to" name="to" type="date" defaultValue={period.to} className={field} />
      </div>
      {departments && (
        <div className={group}>
          <label htmlFor="period-department">{t('department')}</label>
          <select id="period-department" name="department" defaultValue={period.department ?? ''} className={field}>
            <option value="">{t('allDepartments')}</option>
            {departments.map((department) => (
              <option key={department.id} value={department.id}>
                {department.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className="min-h-11 rounded bg-brand px-4 font-semibold text-white">
        {t('apply')}
      </button>
    </form>
  );
}
