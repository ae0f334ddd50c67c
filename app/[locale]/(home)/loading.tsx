'use client';

import { useTranslations } from 'next-intl';

// Scoped to the pages that wait for data: a loading boundary makes Next stream a 200 before the
// page runs, so a notFound() under it could no longer answer 404.
// A client component on purpose: Next renders it alongside the layout, before the layout has set
// the request locale, and a server-side translation there would force every page to be dynamic.
export default function Loading() {
  const t = useTranslations('errors');
  return (
    <p role="status" className="appear-late py-8 text-muted">
      {t('loading')}
    </p>
  );
}
