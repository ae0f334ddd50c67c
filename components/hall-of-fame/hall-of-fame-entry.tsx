import { useTranslations } from 'next-intl';
import { useFormat } from '@/modules/i18n/format';
import { Link } from '@/modules/i18n/navigation';
import { ideaPath } from '@/modules/ideas/slug';
import type { HallOfFameEntry as Entry } from '@/modules/rewards/hall-of-fame';

/** An implemented idea and the people behind it who agreed to be named; the others only counted. */
export function HallOfFameEntry({ entry }: { entry: Entry }) {
  const t = useTranslations('hallOfFame');
  const format = useFormat();
  const names = entry.named.join(', ');
  // Nobody named and nobody counted only on an anonymous idea: a neutral line that tells nothing more.
  const people =
    entry.named.length === 0
      ? entry.unnamedCount > 0
        ? t('othersOnly', { count: entry.unnamedCount })
        : t('anonymous')
      : entry.unnamedCount > 0
        ? t('peopleAndOthers', { names, count: entry.unnamedCount })
        : t('people', { names, count: entry.named.length });

  return (
    <li className="rounded-lg border border-line bg-white p-4">
      <h2 className="text-lg font-bold">
        <Link href={ideaPath(entry.idea)} className="text-brand underline underline-offset-4">
          {entry.idea.title}
        </Link>
      </h2>
      <p className="mt-1 text-sm text-muted">{t('implementedOn', { date: format.date(entry.implementedAt) })}</p>
      <p className="mt-2">{people}</p>
    </li>
  );
}
