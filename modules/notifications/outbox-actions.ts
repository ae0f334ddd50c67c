'use server';

import { getLocale } from 'next-intl/server';
import { getCurrentUser } from '@/modules/access/current-user';
import type { FormState } from '@/modules/access/mutation';
import { requestOrigin } from '@/modules/audit/request-origin';
import { redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import { retryFailedEmail } from './outbox';

/**
 * "Try again" on a failed e-mail in the outbox; the domain function authenticates and authorises.
 * Done, the page is read again (the job has left the failures) and says so at its top.
 */
export async function retryFailedEmailAction(_previous: FormState, form: FormData): Promise<FormState> {
  const state = await retryFailedEmail(db, await getCurrentUser(), { jobId: form.get('jobId') }, await requestOrigin());
  if (!state.ok) return state;
  return redirect({ href: { pathname: '/admin/email', query: { retried: '1' } }, locale: await getLocale() });
}
