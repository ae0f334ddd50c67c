import type pg from 'pg';
import type { PageClock, SharedPagePolicy } from '@/modules/platform/page-cache/policy';

/**
 * The next moment any campaign opens or closes after `now`, or null for none: what the campaign
 * pages and the front page's note of open campaigns show changes then, with no change notice.
 */
export const nextCampaignChange: PageClock = async (now: Date, db: pg.Pool) => {
  const { rows } = await db.query<{ next: Date | null }>(
    `SELECT least((SELECT min(opens_at) FROM campaigns WHERE opens_at > $1),
                  (SELECT min(closes_at) FROM campaigns WHERE closes_at > $1)) AS next`,
    [now],
  );
  return rows[0]?.next ?? null;
};

/**
 * The campaign pages the page store may share (docs/decisions/0008): the same for every reader,
 * signed in or not. A campaign's change (its triggers announce `all`) or any idea's change drops
 * them, and each is rendered again when a campaign opens or closes. A campaign's ideas list has
 * the ideas list's shared parameters, never a personal one (mine, voted, following).
 */
export const campaignsSharedPages: SharedPagePolicy = {
  name: 'campaigns',
  pages: [
    {
      path: /^\/campaigns$/,
      dependsOn: 'listing',
      sharedParameters: [],
      signedIn: 'same',
      changesAt: nextCampaignChange,
    },
    {
      path: /^\/campaigns\/[^/]+$/,
      dependsOn: 'listing',
      sharedParameters: ['q', 'status', 'category', 'department', 'sort', 'after'],
      oneOffParameters: ['q', 'after'],
      signedIn: 'same',
      changesAt: nextCampaignChange,
    },
  ],
  // The front page notes the campaigns open now; so does the intranet widget.
  clocks: [
    { path: /^\/$/, changesAt: nextCampaignChange },
    { path: /^\/widget$/, changesAt: nextCampaignChange },
  ],
};
