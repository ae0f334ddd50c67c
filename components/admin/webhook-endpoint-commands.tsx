'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useRef, useState } from 'react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useFormMessages } from '@/components/use-form-messages';
import { webhookEndpointCommandAction } from '@/modules/notifications/webhook-actions';
import type { WebhookFormState } from '@/modules/notifications/webhook-endpoints';
import { WebhookSecret } from './webhook-secret';

const buttonClass = 'min-h-11 rounded border border-brand px-3 font-semibold text-brand';

/** An endpoint's buttons: send a test event, change the secret (shown once), delete (confirmed). */
export function WebhookEndpointCommands({ id, name }: { id: string; name: string }) {
  const t = useTranslations('webhooks');
  const [state, run, running] = useActionState(webhookEndpointCommandAction, { ok: false } as WebhookFormState);
  const { text } = useFormMessages(state);
  const [asking, setAsking] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  return (
    <div className="mt-3 grid gap-2">
      <div className="flex flex-wrap gap-2">
        <form action={run}>
          <input type="hidden" name="id" value={id} />
          <button type="submit" name="command" value="test" disabled={running} className={buttonClass}>
            {t('sendTest')}
          </button>
        </form>
        <form action={run}>
          <input type="hidden" name="id" value={id} />
          <button type="submit" name="command" value="rotate" disabled={running} className={buttonClass}>
            {t('rotate')}
          </button>
        </form>
        <button type="button" ref={deleteButton} onClick={() => setAsking(true)} className={buttonClass}>
          {t('delete')}
        </button>
      </div>
      <p aria-live="polite" className={state.ok ? 'text-emerald-900' : 'text-red-800'}>
        {state.message ? text(state.message) : ''}
      </p>
      {state.secret && <WebhookSecret secret={state.secret} />}
      <ConfirmDialog
        open={asking}
        title={t('delete')}
        description={t('deleteConfirm', { name })}
        cancelLabel={t('cancel')}
        onCancel={() => setAsking(false)}
        returnFocusTo={deleteButton}
        confirm={
          <form action={run} onSubmit={() => setAsking(false)}>
            <input type="hidden" name="id" value={id} />
            <button
              type="submit"
              name="command"
              value="delete"
              className="min-h-11 rounded bg-red-800 px-4 font-semibold text-white"
            >
              {t('delete')}
            </button>
          </form>
        }
      />
    </div>
  );
}
