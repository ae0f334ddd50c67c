'use server';

import type { FormState } from '@/modules/access/mutation';
import { requestOrigin } from '@/modules/audit/request-origin';
import { db } from '@/modules/platform/db';
import { applyUnsubscribe } from './unsubscribe';

/**
 * The unsubscribe page's one button. No session: the signed token is who and what (checked,
 * shape and signature, by applyUnsubscribe), so it works from any device the e-mail is read on.
 */
export async function unsubscribeAction(_previous: FormState, form: FormData): Promise<FormState> {
  const outcome = await applyUnsubscribe(db, form.get('token'), await requestOrigin());
  return outcome ? { ok: true, message: 'unsubscribe.done' } : { ok: false, message: 'unsubscribe.invalid' };
}
