'use client';

import { useEffect } from 'react';
import { markIdeaSeenAction } from '@/modules/ideas/actions';
import { useRefreshMe } from '../me-provider';

/**
 * Marks the idea's activity as seen once it is actually shown (not when a link prefetches it), and
 * lets the header's unread count follow when that changed anything.
 */
export function MarkSeen({ ideaId }: { ideaId: number }) {
  const refreshMe = useRefreshMe();
  useEffect(() => {
    void markIdeaSeenAction(ideaId).then((marked) => {
      if (marked) refreshMe();
    });
  }, [ideaId, refreshMe]);
  return null;
}
