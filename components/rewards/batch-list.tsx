import { getTranslations } from 'next-intl/server';
import { formatDate, formatEuros } from '@/modules/i18n/format';
import { Link } from '@/modules/i18n/navigation';
import type { PayrollBatchSummary } from '@/modules/rewards/payroll-batches';

/** The latest batches: number, payment month, lines, total, paid or not. Cards on a phone, a table on wide screens. */
export async function BatchList({
  batches,
  monthLabel,
  limit,
}: {
  batches: PayrollBatchSummary[];
  monthLabel: (month: Date) => string;
  /** How many the list is limited to, when it may leave older batches out. */
  limit?: number;
}) {
  const t = await getTranslations('rewards.payroll.list');
  const state = (batch: PayrollBatchSummary) =>
    batch.paidAt ? t('paidOn', { date: formatDate(batch.paymentDate ?? batch.paidAt) }) : t('unpaid');
  const link = (batch: PayrollBatchSummary) => (
    <Link href={`/rewards/batches/${batch.id}`} className="font-semibold text-brand underline">
      {t('batch', { id: batch.id })}
    </Link>
  );
  return (
    <section aria-labelledby="batch-list-heading" className="mt-10">
      <h2 id="batch-list-heading" className="text-xl font-bold">
        {t('heading')}
      </h2>
      {batches.length === 0 ? (
        <p className="mt-2">{t('empty')}</p>
      ) : (
        <>
          {limit !== undefined && <p className="mt-1 text-sm text-muted">{t('limit', { count: limit })}</p>}
          <ul className="mt-3 grid gap-2 md:hidden">
            {batches.map((batch) => (
              <li key={batch.id} className="rounded border border-line p-3">
                <p>{link(batch)}</p>
                <p>
                  {monthLabel(batch.paymentMonth)} · {t('linesCount', { count: batch.lineCount })}
                </p>
                <p>
                  <span className="font-semibold tabular-nums">{formatEuros(batch.totalCents / 100)}</span> ·{' '}
                  {state(batch)}
                </p>
              </li>
            ))}
          </ul>
          <table className="mt-3 hidden w-full text-left md:table">
            <thead>
              <tr className="border-b border-line bg-surface">
                <th scope="col" className="p-2">
                  {t('number')}
                </th>
                <th scope="col" className="p-2">
                  {t('month')}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t('lines')}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t('total')}
                </th>
                <th scope="col" className="p-2">
                  {t('state')}
                </th>
              </tr>
            </thead>
            <tbody>
              {batches.map((batch) => (
                <tr key={batch.id} className="border-b border-line">
                  <td className="p-2">{link(batch)}</td>
                  <td className="p-2">{monthLabel(batch.paymentMonth)}</td>
                  <td className="p-2 text-right tabular-nums">{batch.lineCount}</td>
                  <td className="p-2 text-right whitespace-nowrap tabular-nums">
                    {formatEuros(batch.totalCents / 100)}
                  </td>
                  <td className="p-2">{state(batch)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
