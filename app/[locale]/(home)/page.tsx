import { getTranslations, setRequestLocale } from 'next-intl/server';
import { connection } from 'next/server';
import { IdeaCard } from '@/components/idea-card';
import { listNewestPublicIdeas } from '@/modules/ideas/queries';
import { checkedParams } from '@/modules/i18n/page-params';
import { db } from '@/modules/platform/db';

interface HomePageProps {
  params: Promise<{ locale: string }>;
}

export default async function HomePage({ params }: HomePageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations('home');
  const ideas = await listNewestPublicIdeas(db, locale);

  return (
    <>
      <section aria-labelledby="home-heading" className="rounded-lg bg-surface px-5 py-6 sm:px-8 sm:py-8">
        <h1 id="home-heading" className="text-3xl font-extrabold text-brand sm:text-4xl">
          {t('heading')}
        </h1>
        <p className="mt-3 max-w-prose text-lg">{t('lead')}</p>
      </section>

      <section aria-labelledby="newest-heading" className="mt-8">
        <h2 id="newest-heading" className="text-2xl font-bold">
          {t('newestIdeas')}
        </h2>
        {ideas.length === 0 ? (
          <p className="mt-4">{t('noIdeas')}</p>
        ) : (
          <ul className="mt-4 grid gap-4 md:grid-cols-2">
            {ideas.map((idea) => (
              <li key={idea.id}>
                <IdeaCard idea={idea} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
