'use client';

import { useTranslations } from 'next-intl';

/** A just-made secret, shown this once: the server never sends it again. */
export function WebhookSecret({ secret }: { secret: string }) {
  const t = useTranslations('webhooks');
  return (
    <div role="status" className="rounded-lg border-2 border-amber-600 bg-amber-50 p-3 text-amber-950">
      <p className="font-bold">{t('secretHeading')}</p>
      <p className="mt-1">{t('secretNote')}</p>
      <code data-testid="webhook-secret" className="mt-2 block rounded bg-white p-2 font-mono text-sm break-all">
        {secret}
      </code>
    </div>
  );
}
