import { getTranslations } from 'next-intl/server';
import { connection, type NextRequest } from 'next/server';
import { widgetPage } from '@/components/widget/widget-page';
import { ideaPath } from '@/modules/ideas/slug';
import { formatDateTime } from '@/modules/i18n/format';
import { defaultLocale, isAppLocale } from '@/modules/i18n/locales';
import { loadWidget } from '@/modules/intranet/widget';
import { requestNonce } from '@/modules/platform/content-security-policy';
import { db } from '@/modules/platform/db';
import { getOrganisation } from '@/modules/platform/organisation';

interface WidgetRouteContext {
  params: Promise<{ locale: string }>;
}

/**
 * The intranet widget (/widget, /sv/widget, /en/widget): framed by the origins an admin lists
 * (app/framing.ts), stored as a shared page until ideas or campaigns change, or one opens or closes
 * (modules/intranet/shared-pages.ts, the campaigns' clock).
 * A document of its own rather than a page of the site: no header, footer or scripts.
 */
export async function GET(request: NextRequest, { params }: WidgetRouteContext) {
  const { locale } = await params;
  const nonce = requestNonce(request.headers);
  if (!isAppLocale(locale) || !nonce) return new Response(null, { status: 404 });
  await connection();
  const [t, status, campaigns, content] = await Promise.all([
    getTranslations({ locale, namespace: 'widget.page' }),
    getTranslations({ locale, namespace: 'status' }),
    getTranslations({ locale, namespace: 'campaignPages' }),
    loadWidget(db, locale),
  ]);
  const prefix = locale === defaultLocale ? '' : `/${locale}`;
  const html = widgetPage({
    locale,
    nonce,
    brandColor: getOrganisation(locale).brandColor,
    content,
    href: (path) => `${prefix}${path}`,
    ideaHref: (idea) => `${prefix}${ideaPath(idea)}`,
    texts: {
      title: t('title'),
      heading: t('heading'),
      lead: t('lead'),
      shareIdea: t('shareIdea'),
      newTab: t('newTab'),
      trending: t('trending'),
      latest: t('latest'),
      noIdeas: t('noIdeas'),
      seeAll: t('seeAll'),
      votes: (count) => t('votes', { count }),
      status: (value) => status(value),
      campaign: {
        heading: campaigns('banner.heading', { count: 1 }),
        openUntil: (closesAt) => campaigns('openUntil', { when: formatDateTime(locale, closesAt) }),
        postIdea: campaigns('postIdea'),
      },
    },
  });
  return new Response(html, {
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-cache' },
  });
}
