'use client';

import type { ReactNode } from 'react';
import { markAllNotificationsReadAction } from '@/modules/notifications/actions';
import { useRefreshMe } from '../me-provider';

/**
 * "Mark all as read": the action refreshes the page; the header's unread count is asked for again
 * here, since the page stays the same (no navigation to fetch it on).
 */
export function MarkAllReadForm({ upTo, children }: { upTo: string; children: ReactNode }) {
  const refreshMe = useRefreshMe();
  async function markAllRead(form: FormData) {
    await markAllNotificationsReadAction(form);
    refreshMe();
  }
  return (
    <form action={markAllRead}>
      <input type="hidden" name="upTo" value={upTo} />
      <button type="submit" className="min-h-11 rounded border border-brand px-4 font-semibold text-brand">
        {children}
      </button>
    </form>
  );
}
