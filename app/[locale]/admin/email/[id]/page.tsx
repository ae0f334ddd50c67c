import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { MailboxHtmlFrame } from '@/components/notifications/mailbox-html-frame';
import { getCurrentUser } from '@/modules/access/current-user';
import { getFormat } from '@/modules/i18n/get-format';
import { checkedParams } from '@/modules/i18n/page-params';
import { Link, redirect } from '@/modules/i18n/navigation';
import { readMailboxMessage } from '@/modules/notifications/outbox';
import { db } from '@/modules/platform/db';

interface MailboxMessagePageProps {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: MailboxMessagePageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'outbox' });
  return { title: t('messageTitle'), robots: { index: false } };
}

/** One message of the demo mailbox as its recipient would get it: headers, plain text and HTML. */
export default async function MailboxMessagePage({ params }: MailboxMessagePageProps) {
  const { locale, id } = await checkedParams(params);
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  const [t, message, format] = await Promise.all([
    getTranslations('outbox'),
    readMailboxMessage(db, actor, id),
    getFormat(),
  ]);
  if (!message) notFound();
  // The unsubscribe headers keep their own names: they are what a mail program reads.
  const fields = [
    [t('headers.from'), message.fromAddress],
    [t('headers.to'), message.toAddress],
    [t('headers.subject'), message.subject],
    [t('headers.date'), format.dateTime(message.createdAt)],
    ['List-Unsubscribe', message.listUnsubscribe ?? t('none')],
    ['List-Unsubscribe-Post', message.listUnsubscribePost ?? t('none')],
  ] as const;

  return (
    <div className="max-w-4xl">
      <p>
        <Link href="/admin/email" className="inline-block min-h-11 py-2 text-brand underline underline-offset-4">
          {t('backToOutbox')}
        </Link>
      </p>
      <h1 className="text-3xl font-extrabold break-words text-brand">{message.subject}</h1>
      <section aria-labelledby="message-headers" className="mt-4">
        <h2 id="message-headers" className="text-xl font-bold">
          {t('headersHeading')}
        </h2>
        <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
          {fields.map(([name, value]) => (
            <div key={name} className="contents">
              <dt className="font-semibold">{name}</dt>
              <dd className="mb-2 break-words sm:mb-0">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="message-html" className="mt-6">
        <h2 id="message-html" className="text-xl font-bold">
          {t('htmlHeading')}
        </h2>
        <p className="mt-1 text-sm text-muted">{t('htmlNote')}</p>
        <MailboxHtmlFrame html={message.html} title={t('htmlFrame', { subject: message.subject })} />
      </section>
      <section aria-labelledby="message-text" className="mt-6">
        <h2 id="message-text" className="text-xl font-bold">
          {t('textHeading')}
        </h2>
        <pre className="mt-2 rounded-lg border border-line bg-slate-50 p-3 font-sans whitespace-pre-wrap [overflow-wrap:anywhere]">
          {message.text}
        </pre>
      </section>
    </div>
  );
}
