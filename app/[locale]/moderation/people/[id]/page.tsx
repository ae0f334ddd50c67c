import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { getFormat } from '@/modules/i18n/get-format';
import { notFound } from 'next/navigation';
import { ModeratorNotes } from '@/components/moderation/moderator-notes';
import { getCurrentUser } from '@/modules/access/current-user';
import { ideaPath } from '@/modules/ideas/slug';
import { clientMessages } from '@/modules/i18n/client-messages';
import { checkedParams } from '@/modules/i18n/page-params';
import { Link, redirect } from '@/modules/i18n/navigation';
import { personForModerators } from '@/modules/moderation/people';
import { db } from '@/modules/platform/db';

interface PersonPageProps {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: PersonPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'moderation' });
  return { title: t('title'), robots: { index: false } };
}

export default async function PersonPage({ params }: PersonPageProps) {
  const { locale, id } = await checkedParams(params);
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  const person = await personForModerators(db, actor, id, locale);
  // Not "forbidden": who the moderators keep notes on is nobody else's business.
  if (!person) notFound();
  const [t, statuses, format, messages] = await Promise.all([
    getTranslations('moderation'),
    getTranslations('status'),
    getFormat(),
    getMessages(),
  ]);
  const counts = [
    ['ideas', person.counts.ideas],
    ['hiddenIdeas', person.counts.hiddenIdeas],
    ['comments', person.counts.comments],
    ['hiddenComments', person.counts.hiddenComments],
    ['flagsReceived', person.counts.flagsReceived],
  ] as const;

  return (
    <div>
      <p>
        <Link href="/moderation" className="text-brand underline underline-offset-4">
          {t('person.back')}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-extrabold text-brand">{t('person.title', { name: person.name })}</h1>
      <p className="mt-1 flex flex-wrap gap-x-3 text-muted">
        {person.departmentName && <span>{t('person.department', { name: person.departmentName })}</span>}
        <span>{t('person.since', { date: format.date(person.since) })}</span>
        {!person.active && <span className="font-semibold text-amber-900">{t('person.inactive')}</span>}
      </p>
      <section aria-labelledby="summary-heading" className="mt-6">
        <h2 id="summary-heading" className="text-xl font-bold">
          {t('person.summary')}
        </h2>
        <dl className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-5">
          {counts.map(([key, value]) => (
            <div key={key} className="rounded-lg border border-line bg-white p-3">
              <dt className="text-sm text-muted">{t(`person.${key}`)}</dt>
              <dd className="text-2xl font-bold">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="ideas-heading" className="mt-6">
        <h2 id="ideas-heading" className="text-xl font-bold">
          {t('person.recentIdeas')}
        </h2>
        {person.ideas.length === 0 ? (
          <p className="mt-2">{t('person.noIdeas')}</p>
        ) : (
          <ul className="mt-2 grid gap-1">
            {person.ideas.map((idea) => (
              <li key={idea.id} className="flex flex-wrap gap-x-3">
                <Link href={ideaPath(idea)} className="text-brand underline underline-offset-4">
                  {idea.title}
                </Link>
                <span className="text-muted">
                  {statuses(idea.status)} · {format.date(idea.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <NextIntlClientProvider
        messages={clientMessages(messages, ['moderation.notes', 'errors', 'validation', 'forms'])}
      >
        <ModeratorNotes notes={person.notes} subject="user" subjectId={person.id} />
      </NextIntlClientProvider>
    </div>
  );
}
