'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useRef, useState } from 'react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorSummary, Field, controlClass } from '@/components/forms';
import { useFormMessages } from '@/components/use-form-messages';
import type { FormState } from '@/modules/access/mutation';
import {
  createTaxonomyEntryAction,
  mergeTaxonomyEntriesAction,
  renameTaxonomyEntryAction,
  setTaxonomyEntryActiveAction,
} from '@/modules/taxonomy/actions';
import type { TaxonomyKind } from '@/modules/taxonomy/kinds';
import { TAXONOMY_NAME_MAX, nameFields } from '@/modules/taxonomy/limits';

type Names = Record<(typeof nameFields)[number], string>;

const buttonClass = 'min-h-11 rounded bg-brand px-4 font-semibold text-white';
const secondaryButtonClass = 'min-h-11 rounded border border-brand px-3 font-semibold text-brand';

function Saved({ id, state }: { id: string; state: FormState }) {
  const { text } = useFormMessages(state);
  return (
    <p id={id} aria-live="polite" className="min-h-6 text-sm text-emerald-800">
      {state.ok && state.message ? text(state.message) : ''}
    </p>
  );
}

/** The three name fields, each language with its own label, hint and error. */
function NameFields({ prefix, names, state }: { prefix: string; names?: Names; state: FormState }) {
  const t = useTranslations('taxonomy');
  const { fieldError } = useFormMessages(state);
  return nameFields.map((field) => (
    <Field
      key={field}
      id={`${prefix}-${field}`}
      label={t(field)}
      hint={t('nameHint', { max: TAXONOMY_NAME_MAX })}
      error={fieldError(field)}
    >
      {(control) => (
        <input
          {...control}
          name={field}
          type="text"
          autoComplete="off"
          defaultValue={state.values?.[field] ?? names?.[field] ?? ''}
          className={controlClass(control['aria-invalid'])}
        />
      )}
    </Field>
  ));
}

function summaryFields(prefix: string, label: (field: (typeof nameFields)[number]) => string) {
  return Object.fromEntries(nameFields.map((field) => [field, { id: `${prefix}-${field}`, label: label(field) }]));
}

export function TaxonomyCreateForm({ kind }: { kind: TaxonomyKind }) {
  const t = useTranslations('taxonomy');
  const [state, save, saving] = useActionState(createTaxonomyEntryAction, { ok: false } as FormState);
  const prefix = `new-${kind}`;
  return (
    <form action={save} noValidate aria-labelledby={`${prefix}-heading`} className="grid max-w-prose gap-4">
      <h2 id={`${prefix}-heading`} className="text-xl font-bold">
        {t(`${kind}.createHeading`)}
      </h2>
      <ErrorSummary state={state} fields={summaryFields(prefix, (field) => t(field))} />
      <input type="hidden" name="kind" value={kind} />
      <NameFields prefix={prefix} state={state} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={saving} className={buttonClass}>
          {t(`${kind}.create`)}
        </button>
        <Saved id={`${prefix}-saved`} state={state} />
      </div>
    </form>
  );
}

export function TaxonomyRenameForm({ kind, id, names }: { kind: TaxonomyKind; id: string; names: Names }) {
  const t = useTranslations('taxonomy');
  const [state, save, saving] = useActionState(renameTaxonomyEntryAction, { ok: false } as FormState);
  const prefix = `rename-${id}`;
  return (
    <form action={save} noValidate className="grid gap-4">
      <ErrorSummary state={state} fields={summaryFields(prefix, (field) => t(field))} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <NameFields prefix={prefix} names={names} state={state} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={saving} className={secondaryButtonClass}>
          {t('saveNames')}
        </button>
        <Saved id={`${prefix}-saved`} state={state} />
      </div>
    </form>
  );
}

export function TaxonomyActiveForm({ kind, id, active }: { kind: TaxonomyKind; id: string; active: boolean }) {
  const t = useTranslations('taxonomy');
  const [state, save, saving] = useActionState(setTaxonomyEntryActiveAction, { ok: false } as FormState);
  const { text } = useFormMessages(state);
  return (
    <form action={save} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="active" value={active ? 'false' : 'true'} />
      <button type="submit" disabled={saving} className={secondaryButtonClass}>
        {active ? t('deactivate') : t('reactivate')}
      </button>
      <p aria-live="polite" className={state.ok ? 'text-sm text-emerald-800' : 'text-sm font-semibold text-red-800'}>
        {state.message ? text(state.message) : ''}
      </p>
    </form>
  );
}

/** A merge cannot be undone: with a target chosen, the button asks first, naming both. */
export function TaxonomyMergeForm({
  kind,
  id,
  name,
  targets,
}: {
  kind: TaxonomyKind;
  id: string;
  name: string;
  /** The entries in use it may be merged into (itself excluded). */
  targets: { id: string; name: string }[];
}) {
  const t = useTranslations('taxonomy');
  const [state, save, saving] = useActionState(mergeTaxonomyEntriesAction, { ok: false } as FormState);
  const { fieldError } = useFormMessages(state);
  const [asking, setAsking] = useState(false);
  const [targetId, setTargetId] = useState(state.values?.targetId ?? '');
  const form = useRef<HTMLFormElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const fieldId = `merge-${id}-target`;
  const target = targets.find((candidate) => candidate.id === targetId);
  return (
    <form ref={form} action={save} noValidate className="grid gap-3">
      <ErrorSummary state={state} fields={{ targetId: { id: fieldId, label: t('mergeTarget') } }} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="sourceId" value={id} />
      <Field id={fieldId} label={t('mergeTarget')} hint={t(`${kind}.mergeHint`)} error={fieldError('targetId')}>
        {(control) => (
          <select
            {...control}
            name="targetId"
            value={targetId}
            onChange={(event) => setTargetId(event.target.value)}
            className={controlClass(control['aria-invalid'])}
          >
            <option value="">{t('chooseTarget')}</option>
            {targets.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <button
          ref={button}
          type="button"
          disabled={saving}
          // Nothing chosen: straight to the server, which says what is missing.
          onClick={() => (target ? setAsking(true) : form.current?.requestSubmit())}
          className={secondaryButtonClass}
        >
          {t('merge')}
        </button>
        <Saved id={`merge-${id}-saved`} state={state} />
      </div>
      <ConfirmDialog
        open={asking && Boolean(target)}
        title={t('mergeConfirm', { name, target: target?.name ?? '' })}
        description={t(`${kind}.mergeHint`)}
        cancelLabel={t('cancel')}
        onCancel={() => setAsking(false)}
        returnFocusTo={button}
        confirm={
          <button
            type="button"
            // Submitted before the dialog closes: closing unmounts this button.
            onClick={() => {
              form.current?.requestSubmit();
              setAsking(false);
            }}
            className={buttonClass}
          >
            {t('merge')}
          </button>
        }
      />
    </form>
  );
}
