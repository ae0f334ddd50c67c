import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminCampaignForm } from '@/components/campaigns/admin-campaign-form';
import { getCurrentUser } from '@/modules/access/current-user';
import { can } from '@/modules/access/permissions';
import { campaignChoices } from '@/modules/campaigns/admin';
import { clientMessages } from '@/modules/i18n/client-messages';
import { checkedParams } from '@/modules/i18n/page-params';
import { Link, redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';

interface NewCampaignPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: NewCampaignPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'campaigns.admin' });
  return { title: t('newTitle'), robots: { index: false } };
}

export default async function NewCampaignPage({ params }: NewCampaignPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  if (!can(actor, 'campaign.manage')) notFound();
  const [t, choices, messages] = await Promise.all([
    getTranslations('campaigns.admin'),
    campaignChoices(db, locale, { departmentIds: [], categoryIds: [] }),
    getMessages(),
  ]);
  return (
    <div>
      <p>
        <Link href="/admin/campaigns" className="text-brand underline">
          {t('backToList')}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-extrabold text-brand">{t('newTitle')}</h1>
      <p className="mt-2 max-w-prose">{t('newIntro')}</p>
      <NextIntlClientProvider messages={clientMessages(messages, ['campaigns', 'forms', 'errors', 'validation'])}>
        <AdminCampaignForm
          initial={{
            slug: '',
            titleFi: '',
            titleSv: '',
            titleEn: '',
            descriptionFi: '',
            descriptionSv: '',
            descriptionEn: '',
            opensDate: '',
            opensTime: '08:00',
            closesDate: '',
            closesTime: '16:00',
            moderationMode: '',
            departmentIds: [],
            categoryIds: [],
            imageAltFi: '',
            imageAltSv: '',
            imageAltEn: '',
            imageUrl: null,
          }}
          departments={choices.departments}
          categories={choices.categories}
        />
      </NextIntlClientProvider>
    </div>
  );
}
