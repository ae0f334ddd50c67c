import { getTranslations } from 'next-intl/server';
import { formatEurosWithCents, formatNumber } from '@/modules/i18n/format';
import type { PayrollLineRow } from '@/modules/rewards/payroll-batches';

/** A line with its earning period written as the payroll file writes it. */
export type BatchLine = PayrollLineRow & { earningPeriod: string };

/**
 * A batch's lines as payroll gets them: cards up to tablet width, a table on wider screens. The
 * table scrolls inside its own labelled region if it is wider than the page, never the page itself.
 */
export async function BatchLines({ lines }: { lines: BatchLine[] }) {
  const [t, columns] = await Promise.all([
    getTranslations('rewards.payroll.batch'),
    getTranslations('rewards.payroll.file.columns'),
  ]);
  const gross = (line: PayrollLineRow) => formatEurosWithCents(line.grossCents / 100);
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
              <span className="font-semibold whitespace-nowrap tabular-nums">{gross(line)}</span> (
              <span className="whitespace-nowrap">{share(line)}</span>) · {columns('payCode')} {line.payCode}
            </p>
            <p className="text-sm">
              {columns('socialInsuranceDue')}: {social(line)} · {columns('costCentre')}: {line.costCentre || '–'}
            </p>
            <p className="text-sm">
              {columns('earningPeriod')}: <span className="whitespace-nowrap">{line.earningPeriod}</span> ·{' '}
              {columns('decisionNumber')}: {line.decisionNumber} · {columns('ideaNumber')}: {line.ideaId}
            </p>
          </li>
        ))}
      </ul>
      <div
        role="region"
        aria-label={t('linesTable')}
        // A region that scrolls must be reachable by keyboard to be scrolled (WCAG 2.1.1).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        className="mt-3 hidden max-w-full overflow-x-auto lg:block"
      >
        <table aria-labelledby="batch-lines-heading" className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-line bg-surface align-bottom">
              <th scope="col" className="px-1.5 py-2">
                {columns('employeeNumber')}
              </th>
              <th scope="col" className="px-1.5 py-2">
                {columns('name')}
              </th>
              <th scope="col" className="px-1.5 py-2">
                {columns('payCode')}
              </th>
              <th scope="col" className="px-1.5 py-2 text-right">
                {columns('gross')}
              </th>
              <th scope="col" className="px-1.5 py-2">
                {columns('socialInsuranceDue')}
              </th>
              <th scope="col" className="px-1.5 py-2">
                {columns('costCentre')}
              </th>
              <th scope="col" className="px-1.5 py-2">
                {columns('earningPeriod')}
              </th>
              <th scope="col" className="px-1.5 py-2">
                {columns('decisionNumber')}
              </th>
              <th scope="col" className="px-1.5 py-2 text-right">
                {columns('ideaNumber')}
              </th>
              <th scope="col" className="px-1.5 py-2 text-right whitespace-nowrap">
                {columns('share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.id} className="border-b border-line align-top">
                <td className="px-1.5 py-2">{line.employeeNumber}</td>
                <td className="px-1.5 py-2">{line.name}</td>
                <td className="px-1.5 py-2">{line.payCode}</td>
                <td className="px-1.5 py-2 text-right whitespace-nowrap tabular-nums">{gross(line)}</td>
                <td className="px-1.5 py-2">{social(line)}</td>
                <td className="px-1.5 py-2">{line.costCentre}</td>
                <td className="px-1.5 py-2 whitespace-nowrap tabular-nums">{line.earningPeriod}</td>
                <td className="px-1.5 py-2">{line.decisionNumber}</td>
                <td className="px-1.5 py-2 text-right tabular-nums">{line.ideaId}</td>
                <td className="px-1.5 py-2 text-right whitespace-nowrap tabular-nums">{share(line)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
