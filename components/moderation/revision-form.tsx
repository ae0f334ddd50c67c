'use client';

import { decideOnRevisionAction } from '@/modules/moderation/actions';
import { ChoiceDecisionForm } from './choice-decision-form';

const decisions = ['approve', 'reject'] as const;

/** Approve an author's edit of a published idea, or reject it with a reason the author reads. */
export function RevisionForm({ revisionId }: { revisionId: number }) {
  return (
    <ChoiceDecisionForm
      action={decideOnRevisionAction}
      subject={{ name: 'revisionId', value: revisionId }}
      decisions={decisions}
      labelKey={(decision) => `revisions.decisions.${decision}`}
      reasonHintKey="revisions.reasonHint"
    />
  );
}
