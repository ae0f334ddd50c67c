import { useTranslations } from 'next-intl';
import { useFormat } from '@/modules/i18n/format';
import type { IdeaPage } from '@/modules/ideas/detail';
import { Link } from '@/modules/i18n/navigation';

type TimelineEvent = IdeaPage['timeline'][number];

/** One sentence per event: who did it (unless their name is hidden from this reader) and what. */
function EventSentence({ event }: { event: TimelineEvent }) {
  const t = useTranslations('ideas.timeline');
  const statuses = useTranslations('status');
  const actor = event.actor.name ?? (event.byAuthor ? t('theAuthor') : null);
  const status = event.toStatus ? statuses(event.toStatus) : '';
  const link = event.mergedInto ?? event.mergedFrom;
  return (
    <>
      {actor
        ? `${t(`byActor.${event.type}`, { actor, status })} `
        : link !== null
          ? null
          : event.type === 'STATUS_CHANGED' && event.toStatus
            ? t('movedTo', { status })
            : t(`types.${event.type}`)}
      {link !== null && (
        <>
          <Link href={`/ideas/${link}`} className="text-brand underline underline-offset-4">
            {event.mergedInto !== null ? t('mergedInto', { number: link }) : t('mergedFrom', { number: link })}
          </Link>
        </>
      )}
    </>
  );
}

/** Everything that has happened to the idea, oldest first, in the reader's language. */
export function IdeaTimeline({ events, createdAt }: { events: IdeaPage['timeline']; createdAt: Date }) {
  const t = useTranslations('ideas.timeline');
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
            <EventSentence event={event} />
          </p>
          {event.reason && <p className="mt-1 text-sm">{t('reason', { reason: event.reason })}</p>}
          {event.note && <p className="mt-1 whitespace-pre-line">{event.note}</p>}
        </li>
      ))}
    </ol>
  );
}
