'use client';

import { useEffect } from 'react';
import { markIdeaSeenAction } from '@/modules/ideas/actions';

/** Marks the idea's activity as seen once it is actually shown (not when a link prefetches it). */
export function MarkSeen({ ideaId }: { ideaId: number }) {
  useEffect(() => {
    void markIdeaSeenAction(ideaId);
  }, [ideaId]);
  return null;
}
