'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { FormState } from '@/modules/access/mutation';
import { Link } from '@/modules/i18n/navigation';
import { unsubscribeAction } from '@/modules/notifications/unsubscribe-actions';

/** One button that turns the e-mails off (a POST: opening the link alone never does), then says so. */
export function UnsubscribeForm({ token }: { token: string }) {
  const t = useTranslations('unsubscribe');
  const [state, submit, pending] = useActionState(unsubscribeAction, { ok: false } as FormState);
  return (
    <form action={submit} className="mt-6 grid gap-4">
      <input type="hidden" name="token" value={token} />
      {!state.ok && (
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 justify-self-start rounded bg-brand px-4 font-semibold text-white"
        >
          {t('confirm')}
        </button>
      )}
      {/* Always in the page, so the answer is read out when it appears. */}
      <p
        role="status"
        className={
          state.message
            ? state.ok
              ? 'rounded bg-emerald-50 px-3 py-2 text-emerald-900'
              : 'rounded bg-red-50 px-3 py-2 text-red-900'
            : undefined
        }
      >
        {state.message === 'unsubscribe.done' ? t('done') : state.message ? t('invalid') : null}
      </p>
      {state.ok && (
        <p>
          <Link
            href="/profile/notifications"
            className="inline-block min-h-11 py-2 text-brand underline underline-offset-4"
          >
            {t('preferences')}
          </Link>
        </p>
      )}
    </form>
  );
}
