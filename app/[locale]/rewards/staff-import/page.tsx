import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { StaffImportForm } from '@/components/staff-import/staff-import-form';
import { getCurrentUser } from '@/modules/access/current-user';
import { can } from '@/modules/access/permissions';
import { clientMessages } from '@/modules/i18n/client-messages';
import { checkedParams } from '@/modules/i18n/page-params';
import { redirect } from '@/modules/i18n/navigation';
import { shownHeaders, staffColumns } from '@/modules/users/staff-import-file';

interface StaffImportPageProps {
  params: Promise<{ locale: string }>;
}

/** The title only for those who may import: to anyone else the page does not exist. */
export async function generateMetadata({ params }: StaffImportPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  if (!can(await getCurrentUser(), 'staff.import')) return { robots: { index: false } };
  const t = await getTranslations({ locale, namespace: 'staffImport' });
  return { title: t('title'), robots: { index: false } };
}

/** HR's staff import: what the file holds, then the file's dry run and import. */
export default async function StaffImportPage({ params }: StaffImportPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  if (!can(actor, 'staff.import')) notFound();
  const [t, messages] = await Promise.all([getTranslations('staffImport'), getMessages()]);

  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-extrabold text-brand">{t('title')}</h1>
      <p className="mt-2">{t('intro')}</p>
      <h2 className="mt-6 text-xl font-bold">{t('columnsHeading')}</h2>
      <p className="mt-1">{t('columnsIntro')}</p>
      <dl className="mt-2 grid gap-2">
        {staffColumns.map((column) => (
          <div key={column}>
            <dt className="font-semibold">
              <code lang="fi">{shownHeaders[column][0]}</code> / <code lang="en">{shownHeaders[column][1]}</code>
            </dt>
            <dd className="text-sm text-muted">{t(`columnHelp.${column}`)}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3">{t('sampleIntro')}</p>
      {/* Scrolls sideways on a phone: a wrapped line would hide where one value ends and the next begins.
          A region that scrolls must be reachable by keyboard (WCAG 2.1.1; axe scrollable-region-focusable). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div role="region" aria-label={t('sampleIntro')} tabIndex={0} className="mt-1 overflow-x-auto rounded bg-surface">
        <pre className="p-3 text-sm whitespace-pre">
          <code>{`${staffColumns.map((column) => shownHeaders[column][0]).join(';')}\n${t('sampleLine')}`}</code>
        </pre>
      </div>
      <p className="mt-3 text-sm">{t('saveAs')}</p>
      <NextIntlClientProvider messages={clientMessages(messages, ['staffImport', 'forms', 'errors', 'validation'])}>
        <StaffImportForm />
      </NextIntlClientProvider>
    </div>
  );
}
