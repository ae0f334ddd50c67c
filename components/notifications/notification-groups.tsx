import { useTranslations } from 'next-intl';
import { useFormat } from '@/modules/i18n/format';
import type { NotificationIdeaGroup } from '@/modules/notifications/centre';
import { ideaPath } from '@/modules/ideas/slug';
import { Link } from '@/modules/i18n/navigation';
import { notificationHref } from '@/modules/notifications/sentence';
import { useNotificationSentence } from './notification-sentence';

/** The reader's notifications by idea; new ones say "New" in words, not only by colour. */
export function NotificationGroups({ groups, now }: { groups: NotificationIdeaGroup[]; now: Date }) {
  const t = useTranslations('notifications');
  const format = useFormat();
  const sentence = useNotificationSentence();
  return (
    <div className="mt-6 grid gap-6">
      {groups.map(({ idea, entries }) => (
        <section key={idea.id} aria-labelledby={`notifications-idea-${idea.id}`}>
          <h2 id={`notifications-idea-${idea.id}`} className="text-lg font-bold">
            <Link href={ideaPath(idea)} className="text-brand underline underline-offset-4">
              {idea.title}
            </Link>
          </h2>
          <ol className="mt-2 grid gap-2">
            {entries.map((entry) => (
              <li
                key={entry.id}
                className={
                  entry.unread
                    ? 'rounded-lg border-l-4 border-brand bg-sky-50 p-3'
                    : 'rounded-lg border border-line bg-white p-3'
                }
              >
                <p className="flex flex-wrap items-baseline gap-x-2">
                  {entry.unread && (
                    <span className="rounded-full bg-brand px-2 py-0.5 text-xs font-semibold text-white">
                      {t('new')}
                    </span>
                  )}
                  <Link
                    href={notificationHref(entry, ideaPath(idea))}
                    className="font-semibold text-brand underline underline-offset-4"
                  >
                    {sentence(entry, idea.mine)}
                  </Link>
                </p>
                {entry.subject.kind === 'decision' && entry.subject.reason && (
                  <p className="mt-1">{t('reason', { reason: entry.subject.reason })}</p>
                )}
                <p className="mt-1 text-sm text-muted">
                  <time dateTime={entry.createdAt.toISOString()}>{format.ago(entry.createdAt, now)}</time>
                </p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
