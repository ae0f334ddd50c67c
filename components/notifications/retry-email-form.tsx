'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { useFormMessages } from '@/components/use-form-messages';
import type { FormState } from '@/modules/access/mutation';
import { retryFailedEmailAction } from '@/modules/notifications/outbox-actions';

/** "Try again" on one failed e-mail; the button names the address, so a list of them reads apart. */
export function RetryEmailForm({ jobId, address }: { jobId: string; address: string }) {
  const t = useTranslations('outbox');
  const [state, retry, pending] = useActionState(retryFailedEmailAction, { ok: false } as FormState);
  const { text } = useFormMessages(state);
  return (
    <form action={retry} className="mt-2 flex flex-wrap items-center gap-3">
      <input type="hidden" name="jobId" value={jobId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={t('retryFor', { address })}
        className="min-h-11 rounded border border-brand px-4 font-semibold text-brand"
      >
        {t('retry')}
      </button>
      <p role="status">{state.message ? text(state.message) : null}</p>
    </form>
  );
}
