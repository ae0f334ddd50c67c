'use server';

import { revalidatePath } from 'next/cache';
import { getCurrentUser } from '@/modules/access/current-user';
import type { FormState } from '@/modules/access/mutation';
import { requestOrigin } from '@/modules/audit/request-origin';
import { db } from '@/modules/platform/db';
import { changeUserDepartment, changeUserRoles, setUserActive } from './admin';

// Thin wrappers: who is asking and from where, then the domain function does the rest.

const usersPage = '/[locale]/admin/users';
const userPage = '/[locale]/admin/users/[id]';

async function run(change: typeof changeUserRoles, input: unknown): Promise<FormState> {
  const state = await change(db, await getCurrentUser(), input, await requestOrigin());
  if (state.ok) {
    revalidatePath(usersPage, 'page');
    revalidatePath(userPage, 'page');
  }
  return state;
}

export async function changeRolesAction(_previous: FormState, form: FormData): Promise<FormState> {
  return run(changeUserRoles, { userId: form.get('userId'), roles: form.getAll('roles') });
}

export async function changeDepartmentAction(_previous: FormState, form: FormData): Promise<FormState> {
  const departmentId = form.get('departmentId');
  return run(changeUserDepartment, {
    userId: form.get('userId'),
    departmentId: departmentId === '' ? null : departmentId,
  });
}

export async function setActiveAction(_previous: FormState, form: FormData): Promise<FormState> {
  return run(setUserActive, { userId: form.get('userId'), active: form.get('active') === 'true' });
}
