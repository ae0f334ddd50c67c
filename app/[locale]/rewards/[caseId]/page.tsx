import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CaseDetails } from '@/components/rewards/case-details';
import { DecideForm, EndorseForm, RejectForm, SharesForm } from '@/components/rewards/case-forms';
import { getCurrentUser } from '@/modules/access/current-user';
import { helsinkiToday } from '@/modules/accelerator/working-days';
import { clientMessages } from '@/modules/i18n/client-messages';
import { formatEuros } from '@/modules/i18n/format';
import type { AppLocale } from '@/modules/i18n/locales';
import { checkedParams } from '@/modules/i18n/page-params';
import { Link, redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import { caseIdOf, findRewardCase } from '@/modules/rewards/cases';

interface CasePageProps {
  params: Promise<{ locale: string; caseId: string }>;
}

/** The title only for those who may see the case: to anyone else it does not exist. */
export async function generateMetadata({ params }: CasePageProps): Promise<Metadata> {
  const { locale, caseId } = await checkedParams(params);
  const rewardCase = await findRewardCase(db, await getCurrentUser(), caseIdOf(caseId), locale);
  if (!rewardCase) return { robots: { index: false } };
  const t = await getTranslations({ locale, namespace: 'rewards.cases' });
  return { title: t('detailTitle', { id: rewardCase.id }), robots: { index: false } };
}

/** Typed as the person's language types decimals: "33,34" (fi, sv), "33.34" (en). */
function decimals(value: number, locale: AppLocale): string {
  const text = value.toFixed(2);
  return locale === 'en' ? text : text.replace('.', ',');
}

/** One reward case: what it is, who gets what, its steps, and the forms this person may use. */
export default async function CasePage({ params }: CasePageProps) {
  const { locale, caseId } = await checkedParams(params);
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  const rewardCase = await findRewardCase(db, actor, caseIdOf(caseId), locale);
  if (!rewardCase) notFound();
  const [t, messages] = await Promise.all([getTranslations('rewards.cases'), getMessages()]);
  const reference = { caseId: rewardCase.id, status: rewardCase.status };
  const can = (step: string) => rewardCase.available.includes(step as never);
  // With one recipient 100 % is the only split there is: nothing to change.
  const editsShares = rewardCase.mayEditShares && rewardCase.shares.length > 1;
  const forms = editsShares || rewardCase.available.length > 0;

  return (
    <div className="max-w-4xl">
      {rewardCase.viewer.kind !== 'recipient' && (
        <p>
          <Link href="/rewards" className="text-brand underline">
            {t('backToList')}
          </Link>
        </p>
      )}
      <h1 className="mt-2 text-3xl font-extrabold text-brand">{t('detailTitle', { id: rewardCase.id })}</h1>
      <CaseDetails rewardCase={rewardCase} />
      {forms && (
        <NextIntlClientProvider messages={clientMessages(messages, ['rewards.cases', 'errors', 'validation', 'forms'])}>
          <div className="mt-8 grid gap-8">
            {can('endorse') && <EndorseForm {...reference} />}
            {(can('decide') || can('recognise')) && rewardCase.amountCents !== null && (
              <DecideForm
                {...reference}
                computed={formatEuros((rewardCase.computedCents ?? 0) / 100)}
                amount={decimals(rewardCase.amountCents / 100, locale)}
                today={helsinkiToday()}
              />
            )}
            {editsShares && (
              <SharesForm
                {...reference}
                shares={rewardCase.shares.map((share) => ({
                  userId: share.userId,
                  name: share.name ?? t('anonymousAuthor'),
                  percent: decimals(share.shareBasisPoints / 100, locale),
                }))}
              />
            )}
            {can('reject') && <RejectForm {...reference} />}
          </div>
        </NextIntlClientProvider>
      )}
    </div>
  );
}
