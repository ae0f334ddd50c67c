import { useTranslations } from 'next-intl';
import { useFormat } from '@/modules/i18n/format';
import type { CampaignPhase } from '@/modules/campaigns/public';

interface CampaignWindowProps {
  phase: CampaignPhase;
  opensAt: Date;
  closesAt: Date;
  className?: string;
}

/** "Auki 15.12.2026 klo 16.00 asti", "Avautuu …" or "Päättyi …", in Helsinki time. */
export function CampaignWindow({ phase, opensAt, closesAt, className }: CampaignWindowProps) {
  const t = useTranslations('campaignPages');
  const format = useFormat();
  const text =
    phase === 'open'
      ? t('openUntil', { when: format.dateTime(closesAt) })
      : phase === 'upcoming'
        ? t('opensAt', { when: format.dateTime(opensAt) })
        : t('closedOn', { when: format.dateTime(closesAt) });
  return <p className={className}>{text}</p>;
}
