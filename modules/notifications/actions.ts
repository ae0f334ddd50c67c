'use server';

import { refresh } from 'next/cache';
import { getCurrentUser } from '@/modules/access/current-user';
import { db } from '@/modules/platform/db';
import { markAllNotificationsRead } from './centre';

/** "Mark all as read" on the notification centre; the domain function authenticates and authorises. */
export async function markAllNotificationsReadAction(form: FormData): Promise<void> {
  const upTo = form.get('upTo');
  await markAllNotificationsRead(db, await getCurrentUser(), { upTo: typeof upTo === 'string' ? upTo : '' });
  refresh();
}
