'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { FormState } from '@/modules/access/mutation';
import { requestCommentReviewAction } from '@/modules/moderation/actions';
import { useFormMessages } from '@/components/use-form-messages';

/** On a hidden comment, for its writer: ask a moderator to look again (after editing, usually). */
export function ReviewRequestForm({ commentId }: { commentId: number }) {
  const t = useTranslations('moderation.review');
  const [state, ask, asking] = useActionState(requestCommentReviewAction, { ok: false } as FormState);
  const { text } = useFormMessages(state);
  return (
    <form action={ask} className="mt-1 grid gap-1">
      <input type="hidden" name="commentId" value={commentId} />
      <p className="text-sm text-amber-900">{t('hint')}</p>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={asking}
          className="min-h-11 justify-self-start rounded border border-amber-900 px-3 text-amber-950"
        >
          {t('ask')}
        </button>
        <p role="status" className="text-sm">
          {state.message ? text(state.message) : ''}
        </p>
      </div>
    </form>
  );
}
