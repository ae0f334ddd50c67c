import { createTranslator, type Messages } from 'next-intl';
import fi from '@/modules/i18n/messages/fi.json';
import { defaultLocale } from '@/modules/i18n/locales';
import { ideaPath } from '@/modules/ideas/slug';
import { publicStatuses } from '@/modules/ideas/status';
import type { Database } from '@/modules/platform/db/client';
import { WebhookEvent, type IdeaStatus } from '@/modules/platform/db/generated/enums';
import { pageUrl, siteUrl } from './compose';
import type { Translate } from './sentence';

// What a webhook says. Composed at each try from what the public idea page shows now: an idea
// that is no longer public (hidden, merged away) is not told at all, and an anonymous author's
// name is never read. The `text` field is what Slack's and Teams' incoming webhooks show; the
// rest is for programs. Texts are in the organisation's first language (Finnish).

export interface WebhookJob {
  id: bigint;
  event: WebhookEvent;
  subjectId: string;
  occurredAt: Date;
  endpointName: string;
}

interface Names {
  fi: string;
  sv: string;
  en: string;
}

export interface IdeaPayload {
  id: number;
  title: string;
  url: string;
  status: string;
  category: Names | null;
  departments: Names[];
  voteCount: number;
  /** Null when the author chose to stay anonymous. */
  author: string | null;
}

export interface CampaignPayload {
  id: string;
  title: Names;
  url: string;
  opensAt: string;
  closesAt: string;
  /** The departments it is aimed at; none means everyone. */
  departments: Names[];
}

export interface WebhookPayload {
  id: string;
  event: string;
  occurredAt: string;
  text: string;
  idea?: IdeaPayload;
  campaign?: CampaignPayload;
}

// Untyped keys (`Messages`), as the e-mail composer's: the key is chosen from the event.
const translate: Translate = createTranslator<Messages>({ locale: defaultLocale, messages: fi });
const t: Translate = (key, values) => translate(`webhooks.payload.${key}`, values);

/** The event's name in payloads and the X-VAU-Event header: `idea.published`, `campaign.opened`, `test`. */
export function eventName(event: WebhookEvent): string {
  return event.toLowerCase().replace('_', '.');
}

const names = (row: { nameFi: string; nameSv: string; nameEn: string }): Names => ({
  fi: row.nameFi,
  sv: row.nameSv,
  en: row.nameEn,
});

async function ideaPayload(db: Database, id: number): Promise<IdeaPayload | null> {
  if (!Number.isSafeInteger(id)) return null;
  const idea = await db.idea.findFirst({
    where: { id, status: { in: [...publicStatuses] } },
    select: {
      id: true,
      title: true,
      status: true,
      anonymous: true,
      voteCount: true,
      category: { select: { nameFi: true, nameSv: true, nameEn: true } },
      departments: { select: { department: { select: { nameFi: true, nameSv: true, nameEn: true } } } },
    },
  });
  if (!idea) return null;
  // The name is read only when it is public.
  const author = idea.anonymous
    ? null
    : (await db.idea.findUniqueOrThrow({ where: { id }, select: { author: { select: { name: true } } } })).author.name;
  return {
    id: idea.id,
    title: idea.title,
    url: pageUrl(siteUrl(), defaultLocale, ideaPath(idea)),
    status: (idea.status as IdeaStatus).toLowerCase(),
    category: idea.category ? names(idea.category) : null,
    departments: idea.departments.map(({ department }) => names(department)),
    voteCount: idea.voteCount,
    author,
  };
}

async function campaignPayload(db: Database, id: string): Promise<CampaignPayload | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const campaign = await db.campaign.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      titleFi: true,
      titleSv: true,
      titleEn: true,
      opensAt: true,
      closesAt: true,
      departments: { select: { department: { select: { nameFi: true, nameSv: true, nameEn: true } } } },
    },
  });
  if (!campaign) return null;
  return {
    id: campaign.id,
    title: { fi: campaign.titleFi, sv: campaign.titleSv, en: campaign.titleEn },
    url: pageUrl(siteUrl(), defaultLocale, `/campaigns/${encodeURIComponent(campaign.slug)}`),
    opensAt: campaign.opensAt.toISOString(),
    closesAt: campaign.closesAt.toISOString(),
    departments: campaign.departments.map(({ department }) => names(department)),
  };
}

const ideaTexts = {
  [WebhookEvent.IDEA_PUBLISHED]: 'ideaPublished',
  [WebhookEvent.IDEA_PROMOTED]: 'ideaPromoted',
  [WebhookEvent.IDEA_IMPLEMENTED]: 'ideaImplemented',
} as const;

/** The request body for a job, or null when there is nothing public to tell (the job is skipped). */
export async function composeWebhook(db: Database, job: WebhookJob): Promise<WebhookPayload | null> {
  const base = { id: `vau-${job.id}`, event: eventName(job.event), occurredAt: job.occurredAt.toISOString() };
  switch (job.event) {
    case WebhookEvent.TEST:
      return { ...base, text: t('test', { name: job.endpointName, url: siteUrl() }) };
    case WebhookEvent.CAMPAIGN_OPENED: {
      const campaign = await campaignPayload(db, job.subjectId);
      if (!campaign) return null;
      return { ...base, text: t('campaignOpened', { title: campaign.title.fi, url: campaign.url }), campaign };
    }
    default: {
      const idea = await ideaPayload(db, Number(job.subjectId));
      if (!idea) return null;
      return { ...base, text: t(ideaTexts[job.event], { title: idea.title, url: idea.url }), idea };
    }
  }
}
