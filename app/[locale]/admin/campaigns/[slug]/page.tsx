import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { AdminCampaignForm } from '@/components/campaigns/admin-campaign-form';
import { getCurrentUser } from '@/modules/access/current-user';
import { campaignChoices, campaignForEditing } from '@/modules/campaigns/admin';
import { campaignImageUrl } from '@/modules/campaigns/public';
import { clientMessages } from '@/modules/i18n/client-messages';
import { checkedParams } from '@/modules/i18n/page-params';
import { Link, redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';

interface EditCampaignPageProps {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: EditCampaignPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'campaigns.admin' });
  return { title: t('editTitle'), robots: { index: false } };
}

export default async function EditCampaignPage({ params, searchParams }: EditCampaignPageProps) {
  const { locale, slug } = await checkedParams(params);
  setRequestLocale(locale);
  await connection();
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  const campaign = await campaignForEditing(db, actor, decodeURIComponent(slug));
  if (!campaign) notFound();
  const { created } = await searchParams;
  const [t, choices, messages] = await Promise.all([
    getTranslations('campaigns.admin'),
    campaignChoices(db, locale, campaign),
    getMessages(),
  ]);
  const { imageUpdatedAt, ...values } = campaign;
  return (
    <div>
      <p className="flex flex-wrap gap-x-6">
        <Link href="/admin/campaigns" className="text-brand underline">
          {t('backToList')}
        </Link>
        <Link href={`/campaigns/${campaign.slug}`} className="text-brand underline">
          {t('viewPage')}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-extrabold text-brand">{t('editTitle')}</h1>
      {created === '1' && (
        <p role="status" className="mt-3 rounded border border-emerald-700 bg-emerald-50 p-3 text-emerald-900">
          {t('created')}
        </p>
      )}
      <NextIntlClientProvider messages={clientMessages(messages, ['campaigns', 'forms', 'errors', 'validation'])}>
        <AdminCampaignForm
          initial={{ ...values, imageUrl: imageUpdatedAt ? campaignImageUrl(campaign.slug, imageUpdatedAt) : null }}
          departments={choices.departments}
          categories={choices.categories}
        />
      </NextIntlClientProvider>
    </div>
  );
}
