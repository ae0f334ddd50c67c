'use server';

import { getLocale } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { getCurrentUser } from '@/modules/access/current-user';
import type { FormState } from '@/modules/access/mutation';
import { requestOrigin } from '@/modules/audit/request-origin';
import { isAppLocale } from '@/modules/i18n/locales';
import { redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import { setPayCode } from './pay-code';
import { createPayrollBatch, markBatchPaid, type PayrollBatchState } from './payroll';

export async function createPayrollBatchAction(
  _previous: PayrollBatchState,
  form: FormData,
): Promise<PayrollBatchState> {
  const requested = await getLocale();
  const locale = isAppLocale(requested) ? requested : 'fi';
  const caseIds = form.getAll('caseIds').map(String);
  const paymentMonth = form.get('paymentMonth') ?? undefined;
  const state = await createPayrollBatch(
    db,
    await getCurrentUser(),
    { paymentMonth, caseIds },
    await requestOrigin(),
    locale,
  );
  if (!state.ok) return { ...state, values: { paymentMonth: String(paymentMonth ?? ''), caseIds: caseIds.join(',') } };
  revalidatePath('/[locale]/rewards/batches', 'page');
  return redirect({ href: `/rewards/batches/${state.id}`, locale });
}

export async function markBatchPaidAction(_previous: FormState, form: FormData): Promise<FormState> {
  const raw = { batchId: form.get('batchId'), paymentDate: form.get('paymentDate') };
  const state = await markBatchPaid(db, await getCurrentUser(), raw, await requestOrigin());
  if (!state.ok) return { ...state, values: { paymentDate: String(raw.paymentDate ?? '') } };
  revalidatePath('/[locale]/rewards/batches', 'page');
  revalidatePath('/[locale]/rewards/batches/[batchId]', 'page');
  return state;
}

export async function setPayCodeAction(_previous: FormState, form: FormData): Promise<FormState> {
  const state = await setPayCode(db, await getCurrentUser(), { payCode: form.get('payCode') }, await requestOrigin());
  if (state.ok) revalidatePath('/[locale]/rewards/batches', 'page');
  return state;
}
