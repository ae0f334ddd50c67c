import { getTranslations } from 'next-intl/server';
import { getFormat } from '@/modules/i18n/get-format';
import type { WebhookDeliveryView } from '@/modules/notifications/webhook-endpoints';

const stateClass = {
  QUEUED: 'text-amber-900',
  DELIVERED: 'text-emerald-900',
  SKIPPED: 'text-muted',
  FAILED: 'text-red-800',
} as const;

/** The recent deliveries, newest first: state, tries, the last error and when the next try is. */
export async function WebhookDeliveries({ deliveries }: { deliveries: WebhookDeliveryView[] }) {
  const [t, format] = await Promise.all([getTranslations('webhooks'), getFormat()]);
  return (
    <section aria-labelledby="webhooks-deliveries" className="mt-8">
      <h2 id="webhooks-deliveries" className="text-xl font-bold">
        {t('deliveriesHeading')}
      </h2>
      {deliveries.length === 0 ? (
        <p className="mt-2">{t('noDeliveries')}</p>
      ) : (
        <ul className="mt-2 grid gap-2">
          {deliveries.map((delivery) => (
            <li key={delivery.id} data-testid="webhook-delivery" className="rounded-lg border border-line p-3">
              <p className="font-semibold">
                {t(`eventNames.${delivery.event}`)} → {delivery.endpointName}
              </p>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                <dt className="text-muted">{t('columns.state')}</dt>
                <dd className={`font-semibold ${stateClass[delivery.status]}`}>{t(`statuses.${delivery.status}`)}</dd>
                <dt className="text-muted">{t('columns.time')}</dt>
                <dd>
                  <time dateTime={delivery.createdAt.toISOString()}>{format.dateTime(delivery.createdAt)}</time>
                  {delivery.status === 'QUEUED' && delivery.attempts > 0 && (
                    <> · {t('nextTry', { time: format.dateTime(delivery.runAt) })}</>
                  )}
                </dd>
                <dt className="text-muted">{t('columns.attempts')}</dt>
                <dd>{format.number(delivery.attempts)}</dd>
                {delivery.lastError && (
                  <>
                    <dt className="text-muted">{t('columns.lastError')}</dt>
                    <dd className="break-words text-red-900">{delivery.lastError}</dd>
                  </>
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
