'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary, Field, controlClass, useLimitHint } from '@/components/forms';
import { ColleaguePicker, type Colleague } from '@/components/ideas/colleague-picker';
import { useFormMessages } from '@/components/use-form-messages';
import type { FormState } from '@/modules/access/mutation';
import {
  addProgressNoteAction,
  confirmBenefitAction,
  recordBenefitAction,
  saveCardAction,
} from '@/modules/accelerator/card-actions';
import { cardLimits } from '@/modules/accelerator/card-limits';

type RoundState = FormState & { round: number };

/** A form's answer, counting accepted rounds: a field keyed by the round empties after a success. */
function useCardAction(action: (previous: FormState, form: FormData) => Promise<FormState>) {
  return useActionState(
    async (previous: RoundState, form: FormData): Promise<RoundState> => {
      const answer = await action(previous, form);
      return { ...answer, round: previous.round + (answer.ok ? 1 : 0) };
    },
    { ok: false, round: 0 },
  );
}

/** What was typed into a refused form, else the saved value. */
function typedOr(state: FormState, name: string, saved: string): string {
  return (state.ok ? undefined : state.values?.[name]) ?? saved;
}

function Saved({ state }: { state: FormState }) {
  const { text } = useFormMessages(state);
  return (
    <p aria-live="polite" className="text-emerald-900">
      {state.ok && state.message ? text(state.message) : ''}
    </p>
  );
}

const submitClass = 'min-h-11 rounded bg-brand px-4 font-semibold text-white';

export interface CardPlanValues {
  owner: Colleague | null;
  team: Colleague[];
  plan: string;
  /** 2027-03-31, or '' when none is set. */
  dueOn: string;
}

/** Owner, team, plan and target date of an idea in the accelerator. */
export function CardPlanForm({ ideaId, saved }: { ideaId: number; saved: CardPlanValues }) {
  const t = useTranslations('accelerator.card');
  const limitHint = useLimitHint();
  const [state, save, saving] = useCardAction(saveCardAction);
  const { fieldError } = useFormMessages(state);
  const value = (name: 'plan' | 'dueOn') => typedOr(state, name, saved[name]);
  return (
    <form action={save} noValidate className="mt-3 grid gap-4">
      <ErrorSummary
        state={state}
        fields={{
          ownerId: { id: 'card-owner', label: t('owner') },
          teamIds: { id: 'card-team', label: t('team') },
          plan: { id: 'card-plan', label: t('plan') },
          dueOn: { id: 'card-due', label: t('dueOn') },
        }}
      />
      <input type="hidden" name="ideaId" value={ideaId} />
      <ColleaguePicker
        id="card-owner"
        name="ownerId"
        label={t('owner')}
        hint={t('ownerHint')}
        initial={saved.owner ? [saved.owner] : []}
        max={1}
        error={fieldError('ownerId')}
      />
      <ColleaguePicker
        id="card-team"
        name="teamIds"
        label={t('team')}
        hint={t('teamHint', { max: cardLimits.team })}
        initial={saved.team}
        max={cardLimits.team}
        error={fieldError('teamIds')}
      />
      <Field
        id="card-plan"
        label={t('plan')}
        hint={`${t('planHint')} ${limitHint({ max: cardLimits.plan })}`}
        error={fieldError('plan')}
      >
        {(control) => (
          <textarea
            {...control}
            key={value('plan')}
            name="plan"
            rows={6}
            defaultValue={value('plan')}
            className={controlClass(control['aria-invalid'], true)}
          />
        )}
      </Field>
      <Field id="card-due" label={t('dueOn')} hint={t('dueOnHint')} error={fieldError('dueOn')}>
        {(control) => (
          <input
            {...control}
            key={value('dueOn')}
            type="date"
            name="dueOn"
            defaultValue={value('dueOn')}
            className={`${controlClass(control['aria-invalid'])} sm:w-56`}
          />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={saving} className={submitClass}>
          {t('savePlan')}
        </button>
        <Saved state={state} />
      </div>
    </form>
  );
}

/** A progress note for the public timeline, with the progress it brings. */
export function ProgressNoteForm({ ideaId, progressPercent }: { ideaId: number; progressPercent: number }) {
  const t = useTranslations('accelerator.card');
  const limitHint = useLimitHint();
  const [state, add, adding] = useCardAction(addProgressNoteAction);
  const { fieldError } = useFormMessages(state);
  const note = typedOr(state, 'note', '');
  const percent = typedOr(state, 'progressPercent', String(progressPercent));
  return (
    <form action={add} noValidate className="mt-3 grid gap-4">
      <ErrorSummary
        state={state}
        fields={{
          note: { id: 'progress-note', label: t('note') },
          progressPercent: { id: 'progress-percent', label: t('progressPercent') },
        }}
      />
      <input type="hidden" name="ideaId" value={ideaId} />
      <Field
        id="progress-note"
        label={t('note')}
        hint={`${t('noteHint')} ${limitHint({ max: cardLimits.progressNote })}`}
        error={fieldError('note')}
      >
        {(control) => (
          <textarea
            {...control}
            key={`${state.round}-${note}`}
            name="note"
            rows={3}
            defaultValue={note}
            className={controlClass(control['aria-invalid'], true)}
          />
        )}
      </Field>
      <Field
        id="progress-percent"
        label={t('progressPercent')}
        hint={t('progressPercentHint')}
        error={fieldError('progressPercent')}
      >
        {(control) => (
          <input
            {...control}
            key={`${state.round}-${percent}`}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            name="progressPercent"
            defaultValue={percent}
            className={`${controlClass(control['aria-invalid'])} sm:w-32`}
          />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={adding} className={submitClass}>
          {t('addNote')}
        </button>
        <Saved state={state} />
      </div>
    </form>
  );
}

export interface BenefitValues {
  realisedSavingsEur: string;
  realisedHours: string;
  realisedBenefitNote: string;
  benefitCheckOn: string;
}

/** The realised benefit of an implemented idea and the day it is checked. */
export function BenefitForm({ ideaId, saved }: { ideaId: number; saved: BenefitValues }) {
  const t = useTranslations('accelerator.card');
  const limitHint = useLimitHint();
  const [state, record, recording] = useCardAction(recordBenefitAction);
  const { fieldError } = useFormMessages(state);
  const value = (name: keyof BenefitValues) => typedOr(state, name, saved[name]);
  const fields = [
    { name: 'realisedSavingsEur', id: 'benefit-savings', label: t('realisedSavingsLabel'), hint: t('eurosHint') },
    { name: 'realisedHours', id: 'benefit-hours', label: t('realisedHoursLabel'), hint: t('hoursHint') },
  ] as const;
  return (
    <form action={record} noValidate className="mt-3 grid gap-4">
      <ErrorSummary
        state={state}
        fields={{
          realisedSavingsEur: { id: 'benefit-savings', label: t('realisedSavingsLabel') },
          realisedHours: { id: 'benefit-hours', label: t('realisedHoursLabel') },
          realisedBenefitNote: { id: 'benefit-note', label: t('realisedNoteLabel') },
          benefitCheckOn: { id: 'benefit-check', label: t('benefitCheckOnLabel') },
        }}
      />
      <input type="hidden" name="ideaId" value={ideaId} />
      {fields.map(({ name, id, label, hint }) => (
        <Field key={name} id={id} label={label} hint={hint} error={fieldError(name)}>
          {(control) => (
            <input
              {...control}
              key={value(name)}
              name={name}
              inputMode="decimal"
              defaultValue={value(name)}
              className={`${controlClass(control['aria-invalid'])} sm:w-56`}
            />
          )}
        </Field>
      ))}
      <Field
        id="benefit-note"
        label={t('realisedNoteLabel')}
        hint={limitHint({ max: cardLimits.benefitNote })}
        error={fieldError('realisedBenefitNote')}
      >
        {(control) => (
          <textarea
            {...control}
            key={value('realisedBenefitNote')}
            name="realisedBenefitNote"
            rows={3}
            defaultValue={value('realisedBenefitNote')}
            className={controlClass(control['aria-invalid'], true)}
          />
        )}
      </Field>
      <Field
        id="benefit-check"
        label={t('benefitCheckOnLabel')}
        hint={t('benefitCheckOnHint')}
        error={fieldError('benefitCheckOn')}
      >
        {(control) => (
          <input
            {...control}
            key={value('benefitCheckOn')}
            type="date"
            name="benefitCheckOn"
            defaultValue={value('benefitCheckOn')}
            className={`${controlClass(control['aria-invalid'])} sm:w-56`}
          />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={recording} className={submitClass}>
          {t('saveBenefit')}
        </button>
        <Saved state={state} />
      </div>
    </form>
  );
}

/** The benefit check: confirms the recorded benefit as realised (it is fixed from then on). */
export function ConfirmBenefitForm({ ideaId }: { ideaId: number }) {
  const t = useTranslations('accelerator.card');
  const [state, confirm, confirming] = useCardAction(confirmBenefitAction);
  return (
    <form action={confirm} noValidate className="mt-3 grid gap-2">
      <ErrorSummary state={state} fields={{}} />
      <input type="hidden" name="ideaId" value={ideaId} />
      <p className="text-sm text-muted">{t('confirmHint')}</p>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={confirming}
          className="min-h-11 rounded border border-brand px-4 font-semibold text-brand"
        >
          {t('confirmBenefit')}
        </button>
        <Saved state={state} />
      </div>
    </form>
  );
}
