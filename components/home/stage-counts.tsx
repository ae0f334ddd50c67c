import { useTranslations } from 'next-intl';
import { useFormat } from '@/modules/i18n/format';
import { Link } from '@/modules/i18n/navigation';
import type { StageCounts } from '@/modules/ideas/front-page';

/** How many ideas are in each stage now, each a link to the list of those ideas, and this year's implemented. */
export function StageCountsSection({ counts }: { counts: StageCounts }) {
  const t = useTranslations('home.stages');
  const statuses = useTranslations('status');
  const format = useFormat();
  return (
    <section aria-labelledby="stages-heading" className="mt-8">
      <h2 id="stages-heading" className="text-2xl font-bold">
        {t('heading')}
      </h2>
      <p className="mt-2 text-lg font-semibold">{t('implementedThisYear', { count: counts.implementedThisYear })}</p>
      <ul className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {counts.stages.map((stage) => (
          <li key={stage.status}>
            <Link
              href={{ pathname: '/ideas', query: { status: stage.status } }}
              className="flex min-h-20 flex-col justify-center rounded-lg border border-line bg-surface px-4 py-3 hover:border-brand"
            >
              <span className="text-3xl font-extrabold text-brand">{format.number(stage.count)}</span>
              <span className="font-semibold underline underline-offset-4">{statuses(stage.status)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
