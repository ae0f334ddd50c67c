'use client';

import { useTranslations } from 'next-intl';
import type { StaffProblem } from '@/modules/users/staff-import-file';

/** Each problem by the spreadsheet row and column it is on; three short columns fit a phone. */
export function StaffImportProblems({ problems, problemCount }: { problems: StaffProblem[]; problemCount: number }) {
  const t = useTranslations('staffImport');
  if (problems.length === 0) return null;
  return (
    <section aria-labelledby="staff-import-problems" className="mt-6">
      <h2 id="staff-import-problems" className="text-xl font-bold">
        {t('problemsHeading', { count: problemCount })}
      </h2>
      {problemCount > problems.length && (
        <p className="mt-1 text-sm text-muted">{t('problemsShown', { shown: problems.length, count: problemCount })}</p>
      )}
      <table className="mt-2 w-full border-collapse text-left">
        <caption className="sr-only">{t('problemsCaption')}</caption>
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col" className="py-2 pr-2 align-bottom">
              {t('rowColumn')}
            </th>
            <th scope="col" className="py-2 pr-2 align-bottom">
              {t('columnColumn')}
            </th>
            <th scope="col" className="py-2 align-bottom">
              {t('problemColumn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            <tr
              key={`${problem.row}-${problem.column}-${problem.code}-${index}`}
              className="border-b border-line align-top"
            >
              <td className="py-2 pr-2 tabular-nums">{problem.row ?? t('wholeFile')}</td>
              <td className="py-2 pr-2 break-words">{problem.column ? t(`columns.${problem.column}`) : '–'}</td>
              <td className="py-2 break-words">
                {t(`problems.${problem.code}`, { otherRow: problem.otherRow ?? 0, value: problem.value ?? '' })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
