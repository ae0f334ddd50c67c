'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { ErrorSummary, Field, controlClass, keepEnterFromSubmitting, type SummaryFields } from '@/components/forms';
import { useFormMessages } from '@/components/use-form-messages';
import type { FormState } from '@/modules/access/mutation';
import { saveScorecardAction } from '@/modules/accelerator/evaluation-actions';

export interface CriterionFormRow {
  id: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
  descriptionFi: string;
  descriptionSv: string;
  descriptionEn: string;
  weight: string;
  sortOrder: string;
  active: boolean;
}

const textFields = ['nameFi', 'nameSv', 'nameEn', 'descriptionFi', 'descriptionSv', 'descriptionEn'] as const;

/** Every criterion in one form (the weights in use must sum to 100), with an empty row to add one. */
export function ScorecardAdminForm({ criteria }: { criteria: CriterionFormRow[] }) {
  const t = useTranslations('admin.scorecard');
  const [state, save, saving] = useActionState(saveScorecardAction, { ok: false } as FormState);
  const { text, fieldError } = useFormMessages(state);
  const newRow: CriterionFormRow = {
    id: '',
    ...(Object.fromEntries(textFields.map((name) => [name, ''])) as Record<(typeof textFields)[number], string>),
    weight: '0',
    sortOrder: String(criteria.length + 1),
    active: true,
  };
  const rows = [...criteria, newRow];
  const typed = state.ok ? undefined : state.values;
  const valueOf = (index: number, name: keyof CriterionFormRow) => {
    const given = typed?.[`criteria.${index}.${name}`];
    const initial = rows[index]?.[name];
    if (name === 'active') return given === undefined ? initial : given === 'on';
    return given ?? initial;
  };
  // The live sum helps while typing; the server checks it again.
  const [weights, setWeights] = useState(() =>
    rows.map((_, index) => ({ weight: Number(valueOf(index, 'weight')), active: valueOf(index, 'active') === true })),
  );
  const sum = weights.reduce((total, row) => total + (row.active && Number.isFinite(row.weight) ? row.weight : 0), 0);
  const update = (index: number, change: Partial<{ weight: number; active: boolean }>) =>
    setWeights((current) => current.map((row, at) => (at === index ? { ...row, ...change } : row)));

  const summaryFields: SummaryFields = { weights: { id: 'weights-sum', label: t('weightsLabel') } };
  rows.forEach((_, index) => {
    for (const name of [...textFields, 'weight', 'sortOrder'] as const)
      summaryFields[`criteria.${index}.${name}`] = {
        id: `criteria-${index}-${name}`,
        label: `${index < criteria.length ? index + 1 : t('newHeading')}: ${t(name)}`,
      };
  });

  return (
    // Keys typed in the form's fields bubble to it; the form itself takes no focus.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <form action={save} noValidate onKeyDown={keepEnterFromSubmitting} className="mt-4 grid gap-6">
      <ErrorSummary state={state} fields={summaryFields} />
      <input type="hidden" name="count" value={rows.length} />
      {rows.map((row, index) => {
        const isNew = index === criteria.length;
        const prefix = `criteria.${index}`;
        const id = (name: string) => `criteria-${index}-${name}`;
        return (
          <fieldset key={row.id || 'new'} className="rounded border border-line p-4">
            <legend className="px-1 text-lg font-bold">
              {isNew ? t('newHeading') : t('criterionHeading', { number: index + 1, name: row.nameFi })}
            </legend>
            {isNew && <p className="text-sm text-muted">{t('newHint')}</p>}
            <input type="hidden" name={`${prefix}.id`} value={row.id} />
            <div className="grid gap-3 sm:grid-cols-3">
              {(['nameFi', 'nameSv', 'nameEn'] as const).map((name) => (
                <Field key={name} id={id(name)} label={t(name)} error={fieldError(`${prefix}.${name}`)}>
                  {(control) => (
                    <input
                      {...control}
                      name={`${prefix}.${name}`}
                      defaultValue={String(valueOf(index, name))}
                      className={controlClass(control['aria-invalid'])}
                    />
                  )}
                </Field>
              ))}
            </div>
            <div className="mt-3 grid gap-3">
              {(['descriptionFi', 'descriptionSv', 'descriptionEn'] as const).map((name) => (
                <Field
                  key={name}
                  id={id(name)}
                  label={t(name)}
                  hint={t('descriptionHint')}
                  error={fieldError(`${prefix}.${name}`)}
                >
                  {(control) => (
                    <textarea
                      {...control}
                      name={`${prefix}.${name}`}
                      rows={2}
                      defaultValue={String(valueOf(index, name))}
                      className={controlClass(control['aria-invalid'], true)}
                    />
                  )}
                </Field>
              ))}
            </div>
            <div className="mt-3 flex flex-wrap items-end gap-4">
              <Field
                id={id('weight')}
                label={t('weight')}
                hint={t('weightHint')}
                error={fieldError(`${prefix}.weight`)}
              >
                {(control) => (
                  <input
                    {...control}
                    name={`${prefix}.weight`}
                    inputMode="numeric"
                    defaultValue={String(valueOf(index, 'weight'))}
                    onChange={(event) => update(index, { weight: Number(event.target.value) })}
                    className={`${controlClass(control['aria-invalid'])} w-24`}
                  />
                )}
              </Field>
              <Field
                id={id('sortOrder')}
                label={t('sortOrder')}
                hint={t('sortOrderHint')}
                error={fieldError(`${prefix}.sortOrder`)}
              >
                {(control) => (
                  <input
                    {...control}
                    name={`${prefix}.sortOrder`}
                    inputMode="numeric"
                    defaultValue={String(valueOf(index, 'sortOrder'))}
                    className={`${controlClass(control['aria-invalid'])} w-24`}
                  />
                )}
              </Field>
              <label className="inline-flex min-h-11 items-center gap-2 font-semibold">
                <input
                  type="checkbox"
                  name={`${prefix}.active`}
                  defaultChecked={valueOf(index, 'active') === true}
                  onChange={(event) => update(index, { active: event.target.checked })}
                  className="size-5"
                />
                {t('active')}
              </label>
            </div>
          </fieldset>
        );
      })}
      <p
        id="weights-sum"
        tabIndex={-1}
        aria-live="polite"
        className={sum === 100 ? 'font-semibold' : 'font-semibold text-red-800'}
      >
        {t('weightsTotal', { sum })}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={saving} className="min-h-11 rounded bg-brand px-4 font-semibold text-white">
          {t('save')}
        </button>
        <p aria-live="polite" className="text-emerald-900">
          {state.ok && state.message ? text(state.message) : ''}
        </p>
      </div>
    </form>
  );
}
