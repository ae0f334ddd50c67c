import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { MyIdeaItem } from '@/components/my-ideas/my-idea-item';
import { getCurrentUser } from '@/modules/access/current-user';
import { listMyIdeas, myIdeaGroups } from '@/modules/ideas/my-ideas';
import { checkedParams } from '@/modules/i18n/page-params';
import { Link, redirect } from '@/modules/i18n/navigation';
import { mayOpen, menuEntries } from '@/modules/navigation/menu';
import { db } from '@/modules/platform/db';

interface MyIdeasPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: MyIdeasPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'myIdeas' });
  return { title: t('title'), robots: { index: false } };
}

/** The reader's own ideas, rendered for them on every request (never in the shared page store). */
export default async function MyIdeasPage({ params }: MyIdeasPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  // The same permission as its menu entry, so the menu never offers a page that refuses.
  if (!mayOpen(actor, menuEntries.myIdeas)) notFound();
  const [t, ideas] = await Promise.all([getTranslations('myIdeas'), listMyIdeas(db, actor)]);
  if (!ideas) return redirect({ href: '/sign-in', locale });
  const now = new Date();
  const shown = myIdeaGroups.filter((group) => ideas[group].length > 0);

  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-extrabold text-brand">{t('title')}</h1>
      {shown.length === 0 ? (
        <div className="mt-4">
          <p>{t('empty')}</p>
          <p className="mt-4">
            <Link
              href="/ideas/new"
              className="inline-flex min-h-11 items-center rounded bg-brand px-5 text-lg font-semibold text-white"
            >
              {t('emptyAction')}
            </Link>
          </p>
        </div>
      ) : (
        <>
          <p className="mt-2 text-muted">{t('intro')}</p>
          {shown.map((group) => (
            <section key={group} aria-labelledby={`my-ideas-${group}`} className="mt-8">
              <h2 id={`my-ideas-${group}`} className="text-xl font-bold">
                {t(`groups.${group}`)} ({ideas[group].length})
              </h2>
              <ul className="mt-3 grid gap-3">
                {ideas[group].map((idea) => (
                  <MyIdeaItem key={idea.id} idea={idea} group={group} now={now} />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
