'use server';

import { getCurrentUser } from '@/modules/access/current-user';
import type { FormState } from '@/modules/access/mutation';
import { requestOrigin } from '@/modules/audit/request-origin';
import { db } from '@/modules/platform/db';
import { setModerationMode } from './settings';

export async function setModerationModeAction(_previous: FormState, form: FormData): Promise<FormState> {
  return setModerationMode(db, await getCurrentUser(), { mode: form.get('mode') }, await requestOrigin());
}
