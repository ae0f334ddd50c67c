'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import type { FormState } from '@/modules/access/mutation';
import { ErrorSummary } from '@/components/forms';
import { useFormMessages } from '@/components/use-form-messages';
import { ChoiceFieldset } from './choice-fieldset';
import { DecidedStatus } from './decided-status';
import { ReasonField } from './reason-field';

type DecisionAction = (state: FormState, form: FormData) => Promise<FormState>;

/**
 * A moderator's choice among a few decisions with a reason the author reads, for one thing (the
 * hidden `subject` field names it). Nothing is preselected, so no decision is made by a slip; a
 * refused form keeps both.
 */
export function ChoiceDecisionForm<Decision extends string>({
  action,
  subject,
  decisions,
  labelKey,
  reasonHintKey,
}: {
  action: DecisionAction;
  subject: { name: string; value: number };
  decisions: readonly Decision[];
  /** The translation key (under `moderation`) of a decision's label. */
  labelKey: (decision: Decision) => string;
  reasonHintKey: string;
}) {
  const t = useTranslations('moderation');
  const id = useId();
  const [state, decide, deciding] = useActionState(action, { ok: false } as FormState);
  const { text, fieldError } = useFormMessages(state);
  const reasonError = fieldError('reason');
  const choiceError = fieldError('decision');

  if (state.ok) return <DecidedStatus>{text(state.message ?? '')}</DecidedStatus>;
  return (
    <form action={decide} className="mt-3 grid gap-2" noValidate>
      <ErrorSummary
        state={state}
        fields={{
          decision: { id: `${id}-choice`, label: t('decision') },
          reason: { id: `${id}-reason`, label: t('reason') },
        }}
      />
      <input type="hidden" name={subject.name} value={subject.value} />
      <ChoiceFieldset
        id={id}
        name="decision"
        legend={t('decision')}
        choices={decisions.map((decision) => ({ value: decision, label: t(labelKey(decision)) }))}
        defaultValue={state.values?.decision}
        error={choiceError}
      />
      <ReasonField
        id={id}
        label={t('reason')}
        hint={t(reasonHintKey)}
        error={reasonError}
        defaultValue={state.values?.reason ?? ''}
        rows={3}
      />
      <button
        type="submit"
        disabled={deciding}
        className="min-h-11 justify-self-start rounded bg-brand px-4 font-semibold text-white"
      >
        {t('confirm')}
      </button>
    </form>
  );
}
