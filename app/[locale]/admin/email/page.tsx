import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { OutboxPager } from '@/components/notifications/outbox-pager';
import { RetryEmailForm } from '@/components/notifications/retry-email-form';
import { getCurrentUser } from '@/modules/access/current-user';
import { clientMessages } from '@/modules/i18n/client-messages';
import { getFormat } from '@/modules/i18n/get-format';
import { checkedParams } from '@/modules/i18n/page-params';
import { Link, redirect } from '@/modules/i18n/navigation';
import { listFailedEmails, listMailbox, listSentEmails, outboxCounts } from '@/modules/notifications/outbox';
import { db } from '@/modules/platform/db';
import { getServerEnv } from '@/modules/platform/server-env';

interface OutboxPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ failed?: string; sent?: string; mailbox?: string; retried?: string }>;
}

export async function generateMetadata({ params }: OutboxPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'outbox' });
  return { title: t('title'), robots: { index: false } };
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** "Lähetetyt viestit": the e-mail queue, its failures, what was sent, and the demo's mailbox. */
export default async function OutboxPage({ params, searchParams }: OutboxPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  const query = await searchParams;
  const pages = { failed: text(query.failed), sent: text(query.sent), mailbox: text(query.mailbox) };
  // Without SMTP_URL, e-mail goes to the database mailbox; with it, there is no mailbox to read.
  const demoMailbox = !getServerEnv().SMTP_URL;
  const [t, counts, failed, sent, mailbox, format, messages] = await Promise.all([
    getTranslations('outbox'),
    outboxCounts(db, actor),
    listFailedEmails(db, actor, { olderThan: pages.failed }),
    listSentEmails(db, actor, { olderThan: pages.sent }),
    demoMailbox ? listMailbox(db, actor, { olderThan: pages.mailbox }) : null,
    getFormat(),
    getMessages(),
  ]);
  if (!counts || !failed || !sent) notFound();
  const countItems = [
    ['queued', counts.queued],
    ['due', counts.due],
    ['retrying', counts.retrying],
    ['failed', counts.failed],
  ] as const;

  return (
    <div className="max-w-4xl">
      <h1 className="text-3xl font-extrabold text-brand">{t('title')}</h1>
      <p className="mt-2 max-w-prose text-muted">{demoMailbox ? t('introMailbox') : t('introSmtp')}</p>
      {query.retried && (
        <p role="status" className="mt-3 rounded bg-emerald-50 px-3 py-2 text-emerald-900">
          {t('retried')}
        </p>
      )}

      <section aria-labelledby="outbox-queue" className="mt-6">
        <h2 id="outbox-queue" className="text-xl font-bold">
          {t('queueHeading')}
        </h2>
        <dl className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-4">
          {countItems.map(([name, count]) => (
            <div key={name} className="rounded-lg border border-line p-3">
              <dt className="text-sm text-muted">{t(`counts.${name}`)}</dt>
              <dd className="text-2xl font-bold">{format.number(count)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="outbox-failed" className="mt-8">
        <h2 id="outbox-failed" className="text-xl font-bold">
          {t('failedHeading')}
        </h2>
        {failed.rows.length === 0 ? (
          <p className="mt-2">{t('noFailures')}</p>
        ) : (
          <NextIntlClientProvider messages={clientMessages(messages, ['outbox', 'errors', 'validation'])}>
            <ul className="mt-2 grid gap-3">
              {failed.rows.map((job) => (
                <li key={job.id} className="rounded-lg border border-line p-3">
                  <p className="font-semibold break-all">{job.toAddress ?? t('noAddress')}</p>
                  <p>{job.subject ?? t('noSubject')}</p>
                  <p className="mt-1 break-words text-red-900">{job.lastError ?? t('noError')}</p>
                  <p className="mt-1 text-sm text-muted">
                    {t('failedDetails', { attempts: job.attempts, time: format.dateTime(job.createdAt) })}
                  </p>
                  <RetryEmailForm jobId={job.id} address={job.toAddress ?? t('noAddress')} />
                </li>
              ))}
            </ul>
          </NextIntlClientProvider>
        )}
        <OutboxPager list="failed" current={pages} olderThan={failed.olderThan} label={t('failedHeading')} />
      </section>

      <section aria-labelledby="outbox-sent" className="mt-8">
        <h2 id="outbox-sent" className="text-xl font-bold">
          {t('sentHeading')}
        </h2>
        {sent.rows.length === 0 ? (
          <p className="mt-2">{t('noneSent')}</p>
        ) : (
          <ul className="mt-2 grid gap-2">
            {sent.rows.map((job) => (
              <li key={job.id} className="rounded-lg border border-line p-3">
                <p className="font-semibold">{job.subject ?? t('noSubject')}</p>
                <p className="break-all">{job.toAddress ?? t('noAddress')}</p>
                <p className="text-sm text-muted">
                  {t('sentDetails', {
                    kind: t(`jobKinds.${job.kind}`),
                    time: format.dateTime(job.sentAt ?? job.createdAt),
                  })}
                </p>
              </li>
            ))}
          </ul>
        )}
        <OutboxPager list="sent" current={pages} olderThan={sent.olderThan} label={t('sentHeading')} />
      </section>

      {mailbox && (
        <section aria-labelledby="outbox-mailbox" className="mt-8">
          <h2 id="outbox-mailbox" className="text-xl font-bold">
            {t('mailboxHeading')}
          </h2>
          <p className="mt-1 max-w-prose text-muted">{t('mailboxIntro')}</p>
          {mailbox.rows.length === 0 ? (
            <p className="mt-2">{t('mailboxEmpty')}</p>
          ) : (
            <ul className="mt-2 grid gap-2">
              {mailbox.rows.map((message) => (
                <li key={message.id} className="rounded-lg border border-line p-3">
                  <Link
                    href={`/admin/email/${message.id}`}
                    className="font-semibold text-brand underline underline-offset-4"
                  >
                    {message.subject}
                  </Link>
                  <p className="break-all">{message.toAddress}</p>
                  <p className="text-sm text-muted">
                    <time dateTime={message.createdAt.toISOString()}>{format.dateTime(message.createdAt)}</time>
                  </p>
                </li>
              ))}
            </ul>
          )}
          <OutboxPager list="mailbox" current={pages} olderThan={mailbox.olderThan} label={t('mailboxHeading')} />
        </section>
      )}
    </div>
  );
}
