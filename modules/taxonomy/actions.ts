'use server';

import { revalidatePath } from 'next/cache';
import { getCurrentUser } from '@/modules/access/current-user';
import type { FormState } from '@/modules/access/mutation';
import { requestOrigin } from '@/modules/audit/request-origin';
import { db } from '@/modules/platform/db';
import { taxonomyKinds, type TaxonomyKind } from './kinds';
import { mergeTaxonomyEntries } from './merge';
import { createTaxonomyEntry, renameTaxonomyEntry, setTaxonomyEntryActive } from './mutations';

type Mutation = typeof createTaxonomyEntry;

const adminPage: Record<TaxonomyKind, string> = {
  category: '/[locale]/admin/categories',
  department: '/[locale]/admin/departments',
};

/** The form names its list; the permission for that list is checked inside the mutation. */
async function run(mutation: Mutation, form: FormData, raw: Record<string, unknown>): Promise<FormState> {
  const kind = taxonomyKinds.find((candidate) => candidate === form.get('kind'));
  if (!kind) return { ok: false, message: 'errors.invalid' };
  const state = await mutation(db, kind, await getCurrentUser(), raw, await requestOrigin());
  if (state.ok) revalidatePath(adminPage[kind], 'page');
  return state;
}

const namesFrom = (form: FormData) => ({
  nameFi: form.get('nameFi') ?? '',
  nameSv: form.get('nameSv') ?? '',
  nameEn: form.get('nameEn') ?? '',
});

const typed = (raw: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, typeof value === 'string' ? value : '']));

export async function createTaxonomyEntryAction(_previous: FormState, form: FormData): Promise<FormState> {
  const raw = namesFrom(form);
  const state = await run(createTaxonomyEntry, form, raw);
  return state.ok ? state : { ...state, values: typed(raw) };
}

export async function renameTaxonomyEntryAction(_previous: FormState, form: FormData): Promise<FormState> {
  const raw = { id: form.get('id'), ...namesFrom(form) };
  const state = await run(renameTaxonomyEntry, form, raw);
  return state.ok ? state : { ...state, values: typed(namesFrom(form)) };
}

export async function setTaxonomyEntryActiveAction(_previous: FormState, form: FormData): Promise<FormState> {
  return run(setTaxonomyEntryActive, form, { id: form.get('id'), active: form.get('active') });
}

export async function mergeTaxonomyEntriesAction(_previous: FormState, form: FormData): Promise<FormState> {
  return run(mergeTaxonomyEntries, form, { sourceId: form.get('sourceId'), targetId: form.get('targetId') ?? '' });
}
