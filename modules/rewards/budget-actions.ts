'use server';

import { revalidatePath } from 'next/cache';
import { getCurrentUser } from '@/modules/access/current-user';
import type { FormState } from '@/modules/access/mutation';
import { requestOrigin } from '@/modules/audit/request-origin';
import { db } from '@/modules/platform/db';
import { budgetFields, setRewardBudget } from './budgets';

export async function setRewardBudgetAction(_previous: FormState, form: FormData): Promise<FormState> {
  const raw = Object.fromEntries(budgetFields.map((field) => [field, form.get(field) ?? undefined]));
  const state = await setRewardBudget(db, await getCurrentUser(), raw, await requestOrigin());
  if (state.ok) {
    revalidatePath('/[locale]/reports/budgets', 'page');
    revalidatePath('/[locale]/reports', 'page');
  }
  return state;
}
