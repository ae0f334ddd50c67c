'use client';

import clsx from 'clsx';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary, Field, FieldError, FieldFrame, controlClass } from '@/components/forms';
import { useFormMessages } from '@/components/use-form-messages';
import type { WebhookEvent } from '@/modules/platform/db/generated/enums';
import { createWebhookEndpointAction, updateWebhookEndpointAction } from '@/modules/notifications/webhook-actions';
import type { WebhookFormState } from '@/modules/notifications/webhook-endpoints';
import { WebhookSecret } from './webhook-secret';

interface EndpointValues {
  id: string;
  name: string;
  url: string;
  events: readonly WebhookEvent[];
  active: boolean;
}

interface WebhookEndpointFormProps {
  /** The events an admin may choose, in order. */
  choices: readonly WebhookEvent[];
  /** The endpoint to change; a new one when absent. */
  endpoint?: EndpointValues;
}

/** A new endpoint (its secret shown once on success) or the changes of one, with the same fields. */
export function WebhookEndpointForm({ choices, endpoint }: WebhookEndpointFormProps) {
  const t = useTranslations('webhooks');
  const action = endpoint ? updateWebhookEndpointAction : createWebhookEndpointAction;
  const [state, save, saving] = useActionState(action, { ok: false } as WebhookFormState);
  const { text, fieldError } = useFormMessages(state);
  const prefix = endpoint ? `webhook-${endpoint.id}` : 'webhook-new';
  const eventsError = fieldError('events');
  // A new endpoint's form starts empty again after it was made; a refused one shows what was sent.
  const shown = state.ok ? undefined : state.values;
  return (
    <form action={save} noValidate className="grid max-w-prose gap-4">
      <ErrorSummary
        state={state}
        fields={{
          name: { id: `${prefix}-name`, label: t('name') },
          url: { id: `${prefix}-url`, label: t('url') },
          events: { id: `${prefix}-${choices[0]}`, label: t('events') },
        }}
      />
      {endpoint && <input type="hidden" name="id" value={endpoint.id} />}
      <Field id={`${prefix}-name`} label={t('name')} hint={t('nameHint')} error={fieldError('name')}>
        {(control) => (
          <input
            {...control}
            name="name"
            autoComplete="off"
            defaultValue={shown?.name ?? endpoint?.name ?? ''}
            className={controlClass(control['aria-invalid'])}
          />
        )}
      </Field>
      <Field id={`${prefix}-url`} label={t('url')} hint={t('urlHint')} error={fieldError('url')}>
        {(control) => (
          <input
            {...control}
            name="url"
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            defaultValue={shown?.url ?? endpoint?.url ?? ''}
            className={controlClass(control['aria-invalid'])}
          />
        )}
      </Field>
      <fieldset aria-describedby={clsx(`${prefix}-events-help`, eventsError && `${prefix}-events-error`)}>
        <legend className="font-semibold">{t('events')}</legend>
        <FieldFrame invalid={Boolean(eventsError)}>
          <p id={`${prefix}-events-help`} className="sr-only">
            {t('eventsHelp')}
          </p>
          <FieldError id={`${prefix}-events-error`} error={eventsError} />
          {choices.map((event) => (
            <label key={event} className="flex min-h-11 items-center gap-2">
              <input
                id={`${prefix}-${event}`}
                type="checkbox"
                name="events"
                value={event}
                defaultChecked={endpoint ? endpoint.events.includes(event) : true}
                className="h-5 w-5 shrink-0"
              />
              {t(`eventNames.${event}`)}
            </label>
          ))}
        </FieldFrame>
      </fieldset>
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" name="active" defaultChecked={endpoint?.active ?? true} className="h-5 w-5 shrink-0" />
        {t('active')}
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={saving} className="min-h-11 rounded bg-brand px-4 font-semibold text-white">
          {endpoint ? t('save') : t('create')}
        </button>
        <p aria-live="polite" className="text-emerald-900">
          {state.ok && state.message ? text(state.message) : ''}
        </p>
      </div>
      {state.secret && <WebhookSecret secret={state.secret} />}
    </form>
  );
}
