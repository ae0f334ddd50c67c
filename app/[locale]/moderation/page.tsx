import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getFormatter, getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { MarkdownText } from '@/components/markdown';
import { DecisionForm } from '@/components/moderation/decision-form';
import { getCurrentUser } from '@/modules/access/current-user';
import { ideaPath } from '@/modules/ideas/slug';
import { clientMessages } from '@/modules/i18n/client-messages';
import type { AppLocale } from '@/modules/i18n/locales';
import { Link, redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import { moderationQueue } from '@/modules/moderation/queue';

interface ModerationPageProps {
  params: Promise<{ locale: AppLocale }>;
}

export async function generateMetadata({ params }: ModerationPageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'moderation' });
  return { title: t('title'), robots: { index: false } };
}

export default async function ModerationPage({ params }: ModerationPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  const queue = await moderationQueue(db, actor, locale);
  // Not "forbidden": the queue's existence is nobody else's business.
  if (!queue) notFound();
  const [t, format, messages] = await Promise.all([getTranslations('moderation'), getFormatter(), getMessages()]);
  const now = new Date();

  return (
    <div>
      <h1 className="text-3xl font-extrabold text-brand">{t('title')}</h1>
      <p className="mt-2">{t('intro', { count: queue.length })}</p>
      <NextIntlClientProvider messages={clientMessages(messages, ['moderation', 'errors', 'validation'])}>
        <ol className="mt-4 grid gap-4">
          {queue.map((idea) => (
            <li key={idea.id}>
              <article aria-labelledby={`idea-${idea.id}`} className="rounded-lg border border-line bg-white p-4">
                <p className="flex flex-wrap gap-x-3 text-sm text-muted">
                  <span>{t('waiting', { time: format.relativeTime(idea.waitingSince, now) })}</span>
                  {idea.categoryName && <span>{idea.categoryName}</span>}
                  <span>
                    {t('author', { name: idea.authorName })}
                    {idea.anonymous && ` (${t('hiddenFromColleagues')})`}
                  </span>
                </p>
                <h2 id={`idea-${idea.id}`} className="mt-1 text-xl font-bold">
                  <Link href={ideaPath(idea)} className="underline-offset-4 hover:underline">
                    {idea.title}
                  </Link>
                </h2>
                {idea.changesRequested && (
                  <p className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
                    {t('resubmitted', { reason: idea.changesRequested.reason ?? '' })}
                  </p>
                )}
                <details className="mt-2">
                  <summary className="min-h-11 cursor-pointer py-2 text-brand">{t('showText')}</summary>
                  <MarkdownText source={idea.body} />
                </details>
                <DecisionForm ideaId={idea.id} />
              </article>
            </li>
          ))}
        </ol>
      </NextIntlClientProvider>
    </div>
  );
}
