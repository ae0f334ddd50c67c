'use server';

import { revalidatePath } from 'next/cache';
import { getCurrentUser } from '@/modules/access/current-user';
import { requestOrigin } from '@/modules/audit/request-origin';
import { db } from '@/modules/platform/db';
import { shareField } from './case-schemas';
import {
  decideRewardCase,
  editRewardShares,
  endorseRewardCase,
  rejectRewardCase,
  type CaseFormState,
} from './decisions';

// The case page's forms. A refused form gets back what was typed (React resets forms after an
// action); an accepted one revalidates the case, the list and the menu's count.

const text = (form: FormData, name: string) => String(form.get(name) ?? '');

function revalidateCase(): void {
  revalidatePath('/[locale]/rewards', 'page');
  revalidatePath('/[locale]/rewards/[caseId]', 'page');
}

async function answer(state: CaseFormState, values: Record<string, string>): Promise<CaseFormState> {
  if (!state.ok) return { ...state, values };
  revalidateCase();
  return state;
}

const reference = (form: FormData) => ({ caseId: text(form, 'caseId'), status: text(form, 'status') });

export async function endorseCaseAction(_previous: CaseFormState, form: FormData): Promise<CaseFormState> {
  const state = await endorseRewardCase(db, await getCurrentUser(), reference(form), await requestOrigin());
  return answer(state, {});
}

export async function decideCaseAction(_previous: CaseFormState, form: FormData): Promise<CaseFormState> {
  const values = {
    decisionNumber: text(form, 'decisionNumber'),
    decisionDate: text(form, 'decisionDate'),
    amount: text(form, 'amount'),
    reason: text(form, 'reason'),
  };
  const state = await decideRewardCase(
    db,
    await getCurrentUser(),
    { ...reference(form), ...values },
    await requestOrigin(),
  );
  return answer(state, values);
}

export async function rejectCaseAction(_previous: CaseFormState, form: FormData): Promise<CaseFormState> {
  const values = { reason: text(form, 'reason') };
  const state = await rejectRewardCase(
    db,
    await getCurrentUser(),
    { ...reference(form), ...values },
    await requestOrigin(),
  );
  return answer(state, values);
}

export async function editSharesAction(_previous: CaseFormState, form: FormData): Promise<CaseFormState> {
  const userIds = form.getAll('userIds').map(String);
  const shares = Object.fromEntries(userIds.map((userId) => [userId, text(form, shareField(userId))]));
  const state = await editRewardShares(
    db,
    await getCurrentUser(),
    { ...reference(form), shares },
    await requestOrigin(),
  );
  return answer(state, Object.fromEntries(userIds.map((userId) => [shareField(userId), shares[userId] ?? ''])));
}
