import { createHash } from 'node:crypto';
import { plainExcerpt } from '@/modules/ideas/excerpt';
import { ideaPath } from '@/modules/ideas/slug';
import { publicStatuses } from '@/modules/ideas/status';
import { defaultLocale, type AppLocale } from '@/modules/i18n/locales';
import { IdeaStatus, type Database } from '@/modules/platform/db/client';

/** Entries in the feed: intranet news lifts show a few; readers that poll rarely still miss none of a week's. */
export const FEED_SIZE = 30;

export type FeedEntryKind = 'published' | 'implemented';

export interface FeedEntry {
  ideaId: number;
  kind: FeedEntryKind;
  title: string;
  summary: string;
  /** When the idea was published, or reached "implemented". */
  at: Date;
  /** Null when the author hid their name from colleagues. */
  authorName: string | null;
}

const entrySelect = {
  id: true,
  title: true,
  body: true,
  anonymous: true,
  publishedAt: true,
  statusChangedAt: true,
  author: { select: { name: true } },
} as const;

/**
 * The newest publications and implementations among ideas that are public now: an idea hidden,
 * withdrawn or sent back since is in neither list. An implemented idea that left "implemented"
 * (archived) keeps its publication entry only.
 */
export async function loadFeedEntries(db: Database): Promise<FeedEntry[]> {
  const [published, implemented] = await Promise.all([
    db.idea.findMany({
      where: { status: { in: [...publicStatuses] }, publishedAt: { not: null } },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: FEED_SIZE,
      select: entrySelect,
    }),
    db.idea.findMany({
      where: { status: IdeaStatus.IMPLEMENTED },
      orderBy: [{ statusChangedAt: 'desc' }, { id: 'desc' }],
      take: FEED_SIZE,
      select: entrySelect,
    }),
  ]);
  const entry = (idea: (typeof published)[number], kind: FeedEntryKind, at: Date): FeedEntry => ({
    ideaId: idea.id,
    kind,
    title: idea.title,
    summary: plainExcerpt(idea.body, 300),
    at,
    authorName: idea.anonymous ? null : idea.author.name,
  });
  return [
    ...published.map((idea) => entry(idea, 'published', idea.publishedAt ?? idea.statusChangedAt)),
    ...implemented.map((idea) => entry(idea, 'implemented', idea.statusChangedAt)),
  ]
    .sort((a, b) => b.at.getTime() - a.at.getTime() || b.ideaId - a.ideaId)
    .slice(0, FEED_SIZE);
}

/** Text for XML: escaped, and without the control characters XML 1.0 does not allow at all. */
export function escapeXml(text: string): string {
  return (
    text
      // XML 1.0 allows none of these, escaped or not.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replaceAll('"', '&quot;')
      .replaceAll("'", '&apos;')
  );
}

export interface FeedTexts {
  title: string;
  organisation: string;
  entryTitle: (kind: FeedEntryKind, title: string) => string;
}

/**
 * The feed as Atom (RFC 4287). Ids are tag URIs of the site's host that never change (not the
 * address, which follows the title); links are the public idea pages in the feed's language.
 */
export function atomFeed(entries: FeedEntry[], options: { base: string; locale: AppLocale; texts: FeedTexts }): string {
  const { base, locale, texts } = options;
  const host = new URL(base).hostname;
  const prefix = locale === defaultLocale ? '' : `/${locale}`;
  const url = (path: string) => escapeXml(`${base}${prefix}${path}`);
  const updated = (entries[0]?.at ?? new Date(0)).toISOString();
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `<id>tag:${escapeXml(host)},2026:vau/feed/${locale}</id>`,
    `<title>${escapeXml(texts.title)}</title>`,
    `<updated>${updated}</updated>`,
    `<author><name>${escapeXml(texts.organisation)}</name></author>`,
    `<link rel="self" type="application/atom+xml" href="${url('/feed.xml')}"/>`,
    `<link rel="alternate" type="text/html" href="${url('/ideas')}"/>`,
    ...entries.map((entry) =>
      [
        '<entry>',
        `<id>tag:${escapeXml(host)},2026:vau/ideas/${entry.ideaId}/${entry.kind}</id>`,
        `<title>${escapeXml(texts.entryTitle(entry.kind, entry.title))}</title>`,
        `<link rel="alternate" type="text/html" href="${url(ideaPath({ id: entry.ideaId, title: entry.title }))}"/>`,
        `<updated>${entry.at.toISOString()}</updated>`,
        `<category term="${entry.kind}"/>`,
        entry.authorName ? `<author><name>${escapeXml(entry.authorName)}</name></author>` : '',
        `<summary>${escapeXml(entry.summary)}</summary>`,
        '</entry>',
      ].join(''),
    ),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}

/** A strong validator for the feed's bytes, so pollers get 304 until something changes. */
export function feedEtag(xml: string): string {
  return `"${createHash('sha256').update(xml).digest('base64url').slice(0, 27)}"`;
}
