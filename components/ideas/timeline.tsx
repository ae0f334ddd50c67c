import { useTranslations } from 'next-intl';
import { useFormat } from '@/modules/i18n/format';
import type { IdeaPage } from '@/modules/ideas/detail';
import { Link } from '@/modules/i18n/navigation';

/** Everything that has happened to the idea, oldest first, in the reader's language. */
export function IdeaTimeline({ events, createdAt }: { events: IdeaPage['timeline']; createdAt: Date }) {
  const t = useTranslations('ideas.timeline');
  const statuses = useTranslations('status');
  const format = useFormat();
  return (
    <ol className="mt-3 border-l-2 border-line pl-4">
      <li className="mb-3">
        <p className="text-sm text-muted">{format.date(createdAt)}</p>
        <p>{t('created')}</p>
      </li>
      {events.map((event) => (
        <li key={event.id} id={`event-${event.id}`} className="mb-3">
          <p className="text-sm text-muted">{format.date(event.createdAt)}</p>
          <p>
            {event.mergedInto !== null ? (
              <Link href={`/ideas/${event.mergedInto}`} className="text-brand underline underline-offset-4">
                {t('mergedInto', { number: event.mergedInto })}
              </Link>
            ) : event.mergedFrom !== null ? (
              <Link href={`/ideas/${event.mergedFrom}`} className="text-brand underline underline-offset-4">
                {t('mergedFrom', { number: event.mergedFrom })}
              </Link>
            ) : event.type === 'STATUS_CHANGED' && event.toStatus ? (
              t('statusChanged', { status: statuses(event.toStatus) })
            ) : (
              t(`types.${event.type}`)
            )}
            {event.actor.name && <span className="text-muted"> – {event.actor.name}</span>}
          </p>
          {event.reason && <p className="mt-1 text-sm">{event.reason}</p>}
        </li>
      ))}
    </ol>
  );
}
