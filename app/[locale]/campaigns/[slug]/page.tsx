import type { Metadata } from 'next';
import { Lightbulb } from 'lucide-react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { CampaignFunnel } from '@/components/campaigns/campaign-funnel';
import { CampaignWindow } from '@/components/campaigns/campaign-window';
import { cardVoteTexts } from '@/components/card-votes/texts';
import { IdeaListView } from '@/components/ideas/idea-list-view';
import { MarkdownText } from '@/components/markdown';
import { getCampaign } from '@/modules/campaigns/public';
import { clientMessages } from '@/modules/i18n/client-messages';
import type { AppLocale } from '@/modules/i18n/locales';
import { Link } from '@/modules/i18n/navigation';
import { checkedParams } from '@/modules/i18n/page-params';
import { loadIdeaListPage } from '@/modules/ideas/list-page';
import { db } from '@/modules/platform/db';
import { campaignFunnel, insightStages } from '@/modules/reports/insight-funnel';

interface CampaignPageProps {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Read once per request, shared by the metadata and the page. */
const loadCampaign = cache(async (slug: string, locale: AppLocale) => getCampaign(db, slug, locale));

export async function generateMetadata({ params }: CampaignPageProps): Promise<Metadata> {
  const { locale, slug } = await checkedParams(params);
  const campaign = await loadCampaign(slug, locale);
  return campaign ? { title: campaign.title } : {};
}

// The same page for every reader, stored until a campaign or an idea changes or one opens or closes
// (modules/campaigns/shared-pages.ts). A closed campaign keeps its page, its ideas and its results.
export default async function CampaignPage({ params, searchParams }: CampaignPageProps) {
  const { locale, slug } = await checkedParams(params);
  setRequestLocale(locale);
  const campaign = await loadCampaign(slug, locale);
  if (!campaign) notFound();
  const [t, messages, list, funnel] = await Promise.all([
    getTranslations('campaignPages'),
    getMessages(),
    loadIdeaListPage(await searchParams, locale, { pathname: `/campaigns/${campaign.slug}`, campaign: campaign.id }),
    campaignFunnel(db, campaign.id),
  ]);

  return (
    <div>
      <p>
        <Link href="/campaigns" className="inline-flex min-h-11 items-center text-brand underline underline-offset-4">
          {t('allCampaigns')}
        </Link>
      </p>
      <h1 className="text-3xl font-extrabold text-brand">{campaign.title}</h1>
      <CampaignWindow {...campaign} className="mt-2 text-lg font-semibold" />
      <p className="mt-1 text-muted">
        {t('audience')}: {campaign.audience.length > 0 ? campaign.audience.join(', ') : t('everyone')}
      </p>
      {campaign.phase === 'open' ? (
        // Signed out, the form's page sends the reader through sign-in; the form has the campaign chosen.
        <Link
          href={{ pathname: '/ideas/new', query: { campaign: campaign.slug } }}
          className="mt-4 flex min-h-14 w-full items-center justify-center gap-2 rounded-lg bg-brand px-6 text-xl font-bold text-white shadow-sm sm:inline-flex sm:w-auto"
        >
          <Lightbulb aria-hidden="true" size={24} />
          {t('postIdea')}
        </Link>
      ) : (
        <p className="mt-4 max-w-prose rounded-lg bg-surface p-4">
          {campaign.phase === 'closed' ? t('closedNote') : t('upcomingNote')}
        </p>
      )}
      {campaign.image && (
        // eslint-disable-next-line @next/next/no-img-element -- our own image route, stored in PostgreSQL
        <img
          src={campaign.image.url}
          alt={campaign.image.alt}
          className="mt-6 aspect-[2/1] w-full rounded-lg object-cover"
        />
      )}
      <div className="mt-6 max-w-prose">
        <MarkdownText source={campaign.description} />
      </div>
      {campaign.phase !== 'upcoming' && <CampaignFunnel funnel={funnel} stages={insightStages} />}
      <section aria-labelledby="campaign-ideas-heading" className="mt-8">
        <h2 id="campaign-ideas-heading" className="text-2xl font-bold">
          {t('ideasHeading')}
        </h2>
        <NextIntlClientProvider messages={clientMessages(messages, cardVoteTexts)}>
          <IdeaListView list={list} />
        </NextIntlClientProvider>
      </section>
    </div>
  );
}
