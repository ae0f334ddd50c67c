import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { BatchCreateForm, type ReadyCaseItem } from '@/components/rewards/batch-create-form';
import { BatchList } from '@/components/rewards/batch-list';
import { BatchMissingNumbers, caseTitle } from '@/components/rewards/batch-missing-numbers';
import { BatchPayCodeForm } from '@/components/rewards/batch-pay-code-form';
import { getCurrentUser } from '@/modules/access/current-user';
import { can } from '@/modules/access/permissions';
import { helsinkiToday } from '@/modules/accelerator/working-days';
import { clientMessages } from '@/modules/i18n/client-messages';
import { formatDate, formatEuros, formatNumber } from '@/modules/i18n/format';
import { intlLocale, type AppLocale } from '@/modules/i18n/locales';
import { checkedParams } from '@/modules/i18n/page-params';
import { redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import { getPayCode } from '@/modules/rewards/pay-code';
import { READY_LIST_LIMIT, readyForPayroll, recipientsMissingEmployeeNumber } from '@/modules/rewards/payroll';
import { BATCH_LIST_LIMIT, listPayrollBatches } from '@/modules/rewards/payroll-batches';

interface BatchesPageProps {
  params: Promise<{ locale: string }>;
}

/** The title only for those who make payroll batches: to anyone else the page does not exist. */
export async function generateMetadata({ params }: BatchesPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  if (!can(await getCurrentUser(), 'reward.pay')) return { robots: { index: false } };
  const t = await getTranslations({ locale, namespace: 'rewards.payroll' });
  return { title: t('title'), robots: { index: false } };
}

/** "joulukuu 2026" of the first day of a month stored as a calendar day. */
function monthLabeller(locale: AppLocale) {
  const format = new Intl.DateTimeFormat(intlLocale[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (month: Date) => format.format(month);
}

/** Last month to a year ahead, as yyyy-mm with its name; this month is the default. */
function paymentMonths(locale: AppLocale) {
  const [year, month] = helsinkiToday().split('-').map(Number) as [number, number];
  const label = monthLabeller(locale);
  return Array.from({ length: 14 }, (_, index) => {
    const first = new Date(Date.UTC(year, month - 2 + index, 1));
    return { value: first.toISOString().slice(0, 7), label: label(first) };
  });
}

/** HR's payroll batches: what is ready to pay, who lacks an employee number, the pay code, the batches made. */
export default async function BatchesPage({ params }: BatchesPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  if (!can(actor, 'reward.pay')) notFound();
  const [t, ready, missing, payCode, batches, messages] = await Promise.all([
    getTranslations('rewards.payroll'),
    readyForPayroll(db, actor),
    recipientsMissingEmployeeNumber(db, locale),
    getPayCode(db),
    listPayrollBatches(db, actor),
    getMessages(),
  ]);
  if (!ready || !batches) notFound();
  const missingIds = new Set(missing.map((person) => person.userId));
  const readyText = (key: 'case' | 'idea', values: { id: number }) => t(`ready.${key}`, values);
  const items: ReadyCaseItem[] = ready.cases.map((rewardCase) => ({
    id: rewardCase.id,
    blocked: rewardCase.blocked,
    title: caseTitle(readyText, rewardCase),
    decision: t('ready.decision', {
      number: rewardCase.decisionNumber ?? t('ready.noDecisionNumber'),
      date: rewardCase.decisionDate ? formatDate(rewardCase.decisionDate) : '–',
    }),
    amount: formatEuros(rewardCase.amountCents / 100),
    recipients: rewardCase.recipients.map((recipient) => ({
      name: recipient.name,
      amount: `${formatEuros(recipient.amountCents / 100)} (${formatNumber(recipient.shareBasisPoints / 100)} %)`,
      missingNumber: missingIds.has(recipient.userId),
    })),
  }));
  const months = paymentMonths(locale);

  return (
    <div className="max-w-5xl">
      <h1 className="text-3xl font-extrabold text-brand">{t('title')}</h1>
      <p className="mt-2 max-w-prose">{t('intro')}</p>
      <BatchMissingNumbers people={missing} />
      <NextIntlClientProvider
        messages={clientMessages(messages, [
          'rewards.payroll.ready',
          'rewards.payroll.missing',
          'rewards.payroll.create',
          'rewards.payroll.payCode',
          'rewards.payroll.errors',
          'errors',
          'validation',
          'forms',
        ])}
      >
        <section aria-labelledby="ready-heading" className="mt-8">
          <h2 id="ready-heading" className="text-xl font-bold">
            {t('ready.heading')}
          </h2>
          <p className="mt-1 text-lg">
            {t('ready.summary', { count: ready.count, total: formatEuros(ready.totalCents / 100) })}
          </p>
          {ready.blockedCount > 0 && (
            <p className="mt-1 max-w-prose">{t('ready.blockedCount', { count: ready.blockedCount })}</p>
          )}
          {ready.count + ready.blockedCount > READY_LIST_LIMIT && (
            <p className="mt-1 text-sm text-muted">{t('ready.listLimit', { shown: READY_LIST_LIMIT })}</p>
          )}
          {items.length === 0 ? (
            <p className="mt-2 max-w-prose">{t('ready.empty')}</p>
          ) : (
            <BatchCreateForm cases={items} months={months} defaultMonth={months[1]!.value} />
          )}
        </section>
        <div className="mt-10 border-t border-line pt-6">
          <BatchPayCodeForm payCode={payCode} />
        </div>
      </NextIntlClientProvider>
      <BatchList
        batches={batches}
        monthLabel={monthLabeller(locale)}
        limit={batches.length === BATCH_LIST_LIMIT ? BATCH_LIST_LIMIT : undefined}
      />
    </div>
  );
}
