import { useTranslations } from 'next-intl';
import type { NotificationEntry } from '@/modules/notifications/centre';
import { notificationSentence } from '@/modules/notifications/sentence';

/** Who did what, as one sentence in the page's language (the same sentence the e-mails tell). */
export function useNotificationSentence(): (entry: NotificationEntry, mine: boolean) => string {
  const t = useTranslations();
  return (entry, mine) => notificationSentence(t, entry, mine);
}
