'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { ErrorSummary, Field, controlClass } from '@/components/forms';
import { DecidedStatus } from '@/components/moderation/decided-status';
import { useFormMessages } from '@/components/use-form-messages';
import type { FormState } from '@/modules/access/mutation';
import { declineAction, nominateAction, promoteAction } from '@/modules/accelerator/actions';
import type { IdeaStatus } from '@/modules/platform/db/generated/enums';

interface CandidateActionsProps {
  ideaId: number;
  status: IdeaStatus;
  /** The lifecycle transitions this reader may make now (the server's `availableTransitions`). */
  transitions: readonly string[];
  /** On a list: the decided idea stays in place with its confirmation instead of the page reloading. */
  keepPage?: boolean;
}

const initial: FormState = { ok: false };
/** Declining here is the candidate decision; after evaluation it is the board's. */
const beforeAccelerator: readonly IdeaStatus[] = ['PUBLISHED', 'SHORTLISTED'];

/**
 * Nominate a published idea for the accelerator (with an optional public note), or decide on a
 * candidate: promote it into evaluation, or decline it with a reason its author reads. Only the
 * controls this reader's permissions allow are shown; the server checks again.
 */
export function CandidateActions({ ideaId, status, transitions, keepPage = false }: CandidateActionsProps) {
  const t = useTranslations('accelerator.candidates');
  const id = useId();
  const [nominated, nominate, nominating] = useActionState(nominateAction, initial);
  const [promoted, promote, promoting] = useActionState(promoteAction, initial);
  const [declined, decline, declining] = useActionState(declineAction, initial);
  const { text } = useFormMessages(initial);
  const nominateMessages = useFormMessages(nominated);
  const declineMessages = useFormMessages(declined);

  const done = [nominated, promoted, declined].find((state) => state.ok);
  if (done) return <DecidedStatus>{text(done.message ?? '')}</DecidedStatus>;

  const mayNominate = transitions.includes('nominate');
  const mayPromote = transitions.includes('promote');
  const mayDecline = transitions.includes('decline') && beforeAccelerator.includes(status);
  if (!mayNominate && !mayPromote && !mayDecline) return null;
  const hidden = (
    <>
      <input type="hidden" name="ideaId" value={ideaId} />
      {keepPage && <input type="hidden" name="keepPage" value="1" />}
    </>
  );
  const button = 'min-h-11 justify-self-start rounded px-4 font-semibold';

  return (
    <div className="mt-3 grid gap-4">
      {mayNominate && (
        <form action={nominate} className="grid gap-2" noValidate>
          <ErrorSummary state={nominated} fields={{ note: { id: `${id}-note`, label: t('nominate.note') } }} />
          {hidden}
          <Field
            id={`${id}-note`}
            label={t('nominate.note')}
            hint={t('nominate.noteHint')}
            error={nominateMessages.fieldError('note')}
          >
            {(control) => (
              <textarea
                {...control}
                name="note"
                rows={2}
                defaultValue={nominated.values?.note ?? ''}
                className={controlClass(control['aria-invalid'], true)}
              />
            )}
          </Field>
          <button type="submit" disabled={nominating} className={`${button} bg-brand text-white`}>
            {t('nominate.submit')}
          </button>
        </form>
      )}
      {mayPromote && (
        <form action={promote} className="grid gap-2" noValidate>
          <ErrorSummary state={promoted} fields={{}} />
          {hidden}
          <p id={`${id}-promote-hint`} className="text-sm text-muted">
            {t('promote.hint')}
          </p>
          <button
            type="submit"
            disabled={promoting}
            aria-describedby={`${id}-promote-hint`}
            className={`${button} bg-brand text-white`}
          >
            {t('promote.submit')}
          </button>
        </form>
      )}
      {mayDecline && (
        <form action={decline} className="grid gap-2" noValidate>
          <ErrorSummary state={declined} fields={{ reason: { id: `${id}-reason`, label: t('decline.reason') } }} />
          {hidden}
          <Field
            id={`${id}-reason`}
            label={t('decline.reason')}
            hint={t('decline.reasonHint')}
            error={declineMessages.fieldError('reason')}
          >
            {(control) => (
              <textarea
                {...control}
                name="reason"
                rows={2}
                defaultValue={declined.values?.reason ?? ''}
                className={controlClass(control['aria-invalid'], true)}
              />
            )}
          </Field>
          <button
            type="submit"
            disabled={declining}
            className={`${button} border-2 border-red-800 bg-white text-red-800`}
          >
            {t('decline.submit')}
          </button>
        </form>
      )}
    </div>
  );
}
