'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState, useTransition, type ReactNode } from 'react';
import type { FormState } from '@/modules/access/mutation';
import { saveIdeaAction } from '@/modules/ideas/actions';
import { ColleaguePicker, type Colleague } from './colleague-picker';
import { SimilarIdeas } from './similar-ideas';
import { useFormMessages } from '@/components/use-form-messages';

export interface IdeaFormValues {
  id?: number;
  title: string;
  body: string;
  categoryId: string;
  departmentIds: string[];
  expectedSavingsEur: string;
  expectedHoursSaved: string;
  expectedBenefitNote: string;
  coAuthors: Colleague[];
  anonymous: boolean;
  /** Only drafts and ideas sent back for changes can be (re)submitted. */
  submittable: boolean;
}

interface IdeaFormProps {
  initial: IdeaFormValues;
  categories: { id: string; name: string }[];
  departments: { id: string; name: string }[];
  /** Renders the description on the server exactly as the idea page will. */
  preview: (source: string) => Promise<ReactNode>;
}

const field = 'mt-1 block min-h-11 w-full rounded border border-line bg-white px-3';

/**
 * Post or edit an idea. Errors sit next to their fields and everything typed stays when the server
 * refuses; the description can be previewed exactly as it will be shown.
 */
export function IdeaForm({ initial, categories, departments, preview: renderPreview }: IdeaFormProps) {
  const t = useTranslations('ideas.form');
  const [state, save, saving] = useActionState(saveIdeaAction, { ok: false } as FormState);
  const values = state.values;
  const [title, setTitle] = useState(initial.title);
  const [body, setBody] = useState(initial.body);
  const [preview, setPreview] = useState<ReactNode | null>(null);
  const [previewing, startPreview] = useTransition();
  const { text, fieldError: error } = useFormMessages(state);
  const describedBy = (name: string, hint?: boolean) =>
    [hint ? `${name}-hint` : '', error(name) ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  const errorText = (name: string) =>
    error(name) ? (
      <p id={`${name}-error`} className="mt-1 text-sm text-red-800">
        {error(name)}
      </p>
    ) : null;
  const chosenDepartments =
    values?.departmentIds !== undefined ? values.departmentIds.split(',').filter(Boolean) : initial.departmentIds;

  return (
    <form action={save} className="mt-4 grid max-w-2xl gap-5" noValidate>
      {initial.id && <input type="hidden" name="ideaId" value={initial.id} />}
      <div>
        <label htmlFor="title" className="font-semibold">
          {t('title')}
        </label>
        <input
          id="title"
          name="title"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          maxLength={160}
          aria-invalid={Boolean(error('title'))}
          aria-describedby={describedBy('title', true)}
          className={field}
        />
        <p id="title-hint" className="mt-1 text-sm text-muted">
          {t('titleHint')}
        </p>
        {errorText('title')}
        <SimilarIdeas title={title} excludeId={initial.id} />
      </div>

      <div>
        <div className="flex flex-wrap items-end justify-between gap-2">
          <label htmlFor="body" className="font-semibold">
            {t('body')}
          </label>
          <button
            type="button"
            aria-pressed={preview !== null}
            onClick={() => {
              if (preview !== null) setPreview(null);
              else startPreview(async () => setPreview(await renderPreview(body)));
            }}
            className="min-h-11 rounded border border-line px-3 text-sm"
          >
            {preview !== null ? t('backToWriting') : t('preview')}
          </button>
        </div>
        <textarea
          id="body"
          name="body"
          rows={10}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          hidden={preview !== null}
          aria-invalid={Boolean(error('body'))}
          aria-describedby={describedBy('body', true)}
          className="mt-1 block w-full rounded border border-line bg-white p-3"
        />
        {preview !== null && (
          <div
            aria-live="polite"
            aria-busy={previewing}
            className="mt-1 min-h-40 rounded border border-dashed border-line p-3"
          >
            {preview}
          </div>
        )}
        <p id="body-hint" className="mt-1 text-sm text-muted">
          {t('bodyHint')}
        </p>
        {errorText('body')}
      </div>

      <div>
        <label htmlFor="categoryId" className="font-semibold">
          {t('category')}
        </label>
        <select
          id="categoryId"
          name="categoryId"
          defaultValue={values?.categoryId ?? initial.categoryId}
          aria-invalid={Boolean(error('categoryId'))}
          aria-describedby={describedBy('categoryId')}
          className={field}
        >
          <option value="">{t('chooseCategory')}</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </select>
        {errorText('categoryId')}
      </div>

      <fieldset aria-describedby={describedBy('departmentIds')}>
        <legend className="font-semibold">{t('departments')}</legend>
        <p className="text-sm text-muted">{t('departmentsHint')}</p>
        <div className="mt-1 grid gap-x-4 sm:grid-cols-2">
          {departments.map((department) => (
            <label key={department.id} className="inline-flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                name="departmentIds"
                value={department.id}
                defaultChecked={chosenDepartments.includes(department.id)}
                className="size-5"
              />
              {department.name}
            </label>
          ))}
        </div>
        {errorText('departmentIds')}
      </fieldset>

      <fieldset className="grid gap-3 rounded-lg bg-surface p-4">
        <legend className="font-semibold">{t('benefit')}</legend>
        <p className="text-sm text-muted">{t('benefitHint')}</p>
        <div className="grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor="expectedSavingsEur">{t('savings')}</label>
            <input
              id="expectedSavingsEur"
              name="expectedSavingsEur"
              inputMode="decimal"
              defaultValue={values?.expectedSavingsEur ?? initial.expectedSavingsEur}
              aria-invalid={Boolean(error('expectedSavingsEur'))}
              aria-describedby={describedBy('expectedSavingsEur')}
              className={field}
            />
            {errorText('expectedSavingsEur')}
          </div>
          <div>
            <label htmlFor="expectedHoursSaved">{t('hours')}</label>
            <input
              id="expectedHoursSaved"
              name="expectedHoursSaved"
              inputMode="numeric"
              defaultValue={values?.expectedHoursSaved ?? initial.expectedHoursSaved}
              aria-invalid={Boolean(error('expectedHoursSaved'))}
              aria-describedby={describedBy('expectedHoursSaved')}
              className={field}
            />
            {errorText('expectedHoursSaved')}
          </div>
        </div>
        <div>
          <label htmlFor="expectedBenefitNote">{t('benefitNote')}</label>
          <textarea
            id="expectedBenefitNote"
            name="expectedBenefitNote"
            rows={2}
            defaultValue={values?.expectedBenefitNote ?? initial.expectedBenefitNote}
            aria-invalid={Boolean(error('expectedBenefitNote'))}
            aria-describedby={describedBy('expectedBenefitNote')}
            className="mt-1 block w-full rounded border border-line bg-white p-3"
          />
          {errorText('expectedBenefitNote')}
        </div>
      </fieldset>

      <ColleaguePicker
        name="coAuthorIds"
        label={t('coAuthors')}
        initial={initial.coAuthors}
        max={5}
        error={error('coAuthorIds')}
      />

      <div>
        <label className="inline-flex min-h-11 items-center gap-2 font-semibold">
          <input
            type="checkbox"
            name="anonymous"
            defaultChecked={values ? values.anonymous === 'on' : initial.anonymous}
            aria-invalid={Boolean(error('anonymous'))}
            aria-describedby={describedBy('anonymous', true)}
            className="size-5"
          />
          {t('anonymous')}
        </label>
        <p id="anonymous-hint" className="text-sm text-muted">
          {t('anonymousHint')}
        </p>
        {errorText('anonymous')}
      </div>

      <div className="flex flex-wrap items-center gap-3">
        {initial.submittable && (
          <button
            type="submit"
            name="intent"
            value="submit"
            disabled={saving}
            className="min-h-11 rounded bg-brand px-5 font-semibold text-white"
          >
            {t('submit')}
          </button>
        )}
        <button
          type="submit"
          name="intent"
          value="draft"
          disabled={saving}
          className="min-h-11 rounded border border-brand px-5 font-semibold text-brand"
        >
          {initial.submittable ? t('saveDraft') : t('saveChanges')}
        </button>
        <p aria-live="polite" className="text-sm text-red-800">
          {!state.ok && state.message ? text(state.message) : ''}
        </p>
      </div>
    </form>
  );
}
