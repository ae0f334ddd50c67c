import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { HallOfFameEntry } from '@/components/hall-of-fame/hall-of-fame-entry';
import { Pagination } from '@/components/pagination';
import { getCurrentUser } from '@/modules/access/current-user';
import { checkedParams } from '@/modules/i18n/page-params';
import { redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import { hallOfFame } from '@/modules/rewards/hall-of-fame';

interface ThanksPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ page?: string }>;
}

export async function generateMetadata({ params }: ThanksPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'hallOfFame' });
  return { title: t('title') };
}

/**
 * Kiitos!: implemented ideas and the people who agreed to be named. Rendered on every request and
 * never stored (docs/decisions/0030): a withdrawn consent must disappear at once.
 */
export default async function ThanksPage({ params, searchParams }: ThanksPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  const { page } = await searchParams;
  const [t, result] = await Promise.all([getTranslations('hallOfFame'), hallOfFame(db, actor, Number(page ?? 1))]);
  if (!result) return redirect({ href: '/sign-in', locale });

  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-extrabold text-brand">{t('title')}</h1>
      <p className="mt-2">{t('intro')}</p>
      <p className="mt-1 text-sm text-muted">{t('consentNote')}</p>
      {result.entries.length === 0 ? (
        <p className="mt-6">{t('empty')}</p>
      ) : (
        <ul aria-label={t('title')} className="mt-6 grid gap-3">
          {result.entries.map((entry) => (
            <HallOfFameEntry key={entry.idea.id} entry={entry} />
          ))}
        </ul>
      )}
      <Pagination
        page={result.page}
        pages={result.pages}
        hrefFor={(target) => ({ pathname: '/thanks', query: { page: String(target) } })}
        labels={{
          navigation: t('pagination'),
          previous: t('previous'),
          next: t('next'),
          position: t('position', { page: result.page, pages: result.pages }),
        }}
      />
    </div>
  );
}
