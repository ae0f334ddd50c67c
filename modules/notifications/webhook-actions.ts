'use server';

import { revalidatePath } from 'next/cache';
import { getCurrentUser } from '@/modules/access/current-user';
import { requestOrigin } from '@/modules/audit/request-origin';
import { db } from '@/modules/platform/db';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  rotateWebhookSecret,
  sendTestWebhook,
  updateWebhookEndpoint,
  type WebhookFormState,
} from './webhook-endpoints';

// The admins' webhook forms; the domain functions authenticate, validate and authorise.

const page = '/[locale]/admin/webhooks';

function endpointInput(form: FormData) {
  return {
    name: form.get('name') ?? '',
    url: form.get('url') ?? '',
    events: form.getAll('events'),
    active: form.get('active') === 'on',
  };
}

/** What a refused form sends back to show again (React resets a form after an action). */
function withValues(state: WebhookFormState, form: FormData): WebhookFormState {
  if (state.ok) return state;
  return { ...state, values: { name: String(form.get('name') ?? ''), url: String(form.get('url') ?? '') } };
}

export async function createWebhookEndpointAction(_previous: WebhookFormState, form: FormData) {
  const state = await createWebhookEndpoint(db, await getCurrentUser(), endpointInput(form), await requestOrigin());
  if (state.ok) revalidatePath(page, 'page');
  return withValues(state, form);
}

export async function updateWebhookEndpointAction(_previous: WebhookFormState, form: FormData) {
  const input = { id: form.get('id'), ...endpointInput(form) };
  const state = await updateWebhookEndpoint(db, await getCurrentUser(), input, await requestOrigin());
  if (state.ok) revalidatePath(page, 'page');
  return withValues(state, form);
}

/** The test event, the new secret and the deletion: one form each, with the endpoint's id. */
const byEndpoint = {
  test: sendTestWebhook,
  rotate: rotateWebhookSecret,
  delete: deleteWebhookEndpoint,
} as const;

export async function webhookEndpointCommandAction(_previous: WebhookFormState, form: FormData) {
  const command = form.get('command');
  if (command !== 'test' && command !== 'rotate' && command !== 'delete')
    return { ok: false, message: 'errors.invalid' };
  const state = await byEndpoint[command](db, await getCurrentUser(), { id: form.get('id') }, await requestOrigin());
  if (state.ok) revalidatePath(page, 'page');
  return state;
}
