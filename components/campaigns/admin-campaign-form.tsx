'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import {
  ErrorSummary,
  Field,
  FieldError,
  FieldFrame,
  controlClass,
  describedBy,
  keepEnterFromSubmitting,
  type SummaryFields,
} from '@/components/forms';
import { useFormMessages } from '@/components/use-form-messages';
import type { FormState } from '@/modules/access/mutation';
import { createCampaignAction, updateCampaignAction } from '@/modules/campaigns/actions';

export interface AdminCampaignValues {
  id?: string;
  slug: string;
  titleFi: string;
  titleSv: string;
  titleEn: string;
  descriptionFi: string;
  descriptionSv: string;
  descriptionEn: string;
  opensDate: string;
  opensTime: string;
  closesDate: string;
  closesTime: string;
  moderationMode: '' | 'pre' | 'post';
  departmentIds: string[];
  categoryIds: string[];
  imageAltFi: string;
  imageAltSv: string;
  imageAltEn: string;
  /** The current image's address, when the campaign has one. */
  imageUrl: string | null;
}

interface AdminCampaignFormProps {
  initial: AdminCampaignValues;
  departments: { id: string; name: string }[];
  categories: { id: string; name: string }[];
}

const languages = [
  { code: 'Fi', lang: 'fi' },
  { code: 'Sv', lang: 'sv' },
  { code: 'En', lang: 'en' },
] as const;

type TextField = Exclude<keyof AdminCampaignValues, 'id' | 'departmentIds' | 'categoryIds' | 'imageUrl'>;

/**
 * A campaign's form for admins and the coordinator: texts in three languages, the window as
 * Finnish date and time, the audience, categories, moderation and image. A refused form keeps
 * everything typed (but a chosen file, which browsers never let a page set again).
 */
export function AdminCampaignForm({ initial, departments, categories }: AdminCampaignFormProps) {
  const t = useTranslations('campaigns.admin');
  const editing = Boolean(initial.id);
  const [state, save, saving] = useActionState(editing ? updateCampaignAction : createCampaignAction, {
    ok: false,
  } as FormState);
  const { text, fieldError: error } = useFormMessages(state);
  const shown = state.ok ? undefined : state.values;
  const value = (field: TextField) => shown?.[field] ?? initial[field];
  const chosen = (field: 'departmentIds' | 'categoryIds') =>
    shown?.[field] !== undefined ? shown[field].split(',').filter(Boolean) : initial[field];

  const fields: SummaryFields = {
    slug: { id: 'slug', label: t('slug') },
    opensDate: { id: 'opensDate', label: t('opens') },
    opensTime: { id: 'opensTime', label: t('opens') },
    closesDate: { id: 'closesDate', label: t('closes') },
    closesTime: { id: 'closesTime', label: t('closes') },
    departmentIds: { id: 'departmentIds', label: t('departments') },
    categoryIds: { id: 'categoryIds', label: t('categories') },
    moderationMode: { id: 'moderationMode', label: t('moderation') },
    image: { id: 'image', label: t('image') },
  };
  for (const { code } of languages) {
    fields[`title${code}`] = { id: `title${code}`, label: `${t('titleField')} (${t(`language${code}`)})` };
    fields[`description${code}`] = {
      id: `description${code}`,
      label: `${t('description')} (${t(`language${code}`)})`,
    };
    fields[`imageAlt${code}`] = { id: `imageAlt${code}`, label: `${t('imageAlt')} (${t(`language${code}`)})` };
  }

  const checkboxGroup = (name: 'departmentIds' | 'categoryIds', options: { id: string; name: string }[]) => (
    <FieldFrame invalid={Boolean(error(name))}>
      <fieldset className="min-w-0" aria-describedby={describedBy(name, { hint: true, error: Boolean(error(name)) })}>
        <legend className="font-semibold">{t(name === 'departmentIds' ? 'departments' : 'categories')}</legend>
        <p id={`${name}-hint`} className="text-sm text-muted">
          {t(name === 'departmentIds' ? 'departmentsHint' : 'categoriesHint')}
        </p>
        <FieldError id={`${name}-error`} error={error(name)} />
        <div className="mt-1 grid gap-x-4 sm:grid-cols-2">
          {options.map((option, index) => (
            <label key={option.id} className="inline-flex min-h-11 items-center gap-2">
              <input
                id={index === 0 ? name : undefined}
                type="checkbox"
                name={name}
                value={option.id}
                defaultChecked={chosen(name).includes(option.id)}
                className="size-5"
              />
              {option.name}
            </label>
          ))}
        </div>
      </fieldset>
    </FieldFrame>
  );

  const moment = (which: 'opens' | 'closes') => (
    <FieldFrame invalid={Boolean(error(`${which}Date`) || error(`${which}Time`))}>
      {/* A fieldset is as wide as its content by default: min-w-0 keeps it inside a phone's screen. */}
      <fieldset className="min-w-0" aria-describedby={describedBy(`${which}Date`, { hint: true })}>
        <legend className="font-semibold">{t(which)}</legend>
        <p id={`${which}Date-hint`} className="text-sm text-muted">
          {t('timeHint')}
        </p>
        <FieldError
          id={`${which}-error`}
          error={[error(`${which}Date`), error(`${which}Time`)].filter(Boolean).join(' ')}
        />
        <div className="mt-1 flex flex-wrap gap-3">
          <label className="grid min-w-0">
            <span>{t('date')}</span>
            <input
              id={`${which}Date`}
              name={`${which}Date`}
              type="date"
              required
              defaultValue={value(`${which}Date`)}
              aria-invalid={Boolean(error(`${which}Date`))}
              aria-describedby={error(`${which}Date`) || error(`${which}Time`) ? `${which}-error` : undefined}
              className={controlClass(Boolean(error(`${which}Date`)))}
            />
          </label>
          <label className="grid min-w-0">
            <span>{t('time')}</span>
            <input
              id={`${which}Time`}
              name={`${which}Time`}
              type="time"
              required
              defaultValue={value(`${which}Time`)}
              aria-invalid={Boolean(error(`${which}Time`))}
              aria-describedby={error(`${which}Date`) || error(`${which}Time`) ? `${which}-error` : undefined}
              className={controlClass(Boolean(error(`${which}Time`)))}
            />
          </label>
        </div>
      </fieldset>
    </FieldFrame>
  );

  return (
    // Keys typed in the form's fields bubble to it; the form itself takes no focus.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <form action={save} onKeyDown={keepEnterFromSubmitting} noValidate className="mt-6 grid max-w-3xl gap-6">
      <ErrorSummary state={state} fields={fields} />
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      {editing ? (
        <p>
          <span className="font-semibold">{t('slug')}:</span> <code>{initial.slug}</code>
        </p>
      ) : (
        <Field id="slug" label={t('slug')} hint={t('slugHint')} error={error('slug')}>
          {(control) => (
            <input
              {...control}
              name="slug"
              autoComplete="off"
              spellCheck={false}
              defaultValue={value('slug')}
              className={controlClass(control['aria-invalid'])}
            />
          )}
        </Field>
      )}

      {languages.map(({ code, lang }) => (
        <fieldset key={code} lang={lang} className="grid min-w-0 gap-4 rounded-lg border border-line p-4">
          <legend className="px-1 text-lg font-bold">{t(`language${code}`)}</legend>
          <Field id={`title${code}`} label={t('titleField')} error={error(`title${code}`)}>
            {(control) => (
              <input
                {...control}
                name={`title${code}`}
                defaultValue={value(`title${code}`)}
                className={controlClass(control['aria-invalid'])}
              />
            )}
          </Field>
          <Field
            id={`description${code}`}
            label={t('description')}
            hint={t('descriptionHint')}
            error={error(`description${code}`)}
          >
            {(control) => (
              <textarea
                {...control}
                name={`description${code}`}
                rows={6}
                defaultValue={value(`description${code}`)}
                className={controlClass(control['aria-invalid'], true)}
              />
            )}
          </Field>
          <Field id={`imageAlt${code}`} label={t('imageAlt')} hint={t('imageAltHint')} error={error(`imageAlt${code}`)}>
            {(control) => (
              <input
                {...control}
                name={`imageAlt${code}`}
                defaultValue={value(`imageAlt${code}`)}
                className={controlClass(control['aria-invalid'])}
              />
            )}
          </Field>
        </fieldset>
      ))}

      <div className="grid gap-4 sm:grid-cols-2">
        {moment('opens')}
        {moment('closes')}
      </div>

      {checkboxGroup('departmentIds', departments)}
      {checkboxGroup('categoryIds', categories)}

      <FieldFrame invalid={Boolean(error('moderationMode'))}>
        <fieldset
          className="min-w-0"
          aria-describedby={describedBy('moderationMode', { hint: true, error: Boolean(error('moderationMode')) })}
        >
          <legend className="font-semibold">{t('moderation')}</legend>
          <p id="moderationMode-hint" className="text-sm text-muted">
            {t('moderationHint')}
          </p>
          <FieldError id="moderationMode-error" error={error('moderationMode')} />
          {(['', 'pre', 'post'] as const).map((mode, index) => (
            <label key={mode || 'site'} className="flex min-h-11 items-center gap-2">
              <input
                id={index === 0 ? 'moderationMode' : undefined}
                type="radio"
                name="moderationMode"
                value={mode}
                defaultChecked={value('moderationMode') === mode}
                className="size-5"
              />
              {t(`moderationModes.${mode || 'site'}`)}
            </label>
          ))}
        </fieldset>
      </FieldFrame>

      <Field id="image" label={t('image')} hint={t('imageHint')} error={error('image')}>
        {(control) => (
          <input
            {...control}
            name="image"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            className="mt-1 block min-h-11"
          />
        )}
      </Field>
      {initial.imageUrl && (
        <div className="grid gap-2">
          {/* The stored image as the campaign page shows it; its text is the Finnish alternative. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={initial.imageUrl} alt={initial.imageAltFi} className="max-h-48 w-auto rounded border border-line" />
          <label className="inline-flex min-h-11 items-center gap-2">
            <input type="checkbox" name="removeImage" className="size-5" />
            {t('removeImage')}
          </label>
        </div>
      )}

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={saving} className="min-h-11 rounded bg-brand px-5 font-semibold text-white">
          {editing ? t('save') : t('create')}
        </button>
        <p aria-live="polite" className="text-emerald-900">
          {state.ok && state.message ? text(state.message) : ''}
        </p>
      </div>
    </form>
  );
}
