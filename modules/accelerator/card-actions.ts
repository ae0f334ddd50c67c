'use server';

import { refresh } from 'next/cache';
import { getCurrentUser } from '@/modules/access/current-user';
import type { FormState } from '@/modules/access/mutation';
import { requestOrigin } from '@/modules/audit/request-origin';
import { db } from '@/modules/platform/db';
import { addProgressNote, confirmBenefit, recordBenefit, saveCard } from './card';

// Thin adapters from the idea page's accelerator forms to the domain functions, which
// authenticate, validate and authorise. A refused form gets what was typed back.

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

function texts(form: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, text(form, name)]));
}

function answered(state: FormState, values: Record<string, string>): FormState {
  if (!state.ok) return { ...state, values };
  refresh();
  return state;
}

export async function saveCardAction(_previous: FormState, form: FormData): Promise<FormState> {
  const teamIds = form.getAll('teamIds').filter((value): value is string => typeof value === 'string');
  const fields = texts(form, ['ideaId', 'ownerId', 'plan', 'dueOn']);
  const state = await saveCard(db, await getCurrentUser(), { ...fields, teamIds }, await requestOrigin());
  return answered(state, { ...fields, teamIds: teamIds.join(',') });
}

export async function addProgressNoteAction(_previous: FormState, form: FormData): Promise<FormState> {
  const fields = texts(form, ['ideaId', 'note', 'progressPercent']);
  return answered(await addProgressNote(db, await getCurrentUser(), fields, await requestOrigin()), fields);
}

export async function recordBenefitAction(_previous: FormState, form: FormData): Promise<FormState> {
  const fields = texts(form, [
    'ideaId',
    'realisedSavingsEur',
    'realisedHours',
    'realisedBenefitNote',
    'benefitCheckOn',
  ]);
  return answered(await recordBenefit(db, await getCurrentUser(), fields, await requestOrigin()), fields);
}

export async function confirmBenefitAction(_previous: FormState, form: FormData): Promise<FormState> {
  const fields = texts(form, ['ideaId']);
  return answered(await confirmBenefit(db, await getCurrentUser(), fields, await requestOrigin()), fields);
}
