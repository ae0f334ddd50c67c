import type { NotificationEntry } from './centre';

// What a notification says and where it leads: the one sentence the notification centre shows and
// every e-mail tells, so the page and the message never word the same thing differently.

/** A translator over the whole catalogue (`useTranslations()` or next-intl's `createTranslator`). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Who did what, as one sentence in the translator's language. `mine`: the reader wrote the idea. */
export function notificationSentence(t: Translate, entry: NotificationEntry, mine: boolean): string {
  const actor =
    entry.actor.kind === 'person'
      ? entry.actor.name
      : entry.actor.kind === 'ideaAuthor'
        ? t('notifications.ideaAuthor')
        : t('notifications.system');
  const say = (key: string, values?: Record<string, string>) => t(`notifications.sentences.${key}`, values);
  const subject = entry.subject;
  switch (subject.kind) {
    case 'comment':
      if (subject.type === 'REPLY') return say('reply', { actor });
      if (subject.type === 'MENTION') return say('mention', { actor });
      return mine ? say('commentOwn', { actor }) : say('commentFollowed', { actor });
    case 'commentModerated':
      // VAU hiding a comment on reports has no actor: nobody who reported it is ever named.
      return entry.actor.kind === 'system' ? say('commentHiddenByReports') : say('commentModerated', { actor });
    case 'decision':
      if (subject.eventType === 'DISCUSSION_LOCKED') return say('discussionLocked', { actor });
      if (subject.eventType === 'DISCUSSION_UNLOCKED') return say('discussionUnlocked', { actor });
      if (!subject.toStatus) return say('statusUnknown');
      if (entry.actor.kind === 'system')
        return say('statusChangedBySystem', { status: t(`status.${subject.toStatus}`) });
      if (subject.toStatus === 'CHANGES_REQUESTED' && mine) return say('changesRequested', { actor });
      return say('statusChanged', { actor, status: t(`status.${subject.toStatus}`) });
    case 'edited':
      return say('edited', { actor });
    case 'editReviewed':
      return say('editReviewed', { actor });
    case 'coAuthorInvite':
      return say('coAuthorInvite', { actor });
    case 'progressNote':
      return say('progressNote', { actor });
    case 'evaluationRequested':
      return say('evaluationRequested', { actor });
    case 'candidateRouted':
      return entry.actor.kind === 'system' ? say('candidateRoutedBySystem') : say('candidateRouted', { actor });
    case 'reward':
      if (subject.step === 'toEndorse') return say('rewardToEndorse');
      if (subject.step === 'paid') return say('rewardPaid');
      return say(subject.step === 'decided' ? 'rewardDecided' : 'rewardRejected', { actor });
    case 'evaluationReminder':
      return say(subject.overdue ? 'evaluationOverdue' : 'evaluationDue');
    case 'moderationWaiting':
      return say('moderationWaiting');
  }
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
