import { getTranslations } from 'next-intl/server';
import { formatEuros, formatNumber } from '@/modules/i18n/format';
import type { LedgerTotals as Totals } from '@/modules/reports/ledger';

/** Count and sum of every row the filter matches, and the same per status. */
export async function LedgerTotals({ totals }: { totals: Totals }) {
  const t = await getTranslations('reports.ledger');
  return (
    <section aria-labelledby="ledger-totals" className="mt-6 rounded border border-line p-4">
      <h2 id="ledger-totals" className="text-xl font-bold">
        {t('totals.heading')}
      </h2>
      <p className="mt-1 text-lg">
        <span className="font-semibold">{t('totals.rows', { count: totals.count })}</span>
        {' · '}
        <span>
          {t('totals.amount')}: <span className="font-semibold">{formatEuros(totals.amountCents / 100)}</span>
        </span>
      </p>
      {totals.byStatus.length > 0 && (
        <table className="mt-3 w-full max-w-md text-left">
          <caption className="text-left font-semibold">{t('totals.byStatus')}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1 pr-3">
                {t('totals.status')}
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                {t('totals.count')}
              </th>
              <th scope="col" className="py-1 text-right">
                {t('totals.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {totals.byStatus.map((row) => (
              <tr key={row.status} className="border-b border-line">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {t(`statuses.${row.status}`)}
                </th>
                <td className="py-1 pr-3 text-right tabular-nums">{formatNumber(row.count)}</td>
                <td className="py-1 text-right tabular-nums">{formatEuros(row.amountCents / 100)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
