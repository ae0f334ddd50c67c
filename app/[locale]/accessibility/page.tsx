import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getFormat } from '@/modules/i18n/get-format';
import type { AppLocale } from '@/modules/i18n/locales';
import { checkedParams } from '@/modules/i18n/page-params';
import { getOrganisation } from '@/modules/platform/organisation';

interface AccessibilityPageProps {
  params: Promise<{ locale: string }>;
}

/** When the statement was last reviewed; the law asks for the date to be shown. */
const statementDate = new Date('2026-11-22T12:00:00Z');

const enforcementUrl: Record<AppLocale, string> = {
  fi: 'https://www.saavutettavuusvaatimukset.fi/',
  sv: 'https://www.tillganglighetskrav.fi/',
  en: 'https://www.webaccessibility.fi/',
};

export async function generateMetadata({ params }: AccessibilityPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'accessibility' });
  return { title: t('title') };
}

export default async function AccessibilityPage({ params }: AccessibilityPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const t = await getTranslations('accessibility');
  const format = await getFormat();
  const organisation = getOrganisation(locale);
  const sectionClass = 'mt-6';
  const headingClass = 'text-xl font-bold';

  return (
    <article className="max-w-prose">
      <h1 className="text-3xl font-extrabold text-brand">{t('title')}</h1>
      <p className="mt-4">{t('intro', { organisation: organisation.name, date: format.date(statementDate) })}</p>
      <p className="mt-2">{t('legalBasis')}</p>
      <section className={sectionClass}>
        <h2 className={headingClass}>{t('statusHeading')}</h2>
        <p className="mt-2">{t('status')}</p>
      </section>
      <section className={sectionClass}>
        <h2 className={headingClass}>{t('issuesHeading')}</h2>
        <p className="mt-2">{t('issues')}</p>
      </section>
      <section className={sectionClass}>
        <h2 className={headingClass}>{t('feedbackHeading')}</h2>
        <p className="mt-2">{t('feedback', { email: organisation.accessibilityEmail })}</p>
        <p className="mt-2">
          <a className="text-brand underline underline-offset-4" href={`mailto:${organisation.accessibilityEmail}`}>
            {organisation.accessibilityEmail}
          </a>
        </p>
      </section>
      <section className={sectionClass}>
        <h2 className={headingClass}>{t('enforcementHeading')}</h2>
        <p className="mt-2">{t('enforcement')}</p>
        <p className="mt-2">
          <a className="text-brand underline underline-offset-4" href={enforcementUrl[locale]}>
            {t('enforcementLink')}
          </a>
        </p>
      </section>
    </article>
  );
}
