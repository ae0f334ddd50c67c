'use server';

import { revalidatePath } from 'next/cache';
import { getCurrentUser } from '@/modules/access/current-user';
import type { FormState } from '@/modules/access/mutation';
import { requestOrigin } from '@/modules/audit/request-origin';
import { db } from '@/modules/platform/db';
import { createRuleVersion, ruleVersionFields } from './rule-versions';

export async function createRuleVersionAction(_previous: FormState, form: FormData): Promise<FormState> {
  const raw = Object.fromEntries(ruleVersionFields.map((field) => [field, form.get(field) ?? undefined]));
  const state = await createRuleVersion(db, await getCurrentUser(), raw, await requestOrigin());
  if (state.ok) revalidatePath('/[locale]/rewards/rules', 'page');
  return state;
}
