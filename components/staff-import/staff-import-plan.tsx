'use client';

import { useTranslations } from 'next-intl';
import type { StaffPlanSummary } from '@/modules/users/staff-import';

/** The dry run's plan: counts, then the new and the changed people as cards (phone first). */
export function StaffImportPlan({ plan }: { plan: StaffPlanSummary }) {
  const t = useTranslations('staffImport');
  const empty = (value: string | null) => value || t('emptyValue');
  return (
    <section aria-labelledby="staff-import-plan" className="mt-6">
      <h2 id="staff-import-plan" className="text-xl font-bold">
        {t('planHeading')}
      </h2>
      <ul className="mt-2 grid gap-1">
        <li>{t('newCount', { count: plan.newCount })}</li>
        <li>{t('changedCount', { count: plan.changedCount })}</li>
        <li>{t('unchangedCount', { count: plan.unchangedCount })}</li>
      </ul>
      {plan.newCount === 0 && plan.changedCount === 0 && <p className="mt-2 font-semibold">{t('nothingToChange')}</p>}
      {plan.newPeople.length > 0 && (
        <>
          <h3 className="mt-4 text-lg font-bold">{t('newHeading')}</h3>
          {plan.newCount > plan.newPeople.length && (
            <p className="text-sm text-muted">
              {t('peopleShown', { shown: plan.newPeople.length, count: plan.newCount })}
            </p>
          )}
          <ul className="mt-2 grid gap-2">
            {plan.newPeople.map((person) => (
              <li key={person.email} className="rounded border border-line p-3 break-words">
                <p className="font-semibold">{person.name}</p>
                <p className="text-sm">{person.email}</p>
                <p className="text-sm text-muted">
                  {[
                    `${t('columns.employeeNumber')}: ${person.employeeNumber}`,
                    `${t('columns.department')}: ${person.department}`,
                    `${t('columns.costCentre')}: ${empty(person.costCentre)}`,
                  ].join(' · ')}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.changedPeople.length > 0 && (
        <>
          <h3 className="mt-4 text-lg font-bold">{t('changedHeading')}</h3>
          {plan.changedCount > plan.changedPeople.length && (
            <p className="text-sm text-muted">
              {t('peopleShown', { shown: plan.changedPeople.length, count: plan.changedCount })}
            </p>
          )}
          <ul className="mt-2 grid gap-2">
            {plan.changedPeople.map((person) => (
              <li key={person.email} className="rounded border border-line p-3 break-words">
                <p className="font-semibold">{person.name}</p>
                <p className="text-sm">{person.email}</p>
                <ul className="mt-1 grid gap-1 text-sm">
                  {person.changes.map((change) => (
                    <li key={change.field}>
                      {t('change', {
                        field: t(`columns.${change.field}`),
                        before: empty(change.before),
                        after: empty(change.after),
                      })}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
