import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ScorecardAdminForm } from '@/components/accelerator/scorecard-admin-form';
import { allCriteria } from '@/modules/accelerator/scorecard-criteria';
import { getCurrentUser } from '@/modules/access/current-user';
import { can } from '@/modules/access/permissions';
import { clientMessages } from '@/modules/i18n/client-messages';
import { checkedParams } from '@/modules/i18n/page-params';
import { redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';

interface ScorecardAdminPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: ScorecardAdminPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'admin.scorecard' });
  return { title: t('title'), robots: { index: false } };
}

/** The accelerator's scorecard criteria, for administrators. */
export default async function ScorecardAdminPage({ params }: ScorecardAdminPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  if (!can(actor, 'settings.manage')) notFound();
  const [t, criteria, messages] = await Promise.all([
    getTranslations('admin.scorecard'),
    allCriteria(db),
    getMessages(),
  ]);
  return (
    <div className="max-w-4xl">
      <h1 className="text-3xl font-extrabold text-brand">{t('title')}</h1>
      <p className="mt-2 max-w-prose">{t('intro')}</p>
      <NextIntlClientProvider messages={clientMessages(messages, ['admin.scorecard', 'errors', 'validation', 'forms'])}>
        <ScorecardAdminForm
          // A criterion added: the form starts again from the saved list (with a new empty row).
          key={criteria.map((criterion) => criterion.id).join()}
          criteria={criteria.map(({ weight, sortOrder, slug: _slug, ...texts }) => ({
            ...texts,
            weight: String(weight),
            sortOrder: String(sortOrder),
          }))}
        />
      </NextIntlClientProvider>
    </div>
  );
}
