'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { FormState } from '@/modules/access/mutation';
import { updateProfileAction } from '@/modules/users/profile-actions';
import { DepartmentSelect } from './department-select';
import { useFormMessages } from '@/components/use-form-messages';

interface ProfileFormProps {
  profile: { name: string; departmentId: string | null; locale: string };
  departments: { id: string; name: string }[];
}

const languages = { fi: 'Suomi', sv: 'Svenska', en: 'English' } as const;

/** Field errors sit next to their field; what was typed stays in the form when it is refused. */
export function ProfileForm({ profile, departments }: ProfileFormProps) {
  const t = useTranslations('profile');
  const [state, save, saving] = useActionState(updateProfileAction, { ok: false } as FormState);
  const { text, fieldError } = useFormMessages(state);
  const field = 'mt-1 block min-h-11 w-full rounded border border-line bg-white px-3';

  return (
    <form action={save} className="mt-4 grid max-w-md gap-4" noValidate>
      <div>
        <label htmlFor="profile-name" className="font-semibold">
          {t('name')}
        </label>
        <input
          id="profile-name"
          name="name"
          defaultValue={state.values?.name ?? profile.name}
          required
          aria-invalid={Boolean(fieldError('name'))}
          aria-describedby={fieldError('name') ? 'profile-name-error' : undefined}
          className={field}
        />
        {fieldError('name') && (
          <p id="profile-name-error" className="mt-1 text-sm text-red-800">
            {fieldError('name')}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="profile-department" className="font-semibold">
          {t('department')}
        </label>
        <DepartmentSelect
          id="profile-department"
          defaultValue={state.values?.departmentId ?? profile.departmentId ?? ''}
          departments={departments}
          noneLabel={t('noDepartment')}
          className={field}
        />
      </div>
      <div>
        <label htmlFor="profile-locale" className="font-semibold">
          {t('language')}
        </label>
        <select
          id="profile-locale"
          name="locale"
          defaultValue={state.values?.locale ?? profile.locale}
          className={field}
        >
          {Object.entries(languages).map(([code, name]) => (
            <option key={code} value={code} lang={code}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <button type="submit" disabled={saving} className="min-h-11 rounded bg-brand px-4 font-semibold text-white">
          {t('save')}
        </button>
        <p aria-live="polite" className="mt-2 min-h-6 text-sm text-red-800">
          {!state.ok && state.message ? text(state.message) : ''}
        </p>
      </div>
    </form>
  );
}
