import { getTranslations } from 'next-intl/server';
import { connection, type NextRequest } from 'next/server';
import { isAppLocale } from '@/modules/i18n/locales';
import { atomFeed, feedEtag, loadFeedEntries } from '@/modules/intranet/feed';
import { siteAddress } from '@/modules/intranet/site-address';
import { db } from '@/modules/platform/db';
import { getOrganisation } from '@/modules/platform/organisation';

interface FeedRouteContext {
  params: Promise<{ locale: string }>;
}

/**
 * Newly published and implemented ideas as Atom (/feed.xml, /sv/feed.xml, /en/feed.xml), for the
 * intranet's news lifts. Public content only; caches must ask again each time (a hidden idea must
 * not linger), and an unchanged feed costs them a 304.
 */
export async function GET(request: NextRequest, { params }: FeedRouteContext) {
  const { locale } = await params;
  if (!isAppLocale(locale)) return new Response(null, { status: 404 });
  await connection();
  const [t, entries] = await Promise.all([getTranslations({ locale, namespace: 'feed' }), loadFeedEntries(db)]);
  const xml = atomFeed(entries, {
    base: siteAddress(request.nextUrl.origin),
    locale,
    texts: {
      title: t('title'),
      organisation: getOrganisation(locale).name,
      entryTitle: (kind, title) => t(kind, { title }),
    },
  });
  const etag = feedEtag(xml);
  const headers = { etag, 'cache-control': 'public, no-cache', 'content-type': 'application/atom+xml; charset=utf-8' };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(xml, { headers });
}
