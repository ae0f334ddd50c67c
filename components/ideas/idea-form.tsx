'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState, useTransition, type ReactNode } from 'react';
import {
  CharacterCount,
  ErrorSummary,
  Field,
  FieldError,
  FieldFrame,
  controlClass,
  describedBy,
  keepEnterFromSubmitting,
  useLimitHint,
  type SummaryFields,
} from '@/components/forms';
import { useFormMessages } from '@/components/use-form-messages';
import type { FormState } from '@/modules/access/mutation';
import { saveIdeaAction } from '@/modules/ideas/actions';
import { ideaLimits } from '@/modules/ideas/limits';
import { ColleaguePicker, type Colleague } from './colleague-picker';
import { SimilarIdeas } from './similar-ideas';

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

/** The campaign choice (modules/campaigns/queries.ts ideaFormCampaigns), its notice as a message key. */
export interface IdeaFormCampaignChoice {
  options: { id: string; title: string; categoryIds: string[] }[];
  selectedId: string;
  fixedTitle: string | null;
  noticeKey: string | null;
}

interface IdeaFormProps {
  initial: IdeaFormValues;
  categories: { id: string; name: string }[];
  departments: { id: string; name: string }[];
  campaigns: IdeaFormCampaignChoice;
  /** Renders the description on the server exactly as the idea page will. */
  preview: (source: string) => Promise<ReactNode>;
}

/** Long texts count only once most of their limit is used; below the minimum they always do. */
const longTextCountFrom = 0.8;

/**
 * Post or edit an idea. A refused form starts from an error summary at the top; each field says
 * its limits beforehand and its error next to it; everything typed stays. The description can be
 * previewed exactly as it will be shown.
 */
export function IdeaForm({ initial, categories, departments, campaigns, preview: renderPreview }: IdeaFormProps) {
  const t = useTranslations('ideas.form');
  const tCampaign = useTranslations('campaigns.posting');
  const [state, save, saving] = useActionState(saveIdeaAction, { ok: false } as FormState);
  const values = state.values;
  const [title, setTitle] = useState(initial.title);
  const [body, setBody] = useState(initial.body);
  const [benefitNote, setBenefitNote] = useState(initial.expectedBenefitNote);
  const [preview, setPreview] = useState<ReactNode | null>(null);
  const [previewing, startPreview] = useTransition();
  // A refusal ends the preview: the summary's link to the description must find the textarea shown.
  const [answered, setAnswered] = useState(state);
  if (state !== answered) {
    setAnswered(state);
    if (!state.ok) setPreview(null);
  }
  const { text, fieldError: error } = useFormMessages(state);
  const [campaignId, setCampaignId] = useState(values?.campaignId ?? campaigns.selectedId);
  // A campaign with categories of its own offers only those.
  const campaignCategories = campaigns.options.find((option) => option.id === campaignId)?.categoryIds ?? [];
  const offeredCategories = campaignCategories.length
    ? categories.filter((category) => campaignCategories.includes(category.id))
    : categories;
  // The notice about a preselected campaign holds until the person chooses another.
  const campaignNotice = campaignId === campaigns.selectedId && campaigns.noticeKey ? text(campaigns.noticeKey) : null;
  const limitHint = useLimitHint();
  const chosenDepartments =
    values?.departmentIds !== undefined ? values.departmentIds.split(',').filter(Boolean) : initial.departmentIds;
  const fields: SummaryFields = {
    title: { id: 'title', label: t('title') },
    body: { id: 'body', label: t('body') },
    campaignId: { id: 'campaignId', label: tCampaign('field') },
    categoryId: { id: 'categoryId', label: t('category') },
    departmentIds: { id: 'departmentIds', label: t('departments') },
    expectedSavingsEur: { id: 'expectedSavingsEur', label: t('savings') },
    expectedHoursSaved: { id: 'expectedHoursSaved', label: t('hours') },
    expectedBenefitNote: { id: 'expectedBenefitNote', label: t('benefitNote') },
    coAuthorIds: { id: 'coAuthorIds', label: t('coAuthors') },
    anonymous: { id: 'anonymous', label: t('anonymous') },
  };

  return (
    // Keys typed in the form's fields bubble to it; the form itself takes no focus.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <form action={save} onKeyDown={keepEnterFromSubmitting} className="mt-4 grid max-w-2xl gap-5" noValidate>
      <ErrorSummary state={state} fields={fields} />
      {initial.id && <input type="hidden" name="ideaId" value={initial.id} />}
      <Field
        id="title"
        label={t('title')}
        hint={`${t('titleHint')} ${limitHint(ideaLimits.title)}`}
        error={error('title')}
        after={
          <>
            <CharacterCount id="title" value={title} limits={ideaLimits.title} />
            <SimilarIdeas title={title} excludeId={initial.id} />
          </>
        }
      >
        {(control) => (
          <input
            {...control}
            name="title"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            className={controlClass(control['aria-invalid'])}
          />
        )}
      </Field>

      <Field
        id="body"
        label={t('body')}
        hint={`${t('bodyHint')} ${limitHint(ideaLimits.body)}`}
        error={error('body')}
        aside={
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
        }
        after={
          <>
            {preview !== null && (
              <div
                aria-live="polite"
                aria-busy={previewing}
                className="mt-1 min-h-40 rounded border border-dashed border-line p-3"
              >
                {preview}
              </div>
            )}
            <CharacterCount id="body" value={body} limits={ideaLimits.body} showFrom={longTextCountFrom} />
          </>
        }
      >
        {(control) => (
          <textarea
            {...control}
            name="body"
            rows={10}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            hidden={preview !== null}
            className={controlClass(control['aria-invalid'], true)}
          />
        )}
      </Field>

      {campaigns.fixedTitle ? (
        <p>{tCampaign('fixed', { title: campaigns.fixedTitle })}</p>
      ) : (
        campaigns.options.length > 0 && (
          <Field
            id="campaignId"
            label={tCampaign('field')}
            hint={campaignNotice ?? tCampaign('hint')}
            error={error('campaignId')}
          >
            {(control) => (
              <select
                {...control}
                name="campaignId"
                value={campaignId}
                onChange={(event) => setCampaignId(event.target.value)}
                className={controlClass(control['aria-invalid'])}
              >
                <option value="">{tCampaign('none')}</option>
                {campaigns.options.map((campaign) => (
                  <option key={campaign.id} value={campaign.id}>
                    {campaign.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )
      )}

      <Field id="categoryId" label={t('category')} error={error('categoryId')}>
        {(control) => (
          <select
            {...control}
            name="categoryId"
            defaultValue={values?.categoryId ?? initial.categoryId}
            className={controlClass(control['aria-invalid'])}
          >
            <option value="">{t('chooseCategory')}</option>
            {offeredCategories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
        )}
      </Field>

      <FieldFrame invalid={Boolean(error('departmentIds'))}>
        <fieldset
          aria-describedby={describedBy('departmentIds', { hint: true, error: Boolean(error('departmentIds')) })}
        >
          <legend className="font-semibold">{t('departments')}</legend>
          <p id="departmentIds-hint" className="text-sm text-muted">
            {t('departmentsHint')}
          </p>
          <FieldError id="departmentIds-error" error={error('departmentIds')} />
          <div className="mt-1 grid gap-x-4 sm:grid-cols-2">
            {departments.map((department, index) => (
              <label key={department.id} className="inline-flex min-h-11 items-center gap-2">
                <input
                  // The first box is where the error summary's link leads.
                  id={index === 0 ? 'departmentIds' : undefined}
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
        </fieldset>
      </FieldFrame>

      <fieldset className="grid gap-3 rounded-lg bg-surface p-4">
        <legend className="float-left w-full font-semibold">{t('benefit')}</legend>
        <p className="text-sm text-muted">{t('benefitHint')}</p>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="expectedSavingsEur" label={t('savings')} error={error('expectedSavingsEur')}>
            {(control) => (
              <input
                {...control}
                name="expectedSavingsEur"
                inputMode="decimal"
                defaultValue={values?.expectedSavingsEur ?? initial.expectedSavingsEur}
                className={controlClass(control['aria-invalid'])}
              />
            )}
          </Field>
          <Field id="expectedHoursSaved" label={t('hours')} error={error('expectedHoursSaved')}>
            {(control) => (
              <input
                {...control}
                name="expectedHoursSaved"
                inputMode="numeric"
                defaultValue={values?.expectedHoursSaved ?? initial.expectedHoursSaved}
                className={controlClass(control['aria-invalid'])}
              />
            )}
          </Field>
        </div>
        <Field
          id="expectedBenefitNote"
          label={t('benefitNote')}
          hint={limitHint(ideaLimits.benefitNote)}
          error={error('expectedBenefitNote')}
          after={
            <CharacterCount
              id="expectedBenefitNote"
              value={benefitNote}
              limits={ideaLimits.benefitNote}
              showFrom={longTextCountFrom}
            />
          }
        >
          {(control) => (
            <textarea
              {...control}
              name="expectedBenefitNote"
              rows={2}
              value={benefitNote}
              onChange={(event) => setBenefitNote(event.target.value)}
              className={controlClass(control['aria-invalid'], true)}
            />
          )}
        </Field>
      </fieldset>

      <ColleaguePicker
        id="coAuthorIds"
        name="coAuthorIds"
        label={t('coAuthors')}
        hint={t('coAuthorsHint', { max: ideaLimits.coAuthors })}
        initial={initial.coAuthors}
        max={ideaLimits.coAuthors}
        error={error('coAuthorIds')}
      />

      <FieldFrame invalid={Boolean(error('anonymous'))}>
        <FieldError id="anonymous-error" error={error('anonymous')} />
        <label className="inline-flex min-h-11 items-center gap-2 font-semibold">
          <input
            id="anonymous"
            type="checkbox"
            name="anonymous"
            defaultChecked={values ? values.anonymous === 'on' : initial.anonymous}
            aria-invalid={Boolean(error('anonymous'))}
            aria-describedby={describedBy('anonymous', { hint: true, error: Boolean(error('anonymous')) })}
            className="size-5"
          />
          {t('anonymous')}
        </label>
        <p id="anonymous-hint" className="text-sm text-muted">
          {t('anonymousHint')}
        </p>
      </FieldFrame>

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
      </div>
    </form>
  );
}
