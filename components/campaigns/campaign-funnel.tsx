import { useTranslations } from 'next-intl';
import { useFormat } from '@/modules/i18n/format';
import type { FunnelCounts, InsightStage } from '@/modules/reports/insight-funnel';

/**
 * How far the campaign's ideas have got: one row per stage with its count and its share of the
 * stage before, and a bar beside each count (the table says it all; the bars only draw it).
 */
export function CampaignFunnel({ funnel, stages }: { funnel: FunnelCounts; stages: readonly InsightStage[] }) {
  const t = useTranslations('campaignPages.funnel');
  const format = useFormat();
  const widest = Math.max(1, ...stages.map((stage) => funnel.counts[stage]));
  return (
    <section aria-labelledby="funnel-heading" className="mt-8">
      <h2 id="funnel-heading" className="text-2xl font-bold">
        {t('heading')}
      </h2>
      <p className="mt-2 max-w-prose text-muted">{t('intro')}</p>
      <table className="mt-4 w-full border-collapse text-left">
        <thead>
          <tr className="border-b border-line text-sm">
            <th scope="col" className="py-2 pr-2">
              {t('stage')}
            </th>
            <th scope="col" className="py-2 pr-2 text-right">
              {t('count')}
            </th>
            <th scope="col" className="py-2 text-right">
              {t('share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {stages.map((stage) => {
            const conversion = funnel.conversion[stage];
            return (
              <tr key={stage} className="border-b border-line">
                <th scope="row" className="py-2 pr-2 font-semibold">
                  {t(`stages.${stage}`)}
                  {/* Drawn in SVG: the style policy allows no inline style attributes. */}
                  <svg
                    aria-hidden="true"
                    viewBox="0 0 100 2"
                    preserveAspectRatio="none"
                    className="mt-1 block h-2 w-full"
                  >
                    <rect width="100" height="2" className="fill-surface" />
                    <rect width={(funnel.counts[stage] / widest) * 100} height="2" className="fill-brand" />
                  </svg>
                </th>
                <td className="py-2 pr-2 text-right text-lg font-bold tabular-nums">
                  {format.number(funnel.counts[stage])}
                </td>
                <td className="py-2 text-right tabular-nums">
                  {conversion === null ? '–' : `${format.number(Math.round(conversion / 100))}\u00a0%`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
