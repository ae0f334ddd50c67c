'use server';

import { revalidatePath } from 'next/cache';
import { getCurrentUser } from '@/modules/access/current-user';
import type { FormState } from '@/modules/access/mutation';
import { requestOrigin } from '@/modules/audit/request-origin';
import { db } from '@/modules/platform/db';
import { setFrameOrigins } from './frame-origins';

export async function setFrameOriginsAction(_previous: FormState, form: FormData): Promise<FormState> {
  const origins = form.get('origins');
  const state = await setFrameOrigins(db, await getCurrentUser(), { origins }, await requestOrigin());
  if (state.ok) revalidatePath('/[locale]/admin/widget', 'page');
  // A refused list is shown again as it was typed (React empties a form after its action).
  return state.ok || typeof origins !== 'string' ? state : { ...state, values: { origins } };
}
