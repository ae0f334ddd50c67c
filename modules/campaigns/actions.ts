'use server';

import { getLocale } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import type { FormState } from '@/modules/access/mutation';
import { getCurrentUser } from '@/modules/access/current-user';
import { requestOrigin } from '@/modules/audit/request-origin';
import { isAppLocale } from '@/modules/i18n/locales';
import { redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import { createCampaign, updateCampaign } from './admin';

// The admins' campaign forms; the domain functions authenticate, validate and authorise.

const textFields = [
  'slug',
  'titleFi',
  'titleSv',
  'titleEn',
  'descriptionFi',
  'descriptionSv',
  'descriptionEn',
  'opensDate',
  'opensTime',
  'closesDate',
  'closesTime',
  'moderationMode',
  'imageAltFi',
  'imageAltSv',
  'imageAltEn',
] as const;

async function campaignInput(form: FormData) {
  const file = form.get('image');
  const image = file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
  return {
    ...Object.fromEntries(textFields.map((field) => [field, String(form.get(field) ?? '')])),
    departmentIds: form.getAll('departmentIds').map(String),
    categoryIds: form.getAll('categoryIds').map(String),
    image,
    removeImage: form.get('removeImage') === 'on',
  };
}

/** A refused form gets back what was typed (React resets a form after an action); a file cannot be. */
function withValues(state: FormState, form: FormData): FormState {
  if (state.ok) return state;
  const values: Record<string, string> = {};
  for (const field of textFields) values[field] = String(form.get(field) ?? '');
  values.departmentIds = form.getAll('departmentIds').map(String).join(',');
  values.categoryIds = form.getAll('categoryIds').map(String).join(',');
  return { ...state, values };
}

function revalidateCampaignPages() {
  revalidatePath('/[locale]/admin/campaigns', 'layout');
  revalidatePath('/[locale]/campaigns', 'layout');
}

export async function createCampaignAction(_previous: FormState, form: FormData): Promise<FormState> {
  const state = await createCampaign(db, await getCurrentUser(), await campaignInput(form), await requestOrigin());
  if (!state.ok) return withValues(state, form);
  revalidateCampaignPages();
  const requested = await getLocale();
  const slug = state.values?.slug ?? '';
  return redirect({
    href: { pathname: `/admin/campaigns/${slug}`, query: { created: '1' } },
    locale: isAppLocale(requested) ? requested : 'fi',
  });
}

export async function updateCampaignAction(_previous: FormState, form: FormData): Promise<FormState> {
  const input = { id: String(form.get('id') ?? ''), ...(await campaignInput(form)) };
  const state = await updateCampaign(db, await getCurrentUser(), input, await requestOrigin());
  if (state.ok) revalidateCampaignPages();
  return withValues(state, form);
}
