import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getCurrentUser } from '@/modules/access/current-user';
import { listCampaignsForAdmin } from '@/modules/campaigns/admin';
import { timeZone } from '@/modules/i18n/locales';
import { checkedParams } from '@/modules/i18n/page-params';
import { Link, redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';

interface AdminCampaignsPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: AdminCampaignsPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'campaigns.admin' });
  return { title: t('title'), robots: { index: false } };
}

/** "Ideahaut" for admins and the coordinator: every campaign with its window and state. */
export default async function AdminCampaignsPage({ params }: AdminCampaignsPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  await connection();
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  const campaigns = await listCampaignsForAdmin(db, actor, locale, new Date());
  if (!campaigns) notFound();
  const [t, format] = await Promise.all([getTranslations('campaigns.admin'), getFormatter()]);
  const when = (instant: Date) => format.dateTime(instant, { dateStyle: 'medium', timeStyle: 'short', timeZone });

  return (
    <div className="max-w-4xl">
      <h1 className="text-3xl font-extrabold text-brand">{t('title')}</h1>
      <p className="mt-2 max-w-prose">{t('intro')}</p>
      <p className="mt-4">
        <Link
          href="/admin/campaigns/new"
          className="inline-flex min-h-11 items-center rounded bg-brand px-4 font-semibold text-white"
        >
          {t('new')}
        </Link>
      </p>
      {campaigns.length === 0 ? (
        <p className="mt-6">{t('none')}</p>
      ) : (
        // A list, not a table: on a phone a four-column table hid its last column off the screen.
        <ul className="mt-6 divide-y divide-line border-y border-line">
          {campaigns.map((campaign) => (
            <li key={campaign.id} className="py-3">
              <Link href={`/admin/campaigns/${campaign.slug}`} className="font-semibold text-brand underline">
                {campaign.title}
              </Link>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                <dt className="text-muted">{t('window')}</dt>
                <dd>
                  <span className="whitespace-nowrap">{when(campaign.opensAt)} –</span>{' '}
                  <span className="whitespace-nowrap">{when(campaign.closesAt)}</span>
                </dd>
                <dt className="text-muted">{t('state')}</dt>
                <dd>{t(`states.${campaign.state}`)}</dd>
                <dt className="text-muted">{t('ideas')}</dt>
                <dd>{campaign.ideaCount}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
