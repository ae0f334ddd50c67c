'use server';

import { revalidatePath } from 'next/cache';
import { getCurrentUser } from '@/modules/access/current-user';
import type { FormState } from '@/modules/access/mutation';
import { requestOrigin } from '@/modules/audit/request-origin';
import { db } from '@/modules/platform/db';
import { changeEmployeeData } from './admin-employee-data';
import { setManagedDepartments } from './admin-managed-departments';

export async function setManagedDepartmentsAction(_previous: FormState, form: FormData): Promise<FormState> {
  const departmentIds = form.getAll('departmentIds');
  const state = await setManagedDepartments(
    db,
    await getCurrentUser(),
    { userId: form.get('userId'), departmentIds },
    await requestOrigin(),
  );
  // A refused form shows the boxes as they were ticked, not as they were stored.
  if (!state.ok) return { ...state, values: { departmentIds: departmentIds.map(String).join(' ') } };
  revalidatePath('/[locale]/admin/users', 'page');
  revalidatePath('/[locale]/admin/users/[id]', 'page');
  return state;
}

export async function changeEmployeeDataAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = {
    employeeNumber: String(form.get('employeeNumber') ?? ''),
    costCentre: String(form.get('costCentre') ?? ''),
  };
  const state = await changeEmployeeData(
    db,
    await getCurrentUser(),
    { userId: form.get('userId'), ...values },
    await requestOrigin(),
  );
  if (!state.ok) return { ...state, values };
  revalidatePath('/[locale]/admin/users/[id]', 'page');
  return state;
}
