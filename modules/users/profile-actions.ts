'use server';

import { cookies } from 'next/headers';
import { getCurrentUser } from '@/modules/access/current-user';
import type { FormState } from '@/modules/access/mutation';
import { requestOrigin } from '@/modules/audit/request-origin';
import { localeCookie } from '@/modules/i18n/routing';
import { redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import { updateProfile } from './profile';

export async function updateProfileAction(_previous: FormState, form: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const departmentId = form.get('departmentId');
  const locale = form.get('locale');
  // An unticked checkbox sends nothing: its absence is the refusal.
  const namedInHallOfFame = form.get('namedInHallOfFame') === 'on';
  const state = await updateProfile(
    db,
    actor,
    {
      userId: actor?.id,
      name: form.get('name'),
      departmentId: departmentId === '' ? null : departmentId,
      locale,
      namedInHallOfFame,
    },
    await requestOrigin(),
  );
  if (!state.ok || typeof locale !== 'string') {
    return {
      ...state,
      values: {
        name: String(form.get('name') ?? ''),
        departmentId: String(departmentId ?? ''),
        locale: String(locale ?? ''),
        namedInHallOfFame: namedInHallOfFame ? 'on' : '',
      },
    };
  }
  // The chosen language applies to the site at once, and stays chosen (the locale cookie).
  (await cookies()).set(localeCookie.name, locale, { path: '/', sameSite: 'lax', maxAge: localeCookie.maxAge });
  return redirect({ href: { pathname: '/profile', query: { saved: '1' } }, locale });
}
