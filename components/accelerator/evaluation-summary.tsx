import { getTranslations } from 'next-intl/server';
import type { EvaluationRow, EvaluationSummary as Summary } from '@/modules/accelerator/evaluation-queries';
import { getFormat } from '@/modules/i18n/get-format';

/** One decimal, the Finnish way (3,6): enough to tell scorecards apart without false precision. */
const oneDecimal = new Intl.NumberFormat('fi-FI', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * Everyone's evaluations of one idea: the weighted total with how many criteria it rests on, each
 * criterion's average (a criterion nobody scored reads "not scored", never 0), each evaluator's
 * scores and numbers, and who has not submitted yet.
 */
export async function EvaluationSummary({ summary, headingLevel = 2 }: { summary: Summary; headingLevel?: 2 | 3 | 4 }) {
  const [t, format] = await Promise.all([getTranslations('accelerator.evaluation'), getFormat()]);
  const Heading = `h${headingLevel}` as const;
  const Subheading = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';
  const { criteria, summary: scores, submitted, pending } = summary;
  const euros = (cents: number | null) => (cents === null ? t('notGiven') : format.euros(cents / 100));
  const duties = (row: EvaluationRow) =>
    row.withinOwnDuties === null ? t('unknown') : row.withinOwnDuties ? t('yes') : t('no');

  return (
    <section aria-labelledby="evaluation-summary-heading" className="mt-6">
      <Heading id="evaluation-summary-heading" className="text-xl font-bold">
        {t('summaryHeading')}
      </Heading>
      <p className="mt-1 text-muted">{t('submittedCount', { count: submitted.length })}</p>
      <div className="mt-3 rounded border border-line bg-surface p-3">
        <p className="font-semibold">{t('weightedTotal')}</p>
        {scores.total === null ? (
          <p>{t('noScores')}</p>
        ) : (
          <p>
            <span className="text-2xl font-extrabold">
              {t('totalValue', { total: oneDecimal.format(scores.total) })}
            </span>{' '}
            <span>{t('restsOn', { scored: scores.criteriaScored, count: scores.criteriaCount })}</span>
          </p>
        )}
      </div>

      <div className="mt-4">
        <table className="w-full text-left">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-3">
                {t('criterionColumn')}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t('weightColumn')}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t('averageColumn')}
              </th>
              <th scope="col" className="py-2">
                {t('scoredByColumn')}
              </th>
            </tr>
          </thead>
          <tbody>
            {criteria.map((criterion) => {
              const average = scores.averages.find((entry) => entry.criterionId === criterion.id);
              return (
                <tr key={criterion.id} className="border-b border-line">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    {criterion.name}
                  </th>
                  <td className="py-2 pr-3">{t('weightValue', { weight: criterion.weight })}</td>
                  <td className="py-2 pr-3">
                    {average?.average == null ? (
                      <span className="text-muted italic">{t('missing')}</span>
                    ) : (
                      oneDecimal.format(average.average)
                    )}
                  </td>
                  <td className="py-2">{average?.scoredBy ?? 0}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {submitted.length > 0 && (
        <>
          <Subheading className="mt-6 text-lg font-bold">{t('evaluationsHeading')}</Subheading>
          <ul className="mt-2 grid gap-3">
            {submitted.map((row) => (
              <li key={row.evaluatorId} className="rounded border border-line p-3">
                <p className="font-semibold">
                  {row.evaluatorName}{' '}
                  <span className="font-normal text-muted">
                    {row.submittedAt && t('submittedOn', { date: format.date(row.submittedAt) })}
                  </span>
                </p>
                <ul className="mt-1 flex flex-wrap gap-x-4">
                  {criteria.map((criterion) => (
                    <li key={criterion.id}>
                      {t('scoreLine', {
                        criterion: criterion.name,
                        score: row.scores[criterion.id] ?? t('missing'),
                      })}
                    </li>
                  ))}
                </ul>
                {row.justification && <p className="mt-2 whitespace-pre-line">{row.justification}</p>}
                <dl className="mt-2 grid gap-x-4 sm:grid-cols-[auto_1fr]">
                  <dt className="font-semibold">{t('estimatedSavings')}</dt>
                  <dd>{euros(row.estimatedSavingsCents)}</dd>
                  <dt className="font-semibold">{t('oneOffCost')}</dt>
                  <dd>{euros(row.oneOffCostCents)}</dd>
                  <dt className="font-semibold">{t('personDays')}</dt>
                  <dd>{row.personDays === null ? t('notGiven') : format.number(row.personDays)}</dd>
                  <dt className="font-semibold">{t('withinOwnDuties')}</dt>
                  <dd>{duties(row)}</dd>
                  <dt className="font-semibold">{t('costCentre')}</dt>
                  <dd>{row.costCentre ?? t('notGiven')}</dd>
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}

      <Subheading className="mt-6 text-lg font-bold">{t('pendingHeading')}</Subheading>
      {pending.length === 0 ? (
        <p className="mt-1">{t('nonePending')}</p>
      ) : (
        <ul className="mt-1 list-disc pl-6">
          {pending.map((row) => (
            <li key={row.evaluatorId}>
              {row.evaluatorName}{' '}
              <span className="text-muted">({t('invitedOn', { date: format.date(row.invitedAt) })})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
