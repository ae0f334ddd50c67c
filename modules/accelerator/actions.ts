'use server';

import { refresh } from 'next/cache';
import { getCurrentUser } from '@/modules/access/current-user';
import type { FormState } from '@/modules/access/mutation';
import { requestOrigin } from '@/modules/audit/request-origin';
import { db } from '@/modules/platform/db';
import { declineCandidate, nominateIdea, promoteCandidate } from './candidates';

// Candidates' forms: thin adapters to the domain functions, which authenticate, validate and authorise.
// On the candidates list (`keepPage`) the decided candidate stays in place with its confirmation,
// so the list does not jump under the manager's hand; the idea page refreshes to show the change.

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

function settle(state: FormState, form: FormData, values: Record<string, string> = {}): FormState {
  if (!state.ok) return { ...state, values };
  if (text(form, 'keepPage') !== '1') refresh();
  return state;
}

export async function nominateAction(_previous: FormState, form: FormData): Promise<FormState> {
  const raw = { ideaId: text(form, 'ideaId'), note: text(form, 'note') };
  return settle(await nominateIdea(db, await getCurrentUser(), raw, await requestOrigin()), form, { note: raw.note });
}

export async function promoteAction(_previous: FormState, form: FormData): Promise<FormState> {
  const raw = { ideaId: text(form, 'ideaId') };
  return settle(await promoteCandidate(db, await getCurrentUser(), raw, await requestOrigin()), form);
}

export async function declineAction(_previous: FormState, form: FormData): Promise<FormState> {
  const raw = { ideaId: text(form, 'ideaId'), reason: text(form, 'reason') };
  return settle(await declineCandidate(db, await getCurrentUser(), raw, await requestOrigin()), form, {
    reason: raw.reason,
  });
}
