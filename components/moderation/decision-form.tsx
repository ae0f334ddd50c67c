'use client';

import { decideOnIdeaAction } from '@/modules/moderation/actions';
import { ChoiceDecisionForm } from './choice-decision-form';

type Decision = 'publish' | 'request-changes' | 'reject' | 'approve' | 'hide';

/** The choices for one idea (all but publishing and approving need a reason, which the author reads). */
export function DecisionForm({
  ideaId,
  decisions = ['publish', 'request-changes', 'reject'],
}: {
  ideaId: number;
  decisions?: readonly Decision[];
}) {
  return (
    <ChoiceDecisionForm
      action={decideOnIdeaAction}
      subject={{ name: 'ideaId', value: ideaId }}
      decisions={decisions}
      labelKey={(decision) => `decisions.${decision}`}
      reasonHintKey="reasonHint"
    />
  );
}
