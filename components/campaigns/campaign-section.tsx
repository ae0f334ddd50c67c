import type { CampaignSummary } from '@/modules/campaigns/public';
import { CampaignCard } from './campaign-card';

interface CampaignSectionProps {
  id: string;
  heading: string;
  campaigns: CampaignSummary[];
  /** Said when there are none; without it the caller leaves the section out. */
  empty?: string;
}

/** One part of the campaign list (open, upcoming, past): a heading and its cards. */
export function CampaignSection({ id, heading, campaigns, empty }: CampaignSectionProps) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-2xl font-bold">
        {heading}
      </h2>
      {campaigns.length === 0 ? (
        <p className="mt-3">{empty}</p>
      ) : (
        <ul className="mt-4 grid gap-4 md:grid-cols-2">
          {campaigns.map((campaign) => (
            <li key={campaign.id}>
              <CampaignCard campaign={campaign} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
