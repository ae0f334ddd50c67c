'use client';

import { useTranslations } from 'next-intl';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <div className="py-6">
      <h1 className="text-2xl font-bold">{t('errorTitle')}</h1>
      <p className="mt-2 max-w-prose">{t('errorBody')}</p>
      {error.digest && <p className="mt-2 text-sm text-muted">{t('reference', { digest: error.digest })}</p>}
      <button
        type="button"
        onClick={reset}
        className="mt-4 min-h-11 rounded bg-brand px-4 font-semibold text-white hover:opacity-90"
      >
        {t('retry')}
      </button>
    </div>
  );
}
