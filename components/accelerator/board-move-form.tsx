'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { ErrorSummary, Field, controlClass } from '@/components/forms';
import { moveCardAction } from '@/modules/accelerator/board-actions';
import type { MoveState, MoveTarget } from '@/modules/accelerator/moves';
import type { BoardColumn } from '@/modules/accelerator/board';
import { useMoveText } from './board-texts';

/**
 * A card's plain "Siirrä" control: a form that posts without JavaScript too. It folds away so the
 * board stays scannable, and opens again when the move was refused (with what was typed).
 */
export function BoardMoveForm({
  ideaId,
  title,
  from,
  moves,
  needsReason,
  back,
}: {
  ideaId: number;
  title: string;
  from: BoardColumn;
  moves: readonly MoveTarget[];
  /** The moves the lifecycle asks a reason for (the reason field is shown when any is offered). */
  needsReason: readonly MoveTarget[];
  /** The board's query string, so the answer comes back to the same filters. */
  back: string;
}) {
  const t = useTranslations('accelerator.board.move');
  const id = useId();
  const [state, move, moving] = useActionState(moveCardAction, { ok: false } as MoveState);
  const { outcome, fieldError } = useMoveText();
  const refused = !state.ok && state.message !== undefined;
  return (
    <details open={refused} className="mt-2 rounded border border-line bg-white">
      <summary className="min-h-11 cursor-pointer px-3 py-2 font-semibold text-brand">
        {t('summary')}
        <span className="sr-only">: {title}</span>
      </summary>
      <form action={move} className="grid gap-2 p-3" noValidate>
        {refused && !state.fieldErrors && (
          <p className="rounded bg-amber-50 px-3 py-2 text-sm font-semibold text-amber-900">{outcome(state)}</p>
        )}
        {state.fieldErrors && (
          <ErrorSummary
            state={state}
            fields={{ to: { id: `${id}-to`, label: t('label') }, reason: { id: `${id}-reason`, label: t('reason') } }}
          />
        )}
        <input type="hidden" name="ideaId" value={ideaId} />
        <input type="hidden" name="from" value={from} />
        <input type="hidden" name="back" value={back} />
        <Field id={`${id}-to`} label={t('label')} error={fieldError(state, 'to')}>
          {(control) => (
            <select
              {...control}
              name="to"
              defaultValue={state.values?.to ?? ''}
              className={controlClass(control['aria-invalid'])}
            >
              <option value="">{t('choose')}</option>
              {moves.map((target) => (
                <option key={target} value={target}>
                  {t(`targets.${target}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {moves.some((target) => needsReason.includes(target)) && (
          <Field id={`${id}-reason`} label={t('reason')} hint={t('reasonHint')} error={fieldError(state, 'reason')}>
            {(control) => (
              <textarea
                {...control}
                name="reason"
                rows={2}
                defaultValue={state.values?.reason ?? ''}
                className={controlClass(control['aria-invalid'], true)}
              />
            )}
          </Field>
        )}
        <button
          type="submit"
          disabled={moving}
          className="min-h-11 justify-self-start rounded bg-brand px-4 font-semibold text-white"
        >
          {moving ? t('moving') : t('submit')}
        </button>
      </form>
    </details>
  );
}
