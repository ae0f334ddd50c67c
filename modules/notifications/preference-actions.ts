'use server';

import { refresh } from 'next/cache';
import { getCurrentUser } from '@/modules/access/current-user';
import type { FormState } from '@/modules/access/mutation';
import { requestOrigin } from '@/modules/audit/request-origin';
import { db } from '@/modules/platform/db';
import { notificationKinds } from './kinds';
import { resetEmailPreferences, saveEmailPreferences } from './preferences';

/** Saves the preferences page's radio groups (one field per kind); the domain function checks everything. */
export async function saveEmailPreferencesAction(_previous: FormState, form: FormData): Promise<FormState> {
  const chosen = Object.fromEntries(notificationKinds.map((kind) => [kind, form.get(kind)]));
  const state = await saveEmailPreferences(db, await getCurrentUser(), chosen, await requestOrigin());
  if (state.ok) refresh();
  return state;
}

export async function resetEmailPreferencesAction(): Promise<FormState> {
  const state = await resetEmailPreferences(db, await getCurrentUser(), await requestOrigin());
  if (state.ok) refresh();
  return state;
}
