// Every kind of audit entry VAU writes, and the translation key of the sentence that tells it to a
// reader ("Laura Nieminen pyysi muutoksia ideaan 86"). A kind missing here is still shown, with the
// generic sentence; sentences.test.ts finds the writers in the code so that does not happen quietly.

/** Idea moves through the lifecycle, audited as `idea.<transition>` (modules/ideas/transition.ts). */
const ideaTransitions = [
  'submit',
  'resubmit',
  'publish',
  'request-changes',
  'reject',
  'hide',
  'restore',
  'merge',
  'nominate',
  'auto-nominate',
  'promote',
  'experiment',
  'implement',
  'complete',
  'decline',
  'discontinue',
  'archive',
  'withdraw',
  'auto-hide',
  'auto-publish',
] as const;

const flagResolutions = ['keep', 'hide', 'redact'] as const;

export const knownAuditActions: readonly string[] = [
  'auth.sign-in',
  'auth.sign-out',
  'user.roles.change',
  'user.department.change',
  'user.managed-departments.change',
  'user.deactivate',
  'user.reactivate',
  'user.profile.update',
  'user.email-preferences.update',
  'user.email-preferences.reset',
  'user.email-preferences.unsubscribe',
  'user.export',
  'settings.moderation-mode',
  'settings.candidate-votes',
  'settings.evaluation-days',
  'settings.moderation-waiting-hours',
  'settings.pay-code',
  'settings.scorecard',
  ...ideaTransitions.map((name) => `idea.${name}`),
  'idea.approve',
  'idea.edit-by-other',
  'idea.discussion.lock',
  'idea.discussion.unlock',
  'idea.revision.approve',
  'idea.revision.reject',
  ...flagResolutions.flatMap((resolution) => [`idea.flags.${resolution}`, `comment.flags.${resolution}`]),
  'comment.auto-hide',
  'comment.review-request',
  'comment.official',
  'accelerator.evaluators.invite',
  'accelerator.evaluation.submit',
  'accelerator.owner.set',
  'accelerator.card.update',
  'accelerator.progress.note',
  'accelerator.benefit.record',
  'accelerator.benefit.confirm',
  // Rewards: the case number and statuses only, never an amount or a recipient (decision 28).
  'reward.propose',
  'reward.endorse',
  'reward.decide',
  'reward.recognise',
  'reward.reject',
  'reward.shares',
  'reward.batch',
  'reward.pay',
  'reward.rules.version',
  'reward.budget.set',
  'payroll.batch.create',
  'payroll.batch.pay',
  'staff.import',
  'user.employee-data',
  'email.retry',
  'campaign.create',
  'campaign.update',
  'settings.flag-threshold',
  'settings.widget-frame-origins',
  ...['category', 'department'].flatMap((kind) =>
    ['create', 'rename', 'deactivate', 'reactivate', 'merge'].map((change) => `${kind}.${change}`),
  ),
  'webhook.create',
  'webhook.update',
  'webhook.rotate_secret',
  'webhook.delete',
  'webhook.test',
];

const known = new Set(knownAuditActions);

/** The message key (under `audit.sentences`) for an action; dots cannot appear in a key. */
export function sentenceKeyOf(action: string): string {
  return action.replaceAll('.', '_');
}

/** The key of the action's own sentence, or of the generic one for a kind VAU does not know. */
export function sentenceFor(action: string): { key: string; known: boolean } {
  return known.has(action) ? { key: sentenceKeyOf(action), known: true } : { key: 'generic', known: false };
}
