'use client';

import clsx from 'clsx';
import { useTranslations } from 'next-intl';
import { followAction } from '@/modules/ideas/actions';
import type { FollowIntent } from '@/modules/ideas/reader-requests';
import { useReaderState } from './reader-state';
import { usePressIntent } from './use-press-intent';

interface FollowersProps {
  ideaId: number;
  followerCount: number;
  following: boolean;
  canFollow: boolean;
}

/**
 * How many follow the idea, and a follow / stop-following form (it works without JavaScript). The
 * request says "follow" or "unfollow" as the label did when pressed; neutral until the reader's
 * own state is known on a stored page.
 */
export function Followers({ ideaId, followerCount, following: renderedFollowing, canFollow }: FollowersProps) {
  const t = useTranslations('ideas');
  const { known, state } = useReaderState();
  const following = state?.following ?? renderedFollowing;
  const intent: FollowIntent = following ? 'unfollow' : 'follow';
  const press = usePressIntent(known ? intent : null);
  return (
    <div>
      <p className="text-sm text-muted">{t('followers', { count: state?.followerCount ?? followerCount })}</p>
      {canFollow && (
        <form action={followAction} onSubmit={press.onSubmit} className="mt-1">
          <input type="hidden" name="ideaId" value={ideaId} />
          <input type="hidden" name="intent" value={intent} />
          <button
            type="submit"
            {...press.buttonHandlers}
            aria-pressed={known ? following : undefined}
            aria-disabled={!known}
            className={clsx('min-h-11 rounded border border-line px-4', !known && 'cursor-wait text-muted')}
          >
            {known && following ? t('unfollow') : t('follow')}
          </button>
        </form>
      )}
    </div>
  );
}
