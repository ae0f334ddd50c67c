import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { TaxonomyAdmin } from '@/components/admin/taxonomy-admin';
import { getCurrentUser } from '@/modules/access/current-user';
import { can } from '@/modules/access/permissions';
import { clientMessages } from '@/modules/i18n/client-messages';
import type { AppLocale } from '@/modules/i18n/locales';
import { redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import { taxonomyPermission, type TaxonomyKind } from '@/modules/taxonomy/kinds';
import { listTaxonomyForAdmin } from '@/modules/taxonomy/queries';

// The topics' and the departments' admin pages are one page for either kind; each route checks
// its locale itself (page-params.test.ts) and hands it here.

export async function taxonomyPageMetadata(kind: TaxonomyKind, locale: AppLocale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'taxonomy' });
  return { title: t(`${kind}.title`), robots: { index: false } };
}

export async function TaxonomyPage({ kind, locale }: { kind: TaxonomyKind; locale: AppLocale }) {
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  if (!can(actor, taxonomyPermission[kind])) notFound();
  const [t, rows, messages] = await Promise.all([
    getTranslations('taxonomy'),
    listTaxonomyForAdmin(db, kind, locale),
    getMessages(),
  ]);
  return (
    <div>
      <h1 className="text-3xl font-extrabold text-brand">{t(`${kind}.title`)}</h1>
      <p className="mt-2 max-w-prose">{t(`${kind}.intro`)}</p>
      <NextIntlClientProvider messages={clientMessages(messages, ['taxonomy', 'errors', 'validation', 'forms'])}>
        <TaxonomyAdmin kind={kind} rows={rows} />
      </NextIntlClientProvider>
    </div>
  );
}
