import { Lightbulb } from 'lucide-react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { connection } from 'next/server';
import { cardVoteTexts } from '@/components/card-votes/texts';
import { IdeaListSection } from '@/components/home/idea-list-section';
import { NeedingAction } from '@/components/home/needing-action';
import { OpenCampaigns } from '@/components/home/open-campaigns';
import { StageCountsSection } from '@/components/home/stage-counts';
import { FeedLink } from '@/components/widget/feed-link';
import { loadOpenCampaigns } from '@/modules/campaigns/public';
import { frontPageLists, loadFrontPageLists, loadStageCounts } from '@/modules/ideas/front-page';
import { clientMessages } from '@/modules/i18n/client-messages';
import { checkedParams } from '@/modules/i18n/page-params';
import { Link } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';

interface HomePageProps {
  params: Promise<{ locale: string }>;
}

// The same page for every reader, served from the page store (decision 0008): the reader's own
// ideas and votes are filled in by the browser.
export default async function HomePage({ params }: HomePageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  await connection();
  const [t, thanks, lists, stageCounts, openCampaigns, messages] = await Promise.all([
    getTranslations('home'),
    getTranslations('hallOfFame'),
    loadFrontPageLists(db, locale),
    loadStageCounts(db),
    loadOpenCampaigns(db, locale),
    getMessages(),
  ]);

  return (
    <>
      <FeedLink />
      <section aria-labelledby="home-heading" className="rounded-lg bg-surface px-5 py-6 sm:px-8 sm:py-8">
        <h1 id="home-heading" className="text-3xl font-extrabold text-brand sm:text-4xl">
          {t('heading')}
        </h1>
        <p className="mt-3 max-w-prose text-lg">{t('lead')}</p>
        {/* Signed out, the form's page sends the reader through sign-in. */}
        <Link
          href="/ideas/new"
          aria-describedby="share-idea-hint"
          className="mt-5 flex min-h-14 w-full items-center justify-center gap-2 rounded-lg bg-brand px-6 text-xl font-bold text-white shadow-sm sm:inline-flex sm:w-auto"
        >
          <Lightbulb aria-hidden="true" size={24} />
          {t('shareIdea')}
        </Link>
        <p id="share-idea-hint" className="mt-2 text-muted">
          {t('shareIdeaHint')}
        </p>
      </section>

      {/* Stored until the next campaign opens or closes (modules/campaigns/shared-pages.ts). */}
      <OpenCampaigns campaigns={openCampaigns} />

      <NextIntlClientProvider messages={clientMessages(messages, [...cardVoteTexts, 'home.needingAction'])}>
        <NeedingAction />
        <IdeaListSection
          id="trending-heading"
          heading={t('trending')}
          ideas={lists.trending}
          empty={t('noIdeas')}
          seeAll={{ href: { pathname: '/ideas', query: frontPageLists.trending }, label: t('seeAllTrending') }}
        />
        <IdeaListSection
          id="implemented-heading"
          heading={t('recentlyImplemented')}
          ideas={lists.implemented}
          empty={t('noImplemented')}
          seeAll={{ href: { pathname: '/ideas', query: frontPageLists.implemented }, label: t('seeAllImplemented') }}
        />
      </NextIntlClientProvider>
      <p className="mt-4">
        <Link href="/thanks" className="text-brand underline underline-offset-4">
          {thanks('homeLink')}
        </Link>
      </p>
      <StageCountsSection counts={stageCounts} />
    </>
  );
}
