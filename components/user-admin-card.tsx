'use client';

import clsx from 'clsx';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary, Field, FieldError, FieldFrame, controlClass } from '@/components/forms';
import { useFormMessages } from '@/components/use-form-messages';
import type { FormState } from '@/modules/access/mutation';
import { assignableRoles } from '@/modules/users/admin-roles';
import type { UserRow } from '@/modules/users/queries';
import { changeDepartmentAction, changeRolesAction, setActiveAction } from '@/modules/users/actions';
import { DepartmentSelect } from './department-select';

const idle: FormState = { ok: false };

/** A saved form's confirmation, announced politely; refusals go to the form's error summary. */
function Saved({ state, id }: { state: FormState; id: string }) {
  const t = useTranslations();
  return (
    <p id={id} aria-live="polite" className="min-h-6 text-sm text-emerald-800">
      {state.ok && state.message ? t(state.message as 'admin.saved') : ''}
    </p>
  );
}

/** A person's roles, department and access on their own admin page: three small forms, each saved on its own. */
export function UserAdminCard({
  user,
  departments,
  isSelf,
}: {
  user: UserRow;
  departments: { id: string; name: string }[];
  isSelf: boolean;
}) {
  const t = useTranslations('admin');
  const roleName = useTranslations('roles');
  const [rolesState, saveRoles, savingRoles] = useActionState(changeRolesAction, idle);
  const [departmentState, saveDepartment, savingDepartment] = useActionState(changeDepartmentAction, idle);
  const [activeState, saveActive, savingActive] = useActionState(setActiveAction, idle);
  const rolesError = useFormMessages(rolesState).fieldError('roles');
  const departmentError = useFormMessages(departmentState).fieldError('departmentId');
  const prefix = `user-${user.id}`;

  return (
    <div className="mt-6 grid max-w-prose gap-8">
      <form action={saveRoles} noValidate aria-describedby={`${prefix}-roles-saved`} className="grid gap-2">
        <ErrorSummary
          state={rolesState}
          fields={{ roles: { id: `${prefix}-role-${assignableRoles[0]}`, label: t('rolesLegend') } }}
        />
        <input type="hidden" name="userId" value={user.id} />
        <fieldset aria-describedby={clsx(`${prefix}-roles-hint`, rolesError && `${prefix}-roles-error`)}>
          <legend className="text-lg font-bold">{t('rolesLegend')}</legend>
          <FieldFrame invalid={Boolean(rolesError)}>
            <p id={`${prefix}-roles-hint`} className="text-sm text-muted">
              {t('employeeAlways')}
            </p>
            <FieldError id={`${prefix}-roles-error`} error={rolesError} />
            {assignableRoles.map((role) => (
              <div key={role} className="mt-1">
                <label className="flex min-h-11 items-center gap-2 font-semibold">
                  <input
                    id={`${prefix}-role-${role}`}
                    type="checkbox"
                    name="roles"
                    value={role}
                    defaultChecked={user.roles.includes(role)}
                    aria-describedby={`${prefix}-role-${role}-description`}
                    className="h-5 w-5 shrink-0"
                  />
                  {roleName(role)}
                </label>
                <p id={`${prefix}-role-${role}-description`} className="ml-7 text-sm text-muted">
                  {t(`roleDescriptions.${role}`)}
                </p>
              </div>
            ))}
          </FieldFrame>
        </fieldset>
        <div>
          <button
            type="submit"
            disabled={savingRoles}
            className="min-h-11 rounded border border-brand px-3 font-semibold text-brand"
          >
            {t('saveRoles')}
          </button>
        </div>
        <Saved state={rolesState} id={`${prefix}-roles-saved`} />
      </form>

      <form action={saveDepartment} noValidate aria-describedby={`${prefix}-department-saved`} className="grid gap-2">
        <ErrorSummary
          state={departmentState}
          fields={{ departmentId: { id: `${prefix}-department`, label: t('department') } }}
        />
        <input type="hidden" name="userId" value={user.id} />
        <Field id={`${prefix}-department`} label={t('department')} error={departmentError}>
          {(control) => (
            <DepartmentSelect
              id={control.id}
              defaultValue={user.departmentId ?? ''}
              departments={departments}
              noneLabel={t('noDepartment')}
              className={controlClass(control['aria-invalid'])}
            />
          )}
        </Field>
        <div>
          <button
            type="submit"
            disabled={savingDepartment}
            className="min-h-11 rounded border border-brand px-3 font-semibold text-brand"
          >
            {t('saveDepartment')}
          </button>
        </div>
        <Saved state={departmentState} id={`${prefix}-department-saved`} />
      </form>

      {!isSelf && (
        <form action={saveActive} noValidate aria-describedby={`${prefix}-active-saved`} className="grid gap-2">
          <ErrorSummary state={activeState} fields={{}} />
          <h2 className="text-lg font-bold">{t('accessHeading')}</h2>
          <p className="text-sm text-muted">{user.active ? t('deactivateHint') : t('reactivateHint')}</p>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="active" value={String(!user.active)} />
          <div>
            <button
              type="submit"
              disabled={savingActive}
              className={clsx(
                'min-h-11 rounded px-3 font-semibold',
                user.active ? 'border border-red-800 text-red-800' : 'bg-brand text-white',
              )}
            >
              {user.active ? t('deactivate') : t('reactivate')}
            </button>
          </div>
          <Saved state={activeState} id={`${prefix}-active-saved`} />
        </form>
      )}
    </div>
  );
}
