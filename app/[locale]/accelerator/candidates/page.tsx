import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CandidateActions } from '@/components/accelerator/candidate-actions';
import { Pagination } from '@/components/pagination';
import { listRoutedCandidates, type RoutedCandidate } from '@/modules/accelerator/candidates';
import { getCurrentUser } from '@/modules/access/current-user';
import { clientMessages } from '@/modules/i18n/client-messages';
import { getFormat } from '@/modules/i18n/get-format';
import { Link, redirect } from '@/modules/i18n/navigation';
import { checkedParams } from '@/modules/i18n/page-params';
import { ideaPath } from '@/modules/ideas/slug';
import { mayOpen, menuEntries } from '@/modules/navigation/menu';
import { db } from '@/modules/platform/db';
import { firstValue, type SearchParams } from '@/modules/platform/search-params';

interface CandidatesPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: CandidatesPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'accelerator.candidates' });
  return { title: t('title'), robots: { index: false } };
}

/** "Minulle ohjatut": the candidates for the accelerator this person decides on, the longest-waiting first. */
export default async function CandidatesPage({ params, searchParams }: CandidatesPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  // The same permission as its menu entry, so the menu never offers a page that refuses.
  if (!mayOpen(actor, menuEntries.candidates)) notFound();
  const requested = Number(firstValue(await searchParams, 'page') ?? '1');
  const [result, t, format, messages] = await Promise.all([
    listRoutedCandidates(db, actor, locale, requested),
    getTranslations('accelerator.candidates'),
    getFormat(),
    getMessages(),
  ]);
  if (!result) notFound();
  const now = new Date();
  const howItCame = (candidate: RoutedCandidate) =>
    candidate.origin.kind === 'votes'
      ? t('origin.votes')
      : candidate.origin.by
        ? t('origin.nominatedBy', { name: candidate.origin.by })
        : t('origin.nominated');

  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-extrabold text-brand">{t('title')}</h1>
      <p className="mt-2 text-muted">{t('intro')}</p>
      {result.total === 0 ? (
        <p className="mt-6">{t('empty')}</p>
      ) : (
        <NextIntlClientProvider
          messages={clientMessages(messages, ['accelerator.candidates', 'errors', 'validation', 'forms'])}
        >
          <p className="mt-4">{t('count', { count: result.total })}</p>
          <ul className="mt-4 grid gap-4">
            {result.candidates.map((candidate) => (
              <li key={candidate.id} className="rounded-lg border border-line p-4">
                <h2 className="text-xl font-bold">
                  <Link href={ideaPath(candidate)} className="text-brand underline underline-offset-4">
                    {candidate.title}
                  </Link>
                </h2>
                <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
                  <dt className="font-semibold">{t('since')}</dt>
                  <dd>
                    {format.date(candidate.since)} ({t('waited', { time: format.duration(candidate.since, now) })})
                  </dd>
                  <dt className="font-semibold">{t('votes')}</dt>
                  <dd>{t('voteCount', { count: candidate.voteCount })}</dd>
                  <dt className="font-semibold">{t('origin.label')}</dt>
                  <dd>
                    {howItCame(candidate)}
                    {candidate.origin.kind === 'nominated' && candidate.origin.note && (
                      <q className="mt-1 block">{candidate.origin.note}</q>
                    )}
                  </dd>
                  <dt className="font-semibold">{t('departments')}</dt>
                  <dd>{candidate.departments.length > 0 ? candidate.departments.join(', ') : t('noDepartment')}</dd>
                </dl>
                {/* The list holds exactly the candidates this person may promote or decline. */}
                <CandidateActions
                  ideaId={candidate.id}
                  status="SHORTLISTED"
                  transitions={['promote', 'decline']}
                  keepPage
                />
              </li>
            ))}
          </ul>
          <Pagination
            page={result.page}
            pages={result.pages}
            hrefFor={(page) => ({ pathname: '/accelerator/candidates', query: { page: String(page) } })}
            labels={{
              navigation: t('pagination'),
              previous: t('previous'),
              next: t('next'),
              position: t('page', { page: result.page, pages: result.pages }),
            }}
          />
        </NextIntlClientProvider>
      )}
    </div>
  );
}
