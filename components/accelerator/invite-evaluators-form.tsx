'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/forms';
import { ColleaguePicker } from '@/components/ideas/colleague-picker';
import { useFormMessages } from '@/components/use-form-messages';
import type { FormState } from '@/modules/access/mutation';
import { inviteEvaluatorsAction } from '@/modules/accelerator/evaluation-actions';

/** Most people invited at once (the server says the same: evaluation-limits.ts). */
const invitesAtOnce = 20;

type InviteState = FormState & { round: number };

/** Pick colleagues and invite them to evaluate the idea; the picker empties after each invitation. */
export function InviteEvaluatorsForm({ ideaId }: { ideaId: number }) {
  const t = useTranslations('accelerator.evaluation');
  const [state, invite, inviting] = useActionState(
    async (previous: InviteState, form: FormData): Promise<InviteState> => {
      const answer = await inviteEvaluatorsAction(previous, form);
      return { ...answer, round: previous.round + (answer.ok ? 1 : 0) };
    },
    { ok: false, round: 0 },
  );
  const { text, fieldError } = useFormMessages(state);
  return (
    <form action={invite} noValidate className="mt-3 grid gap-3">
      <ErrorSummary state={state} fields={{ evaluatorIds: { id: 'evaluatorIds', label: t('evaluatorsLabel') } }} />
      <input type="hidden" name="ideaId" value={ideaId} />
      <ColleaguePicker
        key={state.round}
        id="evaluatorIds"
        name="evaluatorIds"
        label={t('evaluatorsLabel')}
        hint={t('inviteHint')}
        initial={[]}
        max={invitesAtOnce}
        error={fieldError('evaluatorIds')}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={inviting} className="min-h-11 rounded bg-brand px-4 font-semibold text-white">
          {t('inviteButton')}
        </button>
        <p aria-live="polite" className="text-emerald-900">
          {state.ok && state.message ? text(state.message) : ''}
        </p>
      </div>
    </form>
  );
}
