import { getTranslations } from 'next-intl/server';
import { Link } from '@/modules/i18n/navigation';
import type { MissingEmployeeNumber } from '@/modules/rewards/payroll';

/** Who is paid by a ready reward and has no employee number: each named, with a link to add it. */
export async function BatchMissingNumbers({ people }: { people: MissingEmployeeNumber[] }) {
  if (people.length === 0) return null;
  const t = await getTranslations('rewards.payroll.missing');
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
              {person.departmentName ?? t('noDepartment')} ·{' '}
              {t('cases', { ids: person.caseIds.map((id) => `#${id}`).join(', ') })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
