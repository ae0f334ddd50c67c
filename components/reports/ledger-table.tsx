import { getTranslations } from 'next-intl/server';
import { formatDate, formatEuros } from '@/modules/i18n/format';
import { Link } from '@/modules/i18n/navigation';
import type { LedgerRow } from '@/modules/reports/ledger';
import { formatPercent } from './chart-text';

/**
 * The ledger's rows: a list of cards up to tablet width, a six-column table on wider screens (no
 * sideways scrolling on a phone). Each idea opens its reward case.
 */
export async function LedgerTable({ rows }: { rows: LedgerRow[] }) {
  const t = await getTranslations('reports.ledger');
  const day = (date: Date | null) => (date ? formatDate(date) : t('noDecision'));
  const share = (row: LedgerRow) => formatPercent(row.shareBasisPoints);
  const idea = (row: LedgerRow) => (
    <Link href={`/rewards/${row.caseId}`} className="text-brand underline">
      {t('ideaLabel', { id: row.ideaId, title: row.ideaTitle })}
    </Link>
  );
  const decision = (row: LedgerRow) =>
    row.decisionNumber ? `${row.decisionNumber}, ${day(row.decisionDate)}` : t('noDecision');
  if (rows.length === 0) return <p className="mt-4">{t('empty')}</p>;

  return (
    <>
      <ul className="mt-4 grid gap-2 lg:hidden" aria-label={t('tableCaption')}>
        {rows.map((row) => (
          <li key={`${row.caseId}.${row.userId}`} className="rounded border border-line p-3 break-words">
            <p className="font-semibold">{idea(row)}</p>
            <p>
              {row.recipientName}
              {row.employeeNumber && ` · ${row.employeeNumber}`}
              {row.departmentName && ` · ${row.departmentName}`}
            </p>
            <p className="text-sm">
              {t(`kinds.${row.kind}`)} · {t(`statuses.${row.status}`)} · {t('columns.decisionNumber')}: {decision(row)}
            </p>
            <p>
              <span className="font-semibold">{formatEuros(row.amountCents / 100)}</span> ({share(row)})
              {row.paidOn && ` · ${t('columns.paidOn')} ${day(row.paidOn)}`}
            </p>
          </li>
        ))}
      </ul>
      <table className="mt-4 hidden w-full text-left text-sm lg:table">
        <caption className="p-2 text-left font-semibold">{t('tableCaption')}</caption>
        <thead>
          <tr className="border-b border-line bg-surface">
            <th scope="col" className="p-2">
              {t('columns.ideaTitle')}
            </th>
            <th scope="col" className="p-2">
              {t('columns.recipient')}
            </th>
            <th scope="col" className="p-2">
              {t('columns.status')}
            </th>
            <th scope="col" className="p-2">
              {t('columns.decisionNumber')}
            </th>
            <th scope="col" className="p-2 text-right">
              {t('columns.amount')}
            </th>
            <th scope="col" className="p-2">
              {t('columns.paidOn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.caseId}.${row.userId}`} className="border-b border-line align-top">
              <td className="p-2">
                {idea(row)}
                <span className="block text-muted">{t(`kinds.${row.kind}`)}</span>
              </td>
              <td className="p-2">
                {row.recipientName}
                <span className="block text-muted">
                  {[row.employeeNumber, row.departmentName].filter(Boolean).join(' · ')}
                </span>
              </td>
              <td className="p-2">{t(`statuses.${row.status}`)}</td>
              <td className="p-2">{decision(row)}</td>
              <td className="p-2 text-right whitespace-nowrap tabular-nums">
                <span className="font-semibold">{formatEuros(row.amountCents / 100)}</span>
                <span className="block text-muted">{share(row)}</span>
              </td>
              <td className="p-2 whitespace-nowrap">{row.paidOn ? day(row.paidOn) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
