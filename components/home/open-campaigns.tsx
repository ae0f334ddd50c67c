import { Megaphone } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useFormat } from '@/modules/i18n/format';
import { Link } from '@/modules/i18n/navigation';
import type { OpenCampaign } from '@/modules/campaigns/public';

/** The front page's calm note of the campaigns open now, each a link to its page; nothing when none is. */
export function OpenCampaigns({ campaigns }: { campaigns: OpenCampaign[] }) {
  const t = useTranslations('campaignPages');
  const format = useFormat();
  if (campaigns.length === 0) return null;
  return (
    <section
      aria-labelledby="open-campaigns-heading"
      className="mt-6 rounded-lg border border-brand bg-white p-4 sm:p-5"
    >
      <h2 id="open-campaigns-heading" className="flex items-center gap-2 text-xl font-bold">
        <Megaphone aria-hidden="true" size={22} className="shrink-0 text-brand" />
        {t('banner.heading', { count: campaigns.length })}
      </h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2">
        {campaigns.map((campaign) => (
          <li key={campaign.slug}>
            <Link
              href={`/campaigns/${campaign.slug}`}
              className="text-lg font-semibold text-brand underline underline-offset-4"
            >
              {campaign.title}
            </Link>
            <p className="text-muted">{t('openUntil', { when: format.dateTime(campaign.closesAt) })}</p>
          </li>
        ))}
      </ul>
      <p className="mt-3">
        <Link
          href="/campaigns"
          className="inline-flex min-h-11 items-center gap-1 font-semibold text-brand underline underline-offset-4"
        >
          {t('banner.seeAll')}
          <span aria-hidden="true">→</span>
        </Link>
      </p>
    </section>
  );
}
