import { getTranslations } from 'next-intl/server';
import { Link } from '@/modules/i18n/navigation';

type OutboxList = 'failed' | 'sent' | 'mailbox';

interface OutboxPagerProps {
  list: OutboxList;
  /** Where each list of the page is now: paging one list leaves the others where they are. */
  current: Partial<Record<OutboxList, string>>;
  olderThan: string | null;
  /** The list's heading: each pager is a navigation region named after its list. */
  label: string;
}

/** "Older" and "back to the newest" for one of the outbox's lists (keyset pages, newest first). */
export async function OutboxPager({ list, current, olderThan, label }: OutboxPagerProps) {
  if (!olderThan && !current[list]) return null;
  const t = await getTranslations('outbox');
  const others = Object.fromEntries(
    Object.entries(current).filter((entry): entry is [string, string] => entry[0] !== list && Boolean(entry[1])),
  );
  const link = 'inline-block min-h-11 py-2 text-brand underline underline-offset-4';
  return (
    <nav aria-label={t('pagesOf', { list: label })} className="mt-3 flex flex-wrap gap-4">
      {current[list] && (
        <Link href={{ pathname: '/admin/email', query: others }} className={link}>
          {t('newest')}
        </Link>
      )}
      {olderThan && (
        <Link href={{ pathname: '/admin/email', query: { ...others, [list]: olderThan } }} className={link}>
          {t('older')}
        </Link>
      )}
    </nav>
  );
}
