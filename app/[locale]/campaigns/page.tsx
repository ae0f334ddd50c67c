import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { connection } from 'next/server';
import { CampaignSection } from '@/components/campaigns/campaign-section';
import { listCampaigns } from '@/modules/campaigns/public';
import { checkedParams } from '@/modules/i18n/page-params';
import { db } from '@/modules/platform/db';

interface CampaignsPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: CampaignsPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'campaignPages' });
  return { title: t('title') };
}

// The same page for every reader, stored until a campaign or an idea changes or one opens or closes
// (modules/campaigns/shared-pages.ts).
export default async function CampaignsPage({ params }: CampaignsPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  await connection();
  const [t, campaigns] = await Promise.all([getTranslations('campaignPages'), listCampaigns(db, locale)]);

  return (
    <div>
      <h1 className="text-3xl font-extrabold text-brand">{t('title')}</h1>
      <p className="mt-3 max-w-prose text-lg">{t('lead')}</p>
      {campaigns.open.length + campaigns.upcoming.length + campaigns.past.length === 0 ? (
        <p className="mt-8">{t('none')}</p>
      ) : (
        <CampaignSection id="open-heading" heading={t('open')} campaigns={campaigns.open} empty={t('noOpen')} />
      )}
      {campaigns.upcoming.length > 0 && (
        <CampaignSection id="upcoming-heading" heading={t('upcoming')} campaigns={campaigns.upcoming} />
      )}
      {campaigns.past.length > 0 && (
        <CampaignSection id="past-heading" heading={t('past')} campaigns={campaigns.past} />
      )}
    </div>
  );
}
