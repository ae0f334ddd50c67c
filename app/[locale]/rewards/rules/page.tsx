import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { RuleForm } from '@/components/rewards/rule-form';
import { RuleHistory } from '@/components/rewards/rule-history';
import { RuleSummary } from '@/components/rewards/rule-summary';
import { getCurrentUser } from '@/modules/access/current-user';
import { holdsSomewhere } from '@/modules/access/permissions';
import { clientMessages } from '@/modules/i18n/client-messages';
import { checkedParams } from '@/modules/i18n/page-params';
import { redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import { listRuleVersions, ruleFormValues } from '@/modules/rewards/rule-versions';

interface RulesPageProps {
  params: Promise<{ locale: string }>;
}

/** The title only for those who manage the rules: to anyone else the page does not exist. */
export async function generateMetadata({ params }: RulesPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  if (!holdsSomewhere(await getCurrentUser(), 'reward.rules.manage')) return { robots: { index: false } };
  const t = await getTranslations({ locale, namespace: 'rewards.rules' });
  return { title: t('title'), robots: { index: false } };
}

/** The reward rules for HR and admins: the rules in force in words, a form for a new version, the history. */
export default async function RulesPage({ params }: RulesPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  if (!holdsSomewhere(actor, 'reward.rules.manage')) notFound();
  const [t, versions, messages] = await Promise.all([
    getTranslations('rewards.rules'),
    listRuleVersions(db),
    getMessages(),
  ]);
  // Version 1 comes with the migration, so there is always a current one.
  const current = versions[0]!;
  return (
    <div className="grid max-w-4xl gap-8">
      <div>
        <h1 className="text-3xl font-extrabold text-brand">{t('title')}</h1>
        <p className="mt-2 max-w-prose">{t('intro')}</p>
      </div>
      <RuleSummary version={current} />
      <NextIntlClientProvider
        messages={clientMessages(messages, [
          'rewards.rules.form',
          'rewards.rules.saved',
          'rewards.rules.errors',
          'errors',
          'validation',
          'forms',
        ])}
      >
        <RuleForm values={ruleFormValues(current)} />
      </NextIntlClientProvider>
      <RuleHistory versions={versions} />
    </div>
  );
}
