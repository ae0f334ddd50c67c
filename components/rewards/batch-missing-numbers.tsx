import { getTranslations } from 'next-intl/server';
import { Link } from '@/modules/i18n/navigation';
import type { MissingEmployeeNumber } from '@/modules/rewards/payroll';

type ReadyTranslator = (key: 'case' | 'idea', values: { id: number }) => string;

/** "Tapaus 25 · Aloite 71 · <title>": how the batches page names a case, in the red box and in the list alike. */
export function caseTitle(t: ReadyTranslator, rewardCase: { id: number; ideaId: number; ideaTitle: string }): string {
  return `${t('case', { id: rewardCase.id })} · ${t('idea', { id: rewardCase.ideaId })} · ${rewardCase.ideaTitle}`;
}

/** Who is paid by a ready reward and has no employee number: each named, with a link to add it. */
export async function BatchMissingNumbers({ people }: { people: MissingEmployeeNumber[] }) {
  if (people.length === 0) return null;
  const [t, ready] = await Promise.all([
    getTranslations('rewards.payroll.missing'),
    getTranslations('rewards.payroll.ready'),
  ]);
  return (
    <section aria-labelledby="missing-numbers-heading" className="mt-6 rounded border-4 border-red-700 p-4">
      <h2 id="missing-numbers-heading" className="text-xl font-bold">
        {t('heading')}
      </h2>
      <p className="mt-1 max-w-prose">{t('intro')}</p>
      <ul className="mt-3 grid gap-2">
        {people.map((person) => (
          <li key={person.userId} className="break-words">
            <Link href={person.adminHref} className="font-semibold text-brand underline">
              {person.name}
            </Link>
            <span className="block text-sm sm:inline">
              {' · '}
              {person.departmentName ?? t('noDepartment')}
            </span>
            <span className="block text-sm">{t('cases', { count: person.cases.length })}</span>
            <ul className="ml-4 list-disc text-sm">
              {person.cases.map((rewardCase) => (
                <li key={rewardCase.id}>{caseTitle((key, values) => ready(key, values), rewardCase)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
