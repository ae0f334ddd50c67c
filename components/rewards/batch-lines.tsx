import { getTranslations } from 'next-intl/server';
import { formatDate, formatEuros, formatNumber } from '@/modules/i18n/format';
import type { PayrollLineRow } from '@/modules/rewards/payroll-batches';

/** A batch's lines as payroll gets them: cards up to tablet width, a table on wider screens. */
export async function BatchLines({ lines }: { lines: PayrollLineRow[] }) {
  const [t, columns] = await Promise.all([
    getTranslations('rewards.payroll.batch'),
    getTranslations('rewards.payroll.file.columns'),
  ]);
  const period = (line: PayrollLineRow) =>
    `${formatDate(line.earningPeriodStart)}–${formatDate(line.earningPeriodEnd)}`;
  const share = (line: PayrollLineRow) => `${formatNumber(line.shareBasisPoints / 100)} %`;
  const social = (line: PayrollLineRow) => (line.socialInsuranceDue ? t('yes') : t('no'));
  return (
    <section aria-labelledby="batch-lines-heading" className="mt-8">
      <h2 id="batch-lines-heading" className="text-xl font-bold">
        {t('linesHeading')}
      </h2>
      <ul className="mt-3 grid gap-2 lg:hidden">
        {lines.map((line) => (
          <li key={line.id} className="rounded border border-line p-3 break-words">
            <p className="font-semibold">
              {line.name} · {line.employeeNumber}
            </p>
            <p>
              <span className="font-semibold tabular-nums">{formatEuros(line.grossCents / 100)}</span> ({share(line)}) ·{' '}
              {columns('payCode')} {line.payCode}
            </p>
            <p className="text-sm">
              {t('socialInsuranceDue')}: {social(line)} · {columns('costCentre')}: {line.costCentre || '–'}
            </p>
            <p className="text-sm">
              {columns('earningPeriod')}: {period(line)} · {columns('decisionNumber')}: {line.decisionNumber} ·{' '}
              {columns('ideaNumber')}: {line.ideaId}
            </p>
          </li>
        ))}
      </ul>
      <div className="hidden lg:block">
        <table aria-labelledby="batch-lines-heading" className="mt-3 w-full text-left text-sm">
          <thead>
            <tr className="border-b border-line bg-surface">
              <th scope="col" className="p-2">
                {columns('employeeNumber')}
              </th>
              <th scope="col" className="p-2">
                {columns('name')}
              </th>
              <th scope="col" className="p-2">
                {columns('payCode')}
              </th>
              <th scope="col" className="p-2 text-right">
                {columns('gross')}
              </th>
              <th scope="col" className="p-2">
                {t('socialInsuranceDue')}
              </th>
              <th scope="col" className="p-2">
                {columns('costCentre')}
              </th>
              <th scope="col" className="p-2">
                {columns('earningPeriod')}
              </th>
              <th scope="col" className="p-2">
                {columns('decisionNumber')}
              </th>
              <th scope="col" className="p-2 text-right">
                {columns('ideaNumber')}
              </th>
              <th scope="col" className="p-2 text-right">
                {columns('share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.id} className="border-b border-line align-top">
                <td className="p-2">{line.employeeNumber}</td>
                <td className="p-2">{line.name}</td>
                <td className="p-2">{line.payCode}</td>
                <td className="p-2 text-right whitespace-nowrap tabular-nums">{formatEuros(line.grossCents / 100)}</td>
                <td className="p-2">{social(line)}</td>
                <td className="p-2">{line.costCentre}</td>
                <td className="p-2 whitespace-nowrap">{period(line)}</td>
                <td className="p-2">{line.decisionNumber}</td>
                <td className="p-2 text-right tabular-nums">{line.ideaId}</td>
                <td className="p-2 text-right tabular-nums">{share(line)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
