'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary, Field, controlClass, useLimitHint, type SummaryFields } from '@/components/forms';
import { useFormMessages } from '@/components/use-form-messages';
import type { FormState } from '@/modules/access/mutation';
import { profileLimits } from '@/modules/users/limits';
import { updateProfileAction } from '@/modules/users/profile-actions';
import { DepartmentSelect } from './department-select';

interface ProfileFormProps {
  profile: { name: string; departmentId: string | null; locale: string; namedInHallOfFame: boolean };
  departments: { id: string; name: string }[];
}

const languages = { fi: 'Suomi', sv: 'Svenska', en: 'English' } as const;

/** A refused form starts from an error summary; what was typed stays in the form. */
export function ProfileForm({ profile, departments }: ProfileFormProps) {
  const t = useTranslations('profile');
  const [state, save, saving] = useActionState(updateProfileAction, { ok: false } as FormState);
  const { fieldError } = useFormMessages(state);
  const limitHint = useLimitHint();
  const fields: SummaryFields = {
    name: { id: 'profile-name', label: t('name') },
    departmentId: { id: 'profile-department', label: t('department') },
    locale: { id: 'profile-locale', label: t('language') },
  };

  return (
    <form action={save} className="mt-4 grid max-w-md gap-4" noValidate>
      <ErrorSummary state={state} fields={fields} />
      <Field id="profile-name" label={t('name')} hint={limitHint(profileLimits.name)} error={fieldError('name')}>
        {(control) => (
          <input
            {...control}
            name="name"
            defaultValue={state.values?.name ?? profile.name}
            required
            autoComplete="name"
            className={controlClass(control['aria-invalid'])}
          />
        )}
      </Field>
      <Field id="profile-department" label={t('department')} error={fieldError('departmentId')}>
        {(control) => (
          <DepartmentSelect
            id={control.id}
            defaultValue={state.values?.departmentId ?? profile.departmentId ?? ''}
            departments={departments}
            noneLabel={t('noDepartment')}
            className={controlClass(control['aria-invalid'])}
          />
        )}
      </Field>
      <Field id="profile-locale" label={t('language')} error={fieldError('locale')}>
        {(control) => (
          <select
            {...control}
            name="locale"
            defaultValue={state.values?.locale ?? profile.locale}
            className={controlClass(control['aria-invalid'])}
          >
            {Object.entries(languages).map(([code, name]) => (
              <option key={code} value={code} lang={code}>
                {name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div>
        <label className="flex min-h-11 items-center gap-2 font-semibold">
          <input
            id="profile-named-in-hall-of-fame"
            type="checkbox"
            name="namedInHallOfFame"
            defaultChecked={state.values ? state.values.namedInHallOfFame === 'on' : profile.namedInHallOfFame}
            aria-describedby="profile-named-in-hall-of-fame-hint"
            className="h-5 w-5 shrink-0"
          />
          {t('hallOfFameConsent')}
        </label>
        <p id="profile-named-in-hall-of-fame-hint" className="ml-7 text-sm text-muted">
          {t('hallOfFameConsentHint')}
        </p>
      </div>
      <div>
        <button type="submit" disabled={saving} className="min-h-11 rounded bg-brand px-4 font-semibold text-white">
          {t('save')}
        </button>
      </div>
    </form>
  );
}
