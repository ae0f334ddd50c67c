import { getTranslations } from 'next-intl/server';

/** How a receiver checks a message: the headers, the signature, freshness, retries and the body. */
export async function WebhookHelp() {
  const t = await getTranslations('webhooks');
  return (
    // For whoever sets up the receiver, not for the admin's every visit: folded until asked for.
    <details className="mt-8 max-w-prose">
      <summary className="min-h-11 cursor-pointer py-2 text-xl font-bold">{t('verifyHeading')}</summary>
      <p className="mt-2">{t('verifyIntro')}</p>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        <li>{t('verifySteps.compute')}</li>
        <li>{t('verifySteps.compare')}</li>
        <li>{t('verifySteps.fresh')}</li>
      </ol>
      <p className="mt-2">{t('verifyRetry')}</p>
      <p className="mt-2">{t('verifyFormat')}</p>
    </details>
  );
}
