'use client';

import { useTranslations } from 'next-intl';

// A client component on purpose: Next renders the loading state alongside the layout, before the
// layout has set the request locale, and a server-side translation there would force every page
// to render dynamically.
export default function Loading() {
  const t = useTranslations('errors');
  return (
    <p role="status" className="py-8 text-muted">
      {t('loading')}
    </p>
  );
}
