import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { MarkAllReadForm } from '@/components/notifications/mark-all-read-form';
import { NotificationGroups } from '@/components/notifications/notification-groups';
import { getCurrentUser } from '@/modules/access/current-user';
import { unreadCount } from '@/modules/ideas/notifications';
import { listNotifications } from '@/modules/notifications/centre';
import { checkedParams } from '@/modules/i18n/page-params';
import { Link, redirect } from '@/modules/i18n/navigation';
import { mayOpen, menuEntries } from '@/modules/navigation/menu';
import { db } from '@/modules/platform/db';

interface NotificationsPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ olderThan?: string }>;
}

export async function generateMetadata({ params }: NotificationsPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'notifications' });
  return { title: t('title'), robots: { index: false } };
}

/** The reader's own notifications, rendered for them on every request (never in the shared page store). */
export default async function NotificationsPage({ params, searchParams }: NotificationsPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  // The same permission as its menu entry, so the menu never offers a page that refuses.
  if (!mayOpen(actor, menuEntries.notifications)) notFound();
  const { olderThan } = await searchParams;
  const [t, page, unread] = await Promise.all([
    getTranslations('notifications'),
    listNotifications(db, actor, { olderThan: typeof olderThan === 'string' ? olderThan : undefined }),
    unreadCount(db, actor),
  ]);
  if (!page) return redirect({ href: '/sign-in', locale });

  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-extrabold text-brand">{t('title')}</h1>
      <p className="mt-2 text-muted">{t('intro')}</p>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <p className="font-semibold">{t('unread', { count: unread })}</p>
        {unread > 0 && page.newestId && <MarkAllReadForm upTo={page.newestId}>{t('markAllRead')}</MarkAllReadForm>}
        <Link href="/profile/notifications" className="min-h-11 py-2 text-brand underline underline-offset-4">
          {t('emailSettings')}
        </Link>
      </div>
      {page.groups.length === 0 ? (
        <p className="mt-6">{t('empty')}</p>
      ) : (
        <NotificationGroups groups={page.groups} now={new Date()} />
      )}
      {(olderThan || page.olderThan) && (
        <nav aria-label={t('title')} className="mt-6 flex flex-wrap gap-4">
          {olderThan && (
            <Link href="/notifications" className="min-h-11 py-2 text-brand underline underline-offset-4">
              {t('newest')}
            </Link>
          )}
          {page.olderThan && (
            <Link
              href={{ pathname: '/notifications', query: { olderThan: page.olderThan } }}
              className="min-h-11 py-2 text-brand underline underline-offset-4"
            >
              {t('older')}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
