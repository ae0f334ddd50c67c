'use client';

import { useTranslations } from 'next-intl';
import { followAction } from '@/modules/ideas/actions';
import { useReaderState } from './reader-state';

interface FollowersProps {
  ideaId: number;
  followerCount: number;
  following: boolean;
  canFollow: boolean;
}

/** How many follow the idea, and a follow / stop-following form (it works without JavaScript). */
export function Followers({ ideaId, followerCount, following: renderedFollowing, canFollow }: FollowersProps) {
  const t = useTranslations('ideas');
  const reader = useReaderState();
  const following = reader?.following ?? renderedFollowing;
  return (
    <div>
      <p className="text-sm text-muted">{t('followers', { count: reader?.followerCount ?? followerCount })}</p>
      {canFollow && (
        <form action={followAction} className="mt-1">
          <input type="hidden" name="ideaId" value={ideaId} />
          <input type="hidden" name="follow" value={following ? 'off' : 'on'} />
          <button type="submit" aria-pressed={following} className="min-h-11 rounded border border-line px-4">
            {following ? t('unfollow') : t('follow')}
          </button>
        </form>
      )}
    </div>
  );
}
