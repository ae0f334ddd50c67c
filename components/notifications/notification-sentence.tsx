import { useTranslations } from 'next-intl';
import type { NotificationEntry } from '@/modules/notifications/centre';

/** Who did what, as one sentence in the reader's language. */
export function useNotificationSentence(): (entry: NotificationEntry, mine: boolean) => string {
  const t = useTranslations('notifications');
  const statuses = useTranslations('status');
  return (entry, mine) => {
    const actor =
      entry.actor.kind === 'person'
        ? entry.actor.name
        : entry.actor.kind === 'ideaAuthor'
          ? t('ideaAuthor')
          : t('system');
    const subject = entry.subject;
    switch (subject.kind) {
      case 'comment':
        if (subject.type === 'REPLY') return t('sentences.reply', { actor });
        if (subject.type === 'MENTION') return t('sentences.mention', { actor });
        return mine ? t('sentences.commentOwn', { actor }) : t('sentences.commentFollowed', { actor });
      case 'commentModerated':
        return entry.actor.kind === 'system'
          ? t('sentences.commentHiddenByReports')
          : t('sentences.commentModerated', { actor });
      case 'decision':
        if (subject.eventType === 'DISCUSSION_LOCKED') return t('sentences.discussionLocked', { actor });
        if (subject.eventType === 'DISCUSSION_UNLOCKED') return t('sentences.discussionUnlocked', { actor });
        if (!subject.toStatus) return t('sentences.statusUnknown');
        if (entry.actor.kind === 'system')
          return t('sentences.statusChangedBySystem', { status: statuses(subject.toStatus) });
        if (subject.toStatus === 'CHANGES_REQUESTED' && mine) return t('sentences.changesRequested', { actor });
        return t('sentences.statusChanged', { actor, status: statuses(subject.toStatus) });
      case 'edited':
        return t('sentences.edited', { actor });
      case 'editReviewed':
        return t('sentences.editReviewed', { actor });
      case 'coAuthorInvite':
        return t('sentences.coAuthorInvite', { actor });
      case 'progressNote':
        return t('sentences.progressNote', { actor });
      case 'evaluationRequested':
        return t('sentences.evaluationRequested', { actor });
      case 'candidateRouted':
        return entry.actor.kind === 'system'
          ? t('sentences.candidateRoutedBySystem')
          : t('sentences.candidateRouted', { actor });
      case 'reward':
        if (subject.step === 'toEndorse') return t('sentences.rewardToEndorse');
        if (subject.step === 'paid') return t('sentences.rewardPaid');
        return t(subject.step === 'decided' ? 'sentences.rewardDecided' : 'sentences.rewardRejected', { actor });
      case 'evaluationReminder':
        return t(subject.overdue ? 'sentences.evaluationOverdue' : 'sentences.evaluationDue');
      case 'moderationWaiting':
        return t('sentences.moderationWaiting');
    }
  };
}

/** Where the entry leads: a reward to the reward pages (amounts are never on the idea page), else the idea. */
export function notificationHref(entry: NotificationEntry, ideaHref: string): string {
  if (entry.subject.kind === 'reward') return entry.subject.step === 'toEndorse' ? '/rewards' : '/profile/rewards';
  if (entry.subject.kind === 'moderationWaiting') return '/moderation';
  return `${ideaHref}${notificationAnchor(entry)}`;
}

/** Where the entry leads on the idea page: the comment itself, or the decision on the timeline. */
export function notificationAnchor(entry: NotificationEntry): string {
  const subject = entry.subject;
  if (subject.kind === 'comment' || subject.kind === 'commentModerated') return `#comment-${subject.commentId}`;
  if (subject.kind === 'decision' && subject.eventId) return `#event-${subject.eventId}`;
  if (subject.kind === 'progressNote' || subject.kind === 'candidateRouted') return '#accelerator-heading';
  if (subject.kind === 'evaluationRequested' || subject.kind === 'evaluationReminder')
    return '#evaluation-panel-heading';
  return '';
}
