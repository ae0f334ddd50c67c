import { useTranslations } from 'next-intl';
import { Link } from '@/modules/i18n/navigation';
import type { CampaignSummary } from '@/modules/campaigns/public';
import { CampaignWindow } from './campaign-window';

/**
 * A campaign in the list: its image, title (the link), window and audience, and how many ideas it
 * has; a closed one tells its results instead.
 */
export function CampaignCard({ campaign }: { campaign: CampaignSummary }) {
  const t = useTranslations('campaignPages');
  return (
    <article className="flex h-full flex-col overflow-hidden rounded-lg border border-line bg-white shadow-sm">
      {campaign.image && (
        // eslint-disable-next-line @next/next/no-img-element -- our own image route, stored in PostgreSQL
        <img src={campaign.image.url} alt={campaign.image.alt} className="aspect-[2/1] w-full object-cover" />
      )}
      <div className="flex flex-1 flex-col p-4">
        <h3 className="text-lg leading-snug font-bold">
          <Link href={`/campaigns/${campaign.slug}`} className="text-ink underline-offset-4 hover:underline">
            {campaign.title}
          </Link>
        </h3>
        <CampaignWindow {...campaign} className="mt-1 font-semibold" />
        <p className="mt-1 text-muted">
          {t('audience')}: {campaign.audience.length > 0 ? campaign.audience.join(', ') : t('everyone')}
        </p>
        <p className="mt-3 border-t border-line pt-2 text-sm text-muted">
          {campaign.phase === 'closed'
            ? t('results', { ideas: campaign.ideaCount, implemented: campaign.implementedCount })
            : t('ideaCount', { count: campaign.ideaCount })}
        </p>
      </div>
    </article>
  );
}
