'use client';

import clsx from 'clsx';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { FormState } from '@/modules/access/mutation';
import type { UserRow } from '@/modules/users/queries';
import { changeDepartmentAction, changeRolesAction, setActiveAction } from '@/modules/users/actions';
import { DepartmentSelect } from './department-select';

const assignableRoles = ['MODERATOR', 'MANAGER', 'HR', 'ADMIN'] as const;
const idle: FormState = { ok: false };

/** A form's outcome, announced politely and shown beside the form. */
function Outcome({ state, id }: { state: FormState; id: string }) {
  const t = useTranslations();
  return (
    <p id={id} aria-live="polite" className={clsx('min-h-6 text-sm', state.ok ? 'text-emerald-800' : 'text-red-800')}>
      {state.message ? t(state.message as 'admin.saved') : ''}
    </p>
  );
}

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
  const prefix = `user-${user.id}`;

  return (
    <div className="mt-6 grid max-w-prose gap-8">
      <form action={saveRoles} aria-describedby={`${prefix}-roles-outcome`}>
        <input type="hidden" name="userId" value={user.id} />
        <fieldset>
          <legend className="text-lg font-bold">{t('rolesLegend')}</legend>
          <p className="text-sm text-muted">{t('employeeAlways')}</p>
          {assignableRoles.map((role) => (
            <label key={role} className="flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                name="roles"
                value={role}
                defaultChecked={user.roles.includes(role)}
                className="h-5 w-5"
              />
              {roleName(role)}
            </label>
          ))}
        </fieldset>
        <button
          type="submit"
          disabled={savingRoles}
          className="mt-1 min-h-11 rounded border border-brand px-3 font-semibold text-brand"
        >
          {t('saveRoles')}
        </button>
        <Outcome state={rolesState} id={`${prefix}-roles-outcome`} />
      </form>

      <form action={saveDepartment} aria-describedby={`${prefix}-department-outcome`}>
        <input type="hidden" name="userId" value={user.id} />
        <label htmlFor={`${prefix}-department`} className="text-lg font-bold">
          {t('department')}
        </label>
        <DepartmentSelect
          id={`${prefix}-department`}
          defaultValue={user.departmentId ?? ''}
          departments={departments}
          noneLabel={t('noDepartment')}
          className="mt-1 block min-h-11 w-full rounded border border-line bg-white px-2"
        />
        <button
          type="submit"
          disabled={savingDepartment}
          className="mt-2 min-h-11 rounded border border-brand px-3 font-semibold text-brand"
        >
          {t('saveDepartment')}
        </button>
        <Outcome state={departmentState} id={`${prefix}-department-outcome`} />
      </form>

      {!isSelf && (
        <form action={saveActive} aria-describedby={`${prefix}-active-outcome`}>
          <h2 className="text-lg font-bold">{t('accessHeading')}</h2>
          <p className="mb-2 text-sm text-muted">{user.active ? t('deactivateHint') : t('reactivateHint')}</p>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="active" value={String(!user.active)} />
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
          <Outcome state={activeState} id={`${prefix}-active-outcome`} />
        </form>
      )}
    </div>
  );
}
