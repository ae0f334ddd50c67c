import { loadOpenCampaigns, type OpenCampaign } from '@/modules/campaigns/public';
import { listIdeas, type IdeaListItem } from '@/modules/ideas/list';
import type { AppLocale } from '@/modules/i18n/locales';
import type { Database } from '@/modules/platform/db/client';

/** Ideas in each of the widget's lists: a 300–400 px frame shows a handful without scrolling far. */
export const WIDGET_LIST_SIZE = 5;

/** What the widget shows of an idea: public facts only, never an author. */
export interface WidgetIdea {
  id: number;
  title: string;
  status: IdeaListItem['status'];
  voteCount: number;
}

export interface WidgetContent {
  trending: WidgetIdea[];
  latest: WidgetIdea[];
  /** The open campaign closing soonest, if any (the campaigns' clock renders the stored widget again when one opens or closes). */
  campaign: OpenCampaign | null;
}

const shown = (items: IdeaListItem[]): WidgetIdea[] =>
  items.slice(0, WIDGET_LIST_SIZE).map(({ id, title, status, voteCount }) => ({ id, title, status, voteCount }));

/**
 * The widget's lists: the tops of the public ideas list (what a signed-out reader sees on /ideas),
 * trending and newest, and an open campaign. The same for every reader: it is a stored shared page
 * (shared-pages.ts).
 */
export async function loadWidget(db: Database, locale: AppLocale, now = new Date()): Promise<WidgetContent> {
  const [trending, latest, campaigns] = await Promise.all([
    listIdeas(db, null, { sort: 'trending' }, locale),
    listIdeas(db, null, { sort: 'newest' }, locale),
    loadOpenCampaigns(db, locale, now),
  ]);
  return { trending: shown(trending.items), latest: shown(latest.items), campaign: campaigns[0] ?? null };
}
