import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { getFormat } from '@/modules/i18n/get-format';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { evaluationPanelMessages } from '@/components/accelerator/evaluation-panel';
import { IdeaAcceleratorSection, cardFormMessages } from '@/components/accelerator/idea-accelerator-section';
import { MarkdownText } from '@/components/markdown';
import { CommentForm, FlagForm } from '@/components/ideas/on-demand';
import { CommentList } from '@/components/ideas/comment-list';
import { Followers } from '@/components/ideas/followers';
import { ReaderStateProvider } from '@/components/ideas/reader-state';
import { MergeForm, ResolveForm } from '@/components/moderation/on-demand';
import { ModeratorNotes } from '@/components/moderation/moderator-notes';
import { MarkSeen } from '@/components/ideas/mark-seen';
import { OfficialResponseBox } from '@/components/ideas/official-response';
import { StatusStepper } from '@/components/ideas/status-stepper';
import { IdeaTimeline } from '@/components/ideas/timeline';
import { VoteButton } from '@/components/ideas/vote-button';
import { StatusBadge } from '@/components/status-badge';
import { getIdeaAccelerator } from '@/modules/accelerator/card-view';
import { evaluationView } from '@/modules/accelerator/evaluation-queries';
import { getCurrentUser } from '@/modules/access/current-user';
import { answerCoAuthorInviteAction, withdrawIdeaAction } from '@/modules/ideas/actions';
import { getIdeaPage } from '@/modules/ideas/detail';
import { plainEmployee } from '@/modules/ideas/reader-state';
import { setDiscussionLockedAction } from '@/modules/moderation/actions';
import { listModeratorNotes } from '@/modules/moderation/notes';
import { ideaIdFromSegment, ideaPath } from '@/modules/ideas/slug';
import { clientMessages } from '@/modules/i18n/client-messages';
import type { AppLocale } from '@/modules/i18n/locales';
import { checkedParams } from '@/modules/i18n/page-params';
import { Link, redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import { isMemberRender } from '@/modules/platform/page-cache/reader-version';

interface IdeaPageProps {
  params: Promise<{ locale: string; ref: string }>;
  searchParams: Promise<{ saved?: string }>;
}

/**
 * Read once per request, shared by the metadata and the page. The page store's member version is
 * rendered for a plain employee with no part in the idea; the browser then fills in the reader's
 * own vote, follow and helpful marks (docs/decisions/0008).
 */
const loadIdea = cache(async (locale: AppLocale, ideaId: number) => {
  const memberVersion = isMemberRender(await headers());
  const reader = memberVersion ? plainEmployee : await getCurrentUser();
  return { idea: await getIdeaPage(db, reader, ideaId, locale), reader, memberVersion };
});

async function load(params: IdeaPageProps['params']) {
  const { locale, ref } = await checkedParams(params);
  const ideaId = ideaIdFromSegment(ref);
  if (ideaId === null) notFound();
  const { idea, reader, memberVersion } = await loadIdea(locale, ideaId);
  if (!idea) notFound();
  return { locale, ref, idea, reader, memberVersion };
}

export async function generateMetadata({ params }: IdeaPageProps): Promise<Metadata> {
  const { idea } = await load(params);
  return { title: idea.title };
}

const savedMessages = [
  'ideas.form.submitted',
  'ideas.form.published',
  'ideas.form.updated',
  'ideas.form.editPending',
  'ideas.form.draftSaved',
] as const;

export default async function IdeaPage({ params, searchParams }: IdeaPageProps) {
  const { locale, ref, idea, reader, memberVersion } = await load(params);
  setRequestLocale(locale);
  const { saved } = await searchParams;
  const savedMessage = savedMessages.find((key) => key === saved);
  // One address per idea: an old or shortened slug leads to the current one. The saved notice goes
  // along (an edit waiting for review arrives at its new title's address, the idea keeps the old).
  const canonical = ideaPath(idea);
  if (`/ideas/${ref}` !== canonical) {
    return redirect({ href: { pathname: canonical, query: savedMessage ? { saved: savedMessage } : {} }, locale });
  }
  const [t, messages, format, allMessages, notes, accelerator, evaluation] = await Promise.all([
    getTranslations('ideas'),
    getTranslations(),
    getFormat(),
    getMessages(),
    listModeratorNotes(db, reader, 'idea', String(idea.id)),
    getIdeaAccelerator(db, reader, idea.id),
    evaluationView(db, reader, idea.id, locale),
  ]);
  const viewer = idea.viewer;
  // Why a moderator sent the idea back or rejected it: the author is always told.
  const decisionReason =
    idea.status === 'CHANGES_REQUESTED' || idea.status === 'REJECTED' || idea.status === 'HIDDEN'
      ? (idea.timeline.findLast((event) => event.toStatus === idea.status && event.reason)?.reason ??
        (idea.status === 'HIDDEN' ? t('hiddenPendingReview') : undefined))
      : undefined;

  return (
    <NextIntlClientProvider
      messages={clientMessages(allMessages, [
        'ideas.vote',
        'ideas.followers',
        'ideas.follow',
        'ideas.unfollow',
        'ideas.comments',
        'ideas.flag',
        'moderation.flags',
        'moderation.merge',
        'moderation.notes',
        'moderation.review',
        'rateLimit',
        'errors',
        'validation',
        'forms',
        'accelerator.candidates',
        ...evaluationPanelMessages,
        ...(accelerator.canManage ? cardFormMessages : []),
      ])}
    >
      <ReaderStateProvider ideaId={idea.id} fromBrowser={memberVersion}>
        <article>
          {viewer.signedIn && <MarkSeen ideaId={idea.id} />}
          {savedMessage && (
            <p role="status" className="mb-4 rounded bg-emerald-50 px-3 py-2 text-emerald-900">
              {messages(savedMessage)}
            </p>
          )}
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
            <StatusBadge status={idea.status} />
            <span>{t('number', { number: idea.id })}</span>
            {idea.categoryName && <span>{idea.categoryName}</span>}
          </p>
          <h1 className="mt-2 text-3xl font-extrabold text-brand">{idea.title}</h1>
          <p className="mt-2 text-muted">
            {idea.authors.length
              ? t('byline', { names: idea.authors.map((author) => author.name).join(', ') })
              : t('anonymousByline')}
            {idea.anonymous && idea.authors.length > 0 && <span> ({t('hiddenFromColleagues')})</span>}
            {idea.editedAt && <span> · {t('edited')}</span>}
          </p>

          {idea.mergedIntoId !== null && (
            <p role="note" className="mt-4 rounded-lg border border-line bg-surface p-3">
              {t('mergedNotice')}{' '}
              <Link
                href={`/ideas/${idea.mergedIntoId}`}
                className="font-semibold text-brand underline underline-offset-4"
              >
                {t('mergedLink', { number: idea.mergedIntoId })}
              </Link>
            </p>
          )}
          {decisionReason && (
            <section
              aria-labelledby="decision-heading"
              className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-3"
            >
              <h2 id="decision-heading" className="font-bold">
                {idea.status === 'CHANGES_REQUESTED'
                  ? t('changesRequestedHeading')
                  : idea.status === 'HIDDEN'
                    ? t('hiddenHeading')
                    : t('rejectedHeading')}
              </h2>
              <p className="mt-1">{decisionReason}</p>
              {viewer.canEdit && (
                <p className="mt-1 text-sm">{idea.status === 'HIDDEN' ? t('hiddenHelp') : t('changesRequestedHelp')}</p>
              )}
            </section>
          )}
          {idea.officialResponse && <OfficialResponseBox response={idea.officialResponse} />}
          <StatusStepper position={idea.position} />
          {idea.revision && (
            <p role="note" className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-3">
              {idea.revision.state === 'pending'
                ? t('revision.pending')
                : t('revision.rejected', { reason: idea.revision.reason ?? '' })}
            </p>
          )}
          {idea.invitedMe && (
            <form
              action={answerCoAuthorInviteAction}
              className="mt-4 flex flex-wrap items-center gap-3 rounded-lg border border-amber-300 bg-amber-50 p-3"
            >
              <input type="hidden" name="ideaId" value={idea.id} />
              <p className="flex-1">{t('coAuthorInvite')}</p>
              <button
                type="submit"
                name="answer"
                value="accept"
                className="min-h-11 rounded bg-brand px-4 font-semibold text-white"
              >
                {t('coAuthorAccept')}
              </button>
              <button
                type="submit"
                name="answer"
                value="decline"
                className="min-h-11 rounded border border-line bg-white px-4"
              >
                {t('coAuthorDecline')}
              </button>
            </form>
          )}

          <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_18rem]">
            <div>
              <MarkdownText source={idea.body} />
              {(idea.expectedSavingsEur !== null || idea.expectedHoursSaved !== null || idea.expectedBenefitNote) && (
                <section aria-labelledby="benefit-heading" className="mt-6 rounded-lg bg-surface p-4">
                  <h2 id="benefit-heading" className="text-lg font-bold">
                    {t('benefitHeading')}
                  </h2>
                  <ul className="mt-2 grid gap-1">
                    {idea.expectedSavingsEur !== null && (
                      <li>{t('benefitEuros', { amount: format.euros(idea.expectedSavingsEur) })}</li>
                    )}
                    {idea.expectedHoursSaved !== null && (
                      <li>{t('benefitHours', { hours: idea.expectedHoursSaved })}</li>
                    )}
                    {idea.expectedBenefitNote && <li>{idea.expectedBenefitNote}</li>}
                  </ul>
                </section>
              )}
              {idea.departments.length > 0 && (
                <p className="mt-4">
                  <span className="font-semibold">{t('departments')}:</span> {idea.departments.join(', ')}
                </p>
              )}
              {idea.pendingCoAuthors.length > 0 && (
                <p className="mt-2 text-sm text-muted">
                  {t('pendingCoAuthors', { names: idea.pendingCoAuthors.join(', ') })}
                </p>
              )}
            </div>

            <aside
              aria-label={t('actions')}
              className="flex flex-col gap-4 rounded-lg border border-line p-4 lg:self-start"
            >
              <VoteButton
                ideaId={idea.id}
                voted={viewer.voted}
                voteCount={idea.voteCount}
                blocked={viewer.votingBlocked}
              />
              <Followers
                ideaId={idea.id}
                followerCount={idea.followerCount}
                following={viewer.following}
                canFollow={viewer.canFollow}
              />
              {viewer.canEdit && (
                <Link
                  href={`${canonical}/edit`}
                  className="inline-flex min-h-11 items-center justify-center rounded border border-brand px-4 font-semibold text-brand"
                >
                  {t('edit')}
                </Link>
              )}
              {viewer.canFlag && <FlagForm target="idea" targetId={idea.id} />}
              {viewer.transitions.includes('merge') && <MergeForm ideaId={idea.id} />}
              {viewer.canModerateIdea && (
                <details className="text-sm">
                  <summary className="min-h-11 cursor-pointer py-2 text-brand underline underline-offset-4">
                    {t('moderateIdea')}
                  </summary>
                  <ResolveForm
                    target="idea"
                    targetId={idea.id}
                    content={idea.body}
                    title={idea.title}
                    benefitNote={idea.expectedBenefitNote}
                  />
                </details>
              )}
              {viewer.transitions.includes('withdraw') && (
                <form action={withdrawIdeaAction}>
                  <input type="hidden" name="ideaId" value={idea.id} />
                  <button type="submit" className="min-h-11 w-full rounded border border-red-800 px-4 text-red-800">
                    {t('withdrawIdea')}
                  </button>
                </form>
              )}
            </aside>
          </div>

          <IdeaAcceleratorSection
            ideaId={idea.id}
            status={idea.status}
            transitions={viewer.transitions}
            accelerator={accelerator}
            evaluation={evaluation}
          />

          {notes && <ModeratorNotes notes={notes} subject="idea" subjectId={String(idea.id)} />}

          <section aria-labelledby="timeline-heading" className="mt-8">
            <h2 id="timeline-heading" className="text-xl font-bold">
              {t('timelineHeading')}
            </h2>
            <IdeaTimeline events={idea.timeline} createdAt={idea.createdAt} />
          </section>

          <section aria-labelledby="comments-heading" className="mt-8">
            <h2 id="comments-heading" tabIndex={-1} className="text-xl font-bold">
              {t('commentsHeading', { count: idea.commentCount })}
            </h2>
            {idea.discussionLocked && (
              <p role="note" className="mt-3 rounded bg-surface px-3 py-2">
                {t('discussionLocked')}
              </p>
            )}
            {viewer.canLockDiscussion && (
              <form action={setDiscussionLockedAction} className="mt-3">
                <input type="hidden" name="ideaId" value={idea.id} />
                <input type="hidden" name="locked" value={idea.discussionLocked ? 'off' : 'on'} />
                <button type="submit" className="min-h-11 rounded border border-line px-4">
                  {idea.discussionLocked ? t('unlockDiscussion') : t('lockDiscussion')}
                </button>
              </form>
            )}
            <CommentList
              ideaId={idea.id}
              comments={idea.comments}
              canModerate={viewer.canModerateComments}
              canComment={viewer.canComment}
              signedIn={viewer.signedIn}
            />
            {viewer.canComment ? (
              <CommentForm ideaId={idea.id} canPostOfficially={viewer.canCommentOfficially} />
            ) : (
              !viewer.signedIn && (
                <p className="mt-4">
                  <Link href="/sign-in" className="text-brand underline underline-offset-4">
                    {t('signInToComment')}
                  </Link>
                </p>
              )
            )}
          </section>
        </article>
      </ReaderStateProvider>
    </NextIntlClientProvider>
  );
}
