import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { getFormat } from '@/modules/i18n/get-format';
import { notFound } from 'next/navigation';
import { BulkForm } from '@/components/moderation/bulk-form';
import { IdeaChanges } from '@/components/moderation/changes';
import { DecisionForm } from '@/components/moderation/decision-form';
import { IdeaText } from '@/components/moderation/idea-text';
import { ResolveForm } from '@/components/moderation/resolve-form';
import { RevisionForm } from '@/components/moderation/revision-form';
import { getCurrentUser } from '@/modules/access/current-user';
import { ideaPath } from '@/modules/ideas/slug';
import { clientMessages } from '@/modules/i18n/client-messages';
import { checkedParams } from '@/modules/i18n/page-params';
import { Link, redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import { flaggedQueue, type FlaggedItem } from '@/modules/moderation/flags';
import { awaitingReviewQueue, moderationQueue } from '@/modules/moderation/queue';
import { pendingRevisionsQueue } from '@/modules/moderation/revisions';

interface ModerationPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: ModerationPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'moderation' });
  return { title: t('title'), robots: { index: false } };
}

export default async function ModerationPage({ params }: ModerationPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  const [queue, flagged, unchecked, revisions] = await Promise.all([
    moderationQueue(db, actor, locale),
    flaggedQueue(db, actor),
    awaitingReviewQueue(db, actor),
    pendingRevisionsQueue(db, actor),
  ]);
  // Not "forbidden": the queue's existence is nobody else's business.
  if (!queue || !flagged || !unchecked || !revisions) notFound();
  const [t, reasons, format, messages] = await Promise.all([
    getTranslations('moderation'),
    getTranslations('ideas.flag.reasons'),
    getFormat(),
    getMessages(),
  ]);
  const now = new Date();
  const flagTitle = (item: FlaggedItem) =>
    item.kind === 'comment' ? t('flags.commentOn', { title: item.ideaTitle }) : item.ideaTitle;

  return (
    <div>
      <h1 className="text-3xl font-extrabold text-brand">{t('title')}</h1>
      <NextIntlClientProvider messages={clientMessages(messages, ['moderation', 'errors', 'validation', 'forms'])}>
        <section aria-labelledby="flagged-heading" className="mt-4">
          <h2 id="flagged-heading" className="text-2xl font-bold">
            {t('flags.heading')}
          </h2>
          <p className="mt-1">{t('flags.intro', { count: flagged.length })}</p>
          {flagged.length > 1 && <BulkForm formId="bulk-flags" kind="flags" choices={['keep', 'hide']} />}
          <ol className="mt-3 grid gap-4">
            {flagged.map((item) => (
              <li key={`${item.kind}-${item.targetId}`}>
                <article
                  aria-labelledby={`flag-${item.kind}-${item.targetId}`}
                  className="rounded-lg border border-line bg-white p-4"
                >
                  <p className="flex flex-wrap items-center gap-x-3 text-sm text-muted">
                    {flagged.length > 1 && (
                      <PickBox
                        formId="bulk-flags"
                        value={`${item.kind}:${item.targetId}`}
                        title={flagTitle(item)}
                        label={t('bulk.pick', { title: flagTitle(item) })}
                        visibleLabel={t('bulk.pickShort')}
                      />
                    )}
                    {item.reasons.length > 0 && <span>{t('flags.count', { count: item.reasons.length })}</span>}
                    <PersonLink
                      person={item.writer}
                      label={`${t('writer', { name: item.writer.name ?? '' })}${item.anonymous ? ` (${t('hiddenFromColleagues')})` : ''}`}
                    />
                  </p>
                  <h3 id={`flag-${item.kind}-${item.targetId}`} className="mt-1 text-lg font-bold">
                    {flagTitle(item)}
                  </h3>
                  {(item.hidden || item.reviewRequested) && (
                    <p className="mt-1 flex flex-wrap gap-x-3 text-sm font-semibold text-amber-900">
                      {item.hidden && <span>{t('flags.hiddenNow')}</span>}
                      {item.reviewRequested && <span>{t('flags.reviewRequested')}</span>}
                    </p>
                  )}
                  <div className="mt-2 border-l-4 border-line pl-3">
                    <IdeaText source={item.text} showRest={t('showRest')} />
                  </div>
                  <p className="mt-1 text-sm">
                    <Link
                      href={ideaPath({ id: item.ideaId, title: item.ideaTitle })}
                      className="text-brand underline underline-offset-4"
                    >
                      {t('flags.open')}
                    </Link>
                  </p>
                  <ResolveForm
                    target={item.kind}
                    targetId={item.targetId}
                    content={item.text}
                    title={item.kind === 'idea' ? item.ideaTitle : undefined}
                    reports={
                      item.reasons.length > 0 && (
                        <Reports
                          heading={t('reports.heading')}
                          reasons={countReasons(item.reasons).map(([reason, count]) =>
                            t('reports.reason', { reason: reasons(reason), count }),
                          )}
                          duplicateOfHeading={t('reports.duplicateOf')}
                          duplicateOf={item.duplicateOf}
                          notesHeading={t('reports.notes')}
                          notes={item.notes}
                        />
                      )
                    }
                  />
                </article>
              </li>
            ))}
          </ol>
        </section>
        {unchecked.length > 0 && (
          <section aria-labelledby="unchecked-heading" className="mt-8">
            <h2 id="unchecked-heading" className="text-2xl font-bold">
              {t('uncheckedHeading')}
            </h2>
            {unchecked.length > 1 && <BulkForm formId="bulk-unchecked" kind="ideas" choices={['approve']} />}
            <ol className="mt-3 grid gap-4">
              {unchecked.map((idea) => (
                <li key={idea.id}>
                  <article
                    aria-labelledby={`unchecked-${idea.id}`}
                    className="rounded-lg border border-line bg-white p-4"
                  >
                    <p className="flex flex-wrap items-center gap-x-3 text-sm text-muted">
                      {unchecked.length > 1 && (
                        <PickBox
                          formId="bulk-unchecked"
                          value={String(idea.id)}
                          title={idea.title}
                          label={t('bulk.pick', { title: idea.title })}
                          visibleLabel={t('bulk.pickShort')}
                        />
                      )}
                      <PersonLink
                        person={idea.author}
                        label={`${t('author', { name: idea.author.name })}${idea.anonymous ? ` (${t('hiddenFromColleagues')})` : ''}`}
                      />
                    </p>
                    <h3 id={`unchecked-${idea.id}`} className="mt-1 text-xl font-bold">
                      <Link href={ideaPath(idea)} className="underline-offset-4 hover:underline">
                        {idea.title}
                      </Link>
                    </h3>
                    <div className="mt-2">
                      <IdeaText source={idea.body} showRest={t('showRest')} />
                    </div>
                    <DecisionForm ideaId={idea.id} decisions={['approve', 'hide']} />
                  </article>
                </li>
              ))}
            </ol>
          </section>
        )}
        {revisions.length > 0 && (
          <section aria-labelledby="revisions-heading" className="mt-8">
            <h2 id="revisions-heading" className="text-2xl font-bold">
              {t('revisions.heading')}
            </h2>
            <p className="mt-1">{t('revisions.intro', { count: revisions.length })}</p>
            <ol className="mt-3 grid gap-4">
              {revisions.map((revision) => (
                <li key={revision.id}>
                  <article
                    aria-labelledby={`revision-${revision.id}`}
                    className="rounded-lg border border-line bg-white p-4"
                  >
                    <p className="flex flex-wrap items-center gap-x-3 text-sm text-muted">
                      <span>{t('waiting', { time: format.duration(revision.since, now) })}</span>
                      <PersonLink
                        person={revision.editor}
                        label={`${t('revisions.editor', { name: revision.editor.name })}${revision.anonymous ? ` (${t('hiddenFromColleagues')})` : ''}`}
                      />
                    </p>
                    <h3 id={`revision-${revision.id}`} className="mt-1 text-xl font-bold">
                      <Link
                        href={ideaPath({ id: revision.ideaId, title: revision.ideaTitle })}
                        className="underline-offset-4 hover:underline"
                      >
                        {revision.ideaTitle}
                      </Link>
                    </h3>
                    <IdeaChanges changes={revision.changes} against="revision" />
                    {revision.benefitNote && (
                      <p className="mt-2 text-sm">
                        {t('revisions.benefitNote', { text: revision.benefitNote.after ?? '–' })}
                      </p>
                    )}
                    <RevisionForm revisionId={revision.id} />
                  </article>
                </li>
              ))}
            </ol>
          </section>
        )}
        <h2 className="mt-8 text-2xl font-bold">{t('submittedHeading')}</h2>
        <p className="mt-1">{t('intro', { count: queue.length })}</p>
        {queue.length > 1 && <BulkForm formId="bulk-submitted" kind="ideas" choices={['publish', 'reject']} />}
        <ol className="mt-4 grid gap-4">
          {queue.map((idea) => (
            <li key={idea.id}>
              <article aria-labelledby={`idea-${idea.id}`} className="rounded-lg border border-line bg-white p-4">
                <p className="flex flex-wrap items-center gap-x-3 text-sm text-muted">
                  {queue.length > 1 && (
                    <PickBox
                      formId="bulk-submitted"
                      value={String(idea.id)}
                      title={idea.title}
                      label={t('bulk.pick', { title: idea.title })}
                      visibleLabel={t('bulk.pickShort')}
                    />
                  )}
                  <span>{t('waiting', { time: format.duration(idea.waitingSince, now) })}</span>
                  {idea.categoryName && <span>{idea.categoryName}</span>}
                  <PersonLink
                    person={idea.author}
                    label={`${t('author', { name: idea.author.name })}${idea.anonymous ? ` (${t('hiddenFromColleagues')})` : ''}`}
                  />
                </p>
                <h3 id={`idea-${idea.id}`} className="mt-1 text-xl font-bold">
                  <Link href={ideaPath(idea)} className="underline-offset-4 hover:underline">
                    {idea.title}
                  </Link>
                </h3>
                {idea.changesRequested && (
                  <>
                    <p className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
                      {t('resubmitted', { reason: idea.changesRequested.reason ?? '' })}
                    </p>
                    {idea.changesRequested.changes && <IdeaChanges changes={idea.changesRequested.changes} />}
                  </>
                )}
                <div className="mt-2">
                  <IdeaText source={idea.body} showRest={t('showRest')} />
                </div>
                <DecisionForm ideaId={idea.id} />
              </article>
            </li>
          ))}
        </ol>
      </NextIntlClientProvider>
    </div>
  );
}

/**
 * Picks an item for the section's bulk form, which it joins through the `form` attribute; the
 * form's confirmation lists the picked items by their `data-title`.
 */
function PickBox({
  formId,
  value,
  title,
  label,
  visibleLabel,
}: {
  formId: string;
  value: string;
  title: string;
  label: string;
  visibleLabel: string;
}) {
  // The visible word is part of the spoken name ("Valitse: <title>"), so speech users can say it.
  return (
    <label className="inline-flex min-h-11 min-w-11 items-center gap-2 rounded px-1 text-sm font-semibold">
      <input
        type="checkbox"
        form={formId}
        name="ids"
        value={value}
        data-title={title}
        aria-label={label}
        className="size-5"
      />
      <span aria-hidden="true">{visibleLabel}</span>
    </label>
  );
}

/** Each reason once, with how many gave it, most given first. */
function countReasons(reasons: FlaggedItem['reasons']) {
  const counts = new Map<FlaggedItem['reasons'][number], number>();
  for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** What the reporters said (never who they are), read beside the moderator's choices. */
function Reports({
  heading,
  reasons,
  duplicateOfHeading,
  duplicateOf,
  notesHeading,
  notes,
}: {
  heading: string;
  reasons: string[];
  duplicateOfHeading: string;
  duplicateOf: FlaggedItem['duplicateOf'];
  notesHeading: string;
  notes: string[];
}) {
  return (
    <div className="rounded bg-surface px-3 py-2 text-sm">
      <p className="font-semibold">{heading}</p>
      <ul className="list-disc pl-5">
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {duplicateOf.length > 0 && (
        <>
          <p className="mt-1 font-semibold">{duplicateOfHeading}</p>
          <ul className="list-disc pl-5">
            {duplicateOf.map((original) => (
              <li key={original.id}>
                <Link href={ideaPath(original)} className="text-brand underline underline-offset-4">
                  {original.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {notes.length > 0 && (
        <>
          <p className="mt-1 font-semibold">{notesHeading}</p>
          <ul className="list-disc pl-5">
            {notes.map((note, index) => (
              <li key={index}>{note}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function PersonLink({ person, label }: { person: { id: string }; label: string }) {
  return (
    <Link href={`/moderation/people/${person.id}`} className="text-brand underline underline-offset-4">
      {label}
    </Link>
  );
}
