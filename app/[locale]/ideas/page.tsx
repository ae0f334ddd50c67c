import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { cardVoteTexts } from '@/components/card-votes/texts';
import { IdeaListView } from '@/components/ideas/idea-list-view';
import { FeedLink } from '@/components/widget/feed-link';
import { loadIdeaListPage } from '@/modules/ideas/list-page';
import { clientMessages } from '@/modules/i18n/client-messages';
import { checkedParams } from '@/modules/i18n/page-params';

interface IdeasPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: IdeasPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'ideas' });
  return { title: t('listTitle') };
}

export default async function IdeasPage({ params, searchParams }: IdeasPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const [t, messages, list] = await Promise.all([
    getTranslations('ideas'),
    getMessages(),
    loadIdeaListPage(await searchParams, locale, { pathname: '/ideas' }),
  ]);

  return (
    <div>
      <FeedLink />
      {/* "New idea" is the header's, at every width, for everyone who may tell one. */}
      <h1 className="text-3xl font-extrabold text-brand">{t('listTitle')}</h1>
      <NextIntlClientProvider messages={clientMessages(messages, cardVoteTexts)}>
        <IdeaListView list={list} />
      </NextIntlClientProvider>
    </div>
  );
}
