import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { BatchLines } from '@/components/rewards/batch-lines';
import { BatchPayForm } from '@/components/rewards/batch-pay-form';
import { getCurrentUser } from '@/modules/access/current-user';
import { can } from '@/modules/access/permissions';
import { helsinkiToday } from '@/modules/accelerator/working-days';
import { clientMessages } from '@/modules/i18n/client-messages';
import { formatDate, formatDateTime, formatEuros } from '@/modules/i18n/format';
import { intlLocale } from '@/modules/i18n/locales';
import { checkedParams } from '@/modules/i18n/page-params';
import { Link, redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import { findPayrollBatch } from '@/modules/rewards/payroll-batches';
import { earningPeriodText } from '@/modules/rewards/payroll-file';

interface BatchPageProps {
  params: Promise<{ locale: string; batchId: string }>;
}

const batchIdOf = (text: string) => (/^\d{1,9}$/.test(text) ? Number(text) : 0);

export async function generateMetadata({ params }: BatchPageProps): Promise<Metadata> {
  const { locale, batchId } = await checkedParams(params);
  if (!can(await getCurrentUser(), 'reward.pay')) return { robots: { index: false } };
  const t = await getTranslations({ locale, namespace: 'rewards.payroll.batch' });
  return { title: t('title', { id: batchIdOf(batchId) }), robots: { index: false } };
}

/** One payroll batch: its lines and totals, the files for payroll, and marking it paid. */
export default async function BatchPage({ params }: BatchPageProps) {
  const { locale, batchId } = await checkedParams(params);
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  const batch = await findPayrollBatch(db, actor, batchIdOf(batchId));
  if (!batch) notFound();
  const [t, payroll, list, messages] = await Promise.all([
    getTranslations('rewards.payroll.batch'),
    getTranslations('rewards.payroll'),
    getTranslations('rewards.payroll.list'),
    getMessages(),
  ]);
  const month = new Intl.DateTimeFormat(intlLocale[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const download = (format: 'csv' | 'xlsx') => `/api/rewards/batches/${batch.id}/${format}?locale=${locale}`;
  const created = formatDateTime(locale, batch.createdAt);

  return (
    <div className="max-w-6xl">
      <p>
        <Link href="/rewards/batches" className="text-brand underline">
          {payroll('backToList')}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-extrabold text-brand">{t('title', { id: batch.id })}</h1>
      <p className="mt-2 text-lg">
        {t('summary', {
          month: month.format(batch.paymentMonth),
          lines: list('linesCount', { count: batch.lines.length }),
          total: formatEuros(batch.totalCents / 100),
        })}
      </p>
      <p className="mt-1 text-sm text-muted">
        {batch.createdBy
          ? t('createdBy', { name: batch.createdBy.name, date: created })
          : t('createdBySomeone', { date: created })}
      </p>
      <p className="mt-1 font-semibold">
        {batch.paidAt
          ? batch.paidBy
            ? t('paidBy', { date: formatDate(batch.paymentDate ?? batch.paidAt), name: batch.paidBy.name })
            : t('paidOn', { date: formatDate(batch.paymentDate ?? batch.paidAt) })
          : t('unpaid')}
      </p>
      <p className="mt-2 max-w-prose text-sm">{t('frozen')}</p>

      <section aria-labelledby="batch-downloads-heading" className="mt-6">
        <h2 id="batch-downloads-heading" className="text-xl font-bold">
          {t('downloads')}
        </h2>
        <p className="mt-1 max-w-prose text-sm text-muted">{t('downloadHint')}</p>
        <div className="mt-3 flex flex-wrap gap-3">
          <a
            href={download('csv')}
            download
            className="inline-flex min-h-11 items-center rounded border-2 border-brand px-4 font-semibold text-brand"
          >
            {t('downloadCsv')}
          </a>
          <a
            href={download('xlsx')}
            download
            className="inline-flex min-h-11 items-center rounded border-2 border-brand px-4 font-semibold text-brand"
          >
            {t('downloadXlsx')}
          </a>
        </div>
      </section>

      {!batch.paidAt && (
        <div className="mt-8 border-t border-line pt-6">
          <NextIntlClientProvider
            messages={clientMessages(messages, [
              'rewards.payroll.pay',
              'rewards.payroll.errors',
              'errors',
              'validation',
              'forms',
            ])}
          >
            <BatchPayForm batchId={batch.id} today={helsinkiToday()} />
          </NextIntlClientProvider>
        </div>
      )}
      <BatchLines
        lines={batch.lines.map((line) => ({
          ...line,
          earningPeriod: earningPeriodText(line.earningPeriodStart, line.earningPeriodEnd),
        }))}
      />
    </div>
  );
}
