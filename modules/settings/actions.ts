'use server';

import { revalidatePath } from 'next/cache';
import { getCurrentUser } from '@/modules/access/current-user';
import type { FormState } from '@/modules/access/mutation';
import { requestOrigin } from '@/modules/audit/request-origin';
import { db } from '@/modules/platform/db';
import { numberSettingFields, setNumberSettings } from './number-settings';
import { setModerationMode } from './settings';

export async function setModerationModeAction(_previous: FormState, form: FormData): Promise<FormState> {
  return setModerationMode(db, await getCurrentUser(), { mode: form.get('mode') }, await requestOrigin());
}

export async function setNumberSettingsAction(_previous: FormState, form: FormData): Promise<FormState> {
  const state = await setNumberSettings(
    db,
    await getCurrentUser(),
    // Each form sends its own fields; one it did not send stays as it is.
    Object.fromEntries(Object.values(numberSettingFields).map((field) => [field, form.get(field) ?? undefined])),
    await requestOrigin(),
  );
  if (state.ok) revalidatePath('/[locale]/admin/settings', 'page');
  return state;
}
