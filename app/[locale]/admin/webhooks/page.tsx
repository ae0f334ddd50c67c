import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { WebhookDeliveries } from '@/components/admin/webhook-deliveries';
import { WebhookEndpointCommands } from '@/components/admin/webhook-endpoint-commands';
import { WebhookEndpointForm } from '@/components/admin/webhook-endpoint-form';
import { WebhookHelp } from '@/components/admin/webhook-help';
import { getCurrentUser } from '@/modules/access/current-user';
import { clientMessages } from '@/modules/i18n/client-messages';
import { checkedParams } from '@/modules/i18n/page-params';
import { redirect } from '@/modules/i18n/navigation';
import { subscribableEvents, webhookOverview } from '@/modules/notifications/webhook-endpoints';
import { db } from '@/modules/platform/db';

interface WebhooksPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: WebhooksPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'webhooks' });
  return { title: t('title'), robots: { index: false } };
}

/** "Webhookit": the admins' receivers of outgoing events, and what was sent to them. */
export default async function WebhooksPage({ params }: WebhooksPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  const [t, overview, messages] = await Promise.all([
    getTranslations('webhooks'),
    webhookOverview(db, actor),
    getMessages(),
  ]);
  if (!overview) notFound();

  return (
    <div className="max-w-4xl">
      <h1 className="text-3xl font-extrabold text-brand">{t('title')}</h1>
      <p className="mt-2 max-w-prose text-muted">{t('intro')}</p>
      <p className="mt-2 max-w-prose">{t('eventsHelp')}</p>

      <NextIntlClientProvider messages={clientMessages(messages, ['webhooks', 'forms', 'errors', 'validation'])}>
        <section aria-labelledby="webhooks-endpoints" className="mt-8">
          <h2 id="webhooks-endpoints" className="text-xl font-bold">
            {t('endpointsHeading')}
          </h2>
          {overview.endpoints.length === 0 ? (
            <p className="mt-2">{t('noEndpoints')}</p>
          ) : (
            <ul className="mt-2 grid gap-4">
              {overview.endpoints.map((endpoint) => (
                <li key={endpoint.id} className="rounded-lg border border-line p-4">
                  <h3 className="text-lg font-bold">{endpoint.name}</h3>
                  <p className="break-all">{endpoint.url}</p>
                  <p className="mt-1 text-sm text-muted">
                    {endpoint.active ? t('stateActive') : t('statePaused')} ·{' '}
                    {endpoint.events.map((event) => t(`eventNames.${event}`)).join(', ')}
                  </p>
                  <WebhookEndpointCommands id={endpoint.id} name={endpoint.name} />
                  <details className="mt-3">
                    <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand">
                      {t('edit', { name: endpoint.name })}
                    </summary>
                    <WebhookEndpointForm choices={subscribableEvents} endpoint={endpoint} />
                  </details>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="webhooks-new" className="mt-8">
          <h2 id="webhooks-new" className="text-xl font-bold">
            {t('newHeading')}
          </h2>
          <WebhookEndpointForm choices={subscribableEvents} />
        </section>
      </NextIntlClientProvider>

      <WebhookDeliveries deliveries={overview.deliveries} />
      <WebhookHelp />
    </div>
  );
}
