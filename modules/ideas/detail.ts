import { can, type Actor } from '@/modules/access/permissions';
import { localizedName, localizedNameSelect } from '@/modules/i18n/localized-name';
import type { AppLocale } from '@/modules/i18n/locales';
import type { Database } from '@/modules/platform/db/client';
import type { IdeaEventType, IdeaStatus } from '@/modules/platform/db/generated/enums';
import {
  availableTransitions,
  editableStatuses,
  lifecyclePosition,
  openStatuses,
  pathToImplementation,
  reasonIsPublic,
  whoMovesOn,
} from './lifecycle';
import { coAuthorIdsOf, confirmedCoAuthorsOf, invitedCoAuthorsOf, ownerIdsOf } from './ownership';
import { pendingRevision, revisionNotice } from './revisions';
import { canSeeHiddenAuthor, canSeeIdea, isPublic } from './visibility';

export interface PersonRef {
  id: string | null;
  /** Null when hidden from this reader (the author chose to stay anonymous to colleagues). */
  name: string | null;
}

export interface CommentView {
  id: number;
  author: PersonRef;
  byIdeaAuthor: boolean;
  body: string | null;
  official: boolean;
  helpfulCount: number;
  markedHelpful: boolean;
  createdAt: Date;
  edited: boolean;
  removed: boolean;
  /** Hidden after flags or by a moderator: only its writer (with the reason) and moderators see it. */
  hidden: boolean;
  hiddenReason: string | null;
  /** Its writer asked a moderator to look again (told only to those who see the hidden comment). */
  reviewRequested: boolean;
  mine: boolean;
  replies: CommentView[];
}

/** Merge events name the other idea: `{ into }` on the merged one, `{ from }` on the target. */
function mergeLinks(data: unknown): { mergedInto: number | null; mergedFrom: number | null } {
  const links = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  return {
    mergedInto: typeof links.into === 'number' ? links.into : null,
    mergedFrom: typeof links.from === 'number' ? links.from : null,
  };
}

/** A progress note's public text, kept in the event's data (its reason column is for decisions). */
function progressNoteOf(type: IdeaEventType, data: unknown): string | null {
  if (type !== 'PROGRESS_NOTE' || typeof data !== 'object' || data === null) return null;
  const note = (data as Record<string, unknown>).note;
  return typeof note === 'string' ? note : null;
}

/**
 * What the idea page pins at its top as the official response: the newest of the latest official
 * comment colleagues can read and the latest decision whose reason the lifecycle makes public
 * (declined, discontinued…; `reasonIsPublic`), never a note to the author (docs/decisions/0018).
 */
export interface OfficialResponse {
  body: string;
  author: PersonRef;
  createdAt: Date;
  /** The official comment, to link to it in the discussion; null for a decision's reason. */
  commentId: number | null;
  /** The state the decision moved the idea to; null for an official comment. */
  decidedStatus: IdeaStatus | null;
}

/** Everything the idea page shows, already filtered for this reader; null when they may not see it. */
export async function getIdeaPage(db: Database, actor: Actor | null, ideaId: number, locale: AppLocale) {
  const idea = await db.idea.findUnique({
    where: { id: ideaId },
    select: {
      id: true,
      title: true,
      body: true,
      status: true,
      anonymous: true,
      authorId: true,
      expectedSavingsEur: true,
      expectedHoursSaved: true,
      expectedBenefitNote: true,
      discussionLockedAt: true,
      voteCount: true,
      commentCount: true,
      followerCount: true,
      createdAt: true,
      submittedAt: true,
      publishedAt: true,
      editedAt: true,
      mergedIntoId: true,
      hiddenFromStatus: true,
      categoryId: true,
      author: { select: { name: true } },
      category: { select: localizedNameSelect },
      departments: { select: { departmentId: true, department: { select: localizedNameSelect } } },
      coAuthors: { select: { userId: true, confirmedAt: true, user: { select: { name: true } } } },
    },
  });
  if (!idea) return null;
  const coAuthorIds = coAuthorIdsOf(idea);
  const facts = { status: idea.status, authorId: idea.authorId, coAuthorIds };
  if (!canSeeIdea(actor, facts)) return null;

  const showAuthors = !idea.anonymous || canSeeHiddenAuthor(actor, facts);
  const confirmedOwners = ownerIdsOf(idea);
  const isOwner = actor ? confirmedOwners.includes(actor.id) : false;
  const hiddenIds = new Set(showAuthors ? [] : confirmedOwners);
  const person = (id: string | null, name: string | null): PersonRef =>
    id && hiddenIds.has(id) ? { id: null, name: null } : { id, name };

  const [vote, following, events, comments, helpful, revision] = await Promise.all([
    actor
      ? db.vote.findUnique({ where: { ideaId_userId: { ideaId, userId: actor.id } }, select: { createdAt: true } })
      : null,
    actor
      ? db.ideaFollow.findUnique({
          where: { ideaId_userId: { ideaId, userId: actor.id } },
          select: { createdAt: true },
        })
      : null,
    db.ideaEvent.findMany({
      where: { ideaId },
      // In the order things happened (an import or a late note may be written after later events).
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        type: true,
        fromStatus: true,
        toStatus: true,
        reason: true,
        data: true,
        createdAt: true,
        actorId: true,
        actor: { select: { name: true } },
      },
    }),
    db.comment.findMany({
      where: { ideaId },
      orderBy: { id: 'asc' },
      select: {
        id: true,
        parentId: true,
        authorId: true,
        body: true,
        official: true,
        helpfulCount: true,
        createdAt: true,
        editedAt: true,
        deletedAt: true,
        hiddenAt: true,
        hiddenReason: true,
        reviewRequestedAt: true,
        author: { select: { name: true } },
      },
    }),
    actor
      ? db.commentHelpful.findMany({ where: { userId: actor.id, comment: { ideaId } }, select: { commentId: true } })
      : [],
    // An edit waiting for a moderator, or the reason one was turned down: the owners' business only.
    isOwner ? revisionNotice(db, ideaId) : null,
  ]);

  const helpfulIds = new Set(helpful.map((mark) => mark.commentId));
  const views = new Map<number, CommentView>();
  const threads: CommentView[] = [];
  const seesHiddenComments = can(actor, 'comment.moderate');
  for (const comment of comments) {
    const concealed =
      comment.deletedAt !== null ||
      (comment.hiddenAt !== null && !seesHiddenComments && actor?.id !== comment.authorId);
    const view: CommentView = {
      id: comment.id,
      author: concealed ? { id: null, name: null } : person(comment.authorId, comment.author.name),
      byIdeaAuthor: confirmedOwners.includes(comment.authorId),
      body: concealed ? null : comment.body,
      official: comment.official,
      helpfulCount: comment.helpfulCount,
      markedHelpful: helpfulIds.has(comment.id),
      createdAt: comment.createdAt,
      edited: comment.editedAt !== null,
      removed: comment.deletedAt !== null,
      hidden: comment.hiddenAt !== null,
      hiddenReason: comment.hiddenAt !== null && !concealed ? comment.hiddenReason : null,
      reviewRequested: comment.hiddenAt !== null && !concealed && comment.reviewRequestedAt !== null,
      mine: actor?.id === comment.authorId,
      replies: [],
    };
    views.set(comment.id, view);
    const parent = comment.parentId ? views.get(comment.parentId) : undefined;
    if (parent) parent.replies.push(view);
    else threads.push(view);
  }

  // Notes to the authors (why changes were asked or the idea hidden, a word on publishing) stay with
  // them and the moderators: everyone else, and so the stored shared page, gets only public reasons.
  const seesEveryReason = isOwner || can(actor, 'idea.moderate');
  const timeline = events.map((event) => ({
    id: String(event.id),
    type: event.type,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    reason: seesEveryReason || reasonIsPublic(event) ? event.reason : null,
    ...mergeLinks(event.data),
    note: progressNoteOf(event.type, event.data),
    createdAt: event.createdAt,
    actor: event.actorId ? person(event.actorId, event.actor?.name ?? null) : { id: null, name: null },
    /** Made by one of the idea's own authors: said so even when their name is hidden. */
    byAuthor: event.actorId !== null && confirmedOwners.includes(event.actorId),
  }));
  const lastOnPath =
    timeline.findLast((event) => event.toStatus !== null && pathToImplementation.includes(event.toStatus))?.toStatus ??
    null;
  const officialResponse = latestOfficialResponse(
    [...views.values()].findLast((comment) => comment.official && !comment.removed && !comment.hidden) ?? null,
    timeline.findLast((event) => event.reason && publicDecision(event)) ?? null,
  );

  const open = openStatuses.includes(idea.status);
  const isPublicIdea = isPublic(idea.status);
  const votingBlocked: 'signIn' | 'ownIdea' | 'closed' | null = !actor
    ? 'signIn'
    : isOwner || coAuthorIds.includes(actor.id)
      ? 'ownIdea'
      : !open
        ? 'closed'
        : null;
  return {
    id: idea.id,
    title: idea.title,
    body: idea.body,
    status: idea.status,
    anonymous: idea.anonymous,
    authors: [
      person(idea.authorId, idea.author.name),
      ...confirmedCoAuthorsOf(idea).map((coAuthor) => person(coAuthor.userId, coAuthor.user.name)),
    ].filter((author) => author.name !== null),
    pendingCoAuthors: isOwner ? invitedCoAuthorsOf(idea).map((coAuthor) => coAuthor.user.name) : [],
    invitedMe: actor ? invitedCoAuthorsOf(idea).some((coAuthor) => coAuthor.userId === actor.id) : false,
    categoryName: idea.category ? localizedName(idea.category, locale) : null,
    departments: idea.departments.map((entry) => localizedName(entry.department, locale)),
    expectedSavingsEur: idea.expectedSavingsEur === null ? null : idea.expectedSavingsEur.toNumber(),
    expectedHoursSaved: idea.expectedHoursSaved,
    expectedBenefitNote: idea.expectedBenefitNote,
    voteCount: idea.voteCount,
    commentCount: idea.commentCount,
    followerCount: idea.followerCount,
    createdAt: idea.createdAt,
    publishedAt: idea.publishedAt,
    editedAt: idea.editedAt,
    mergedIntoId: idea.mergedIntoId,
    revision,
    discussionLocked: idea.discussionLockedAt !== null,
    viewer: {
      signedIn: actor !== null,
      voted: vote !== null,
      following: following !== null,
      votingBlocked,
      canComment: open && !idea.discussionLockedAt && can(actor, 'idea.comment'),
      canCommentOfficially: open && !idea.discussionLockedAt && can(actor, 'comment.official'),
      canLockDiscussion: can(actor, 'idea.moderate'),
      /** Hide, keep or redact at once, reported or not. */
      canModerateComments: can(actor, 'comment.moderate'),
      canModerateIdea: isPublicIdea && can(actor, 'idea.moderate'),
      canFlag: isPublicIdea && can(actor, 'idea.flag') && !isOwner,
      canFollow: can(actor, 'idea.follow'),
      canEdit:
        editableStatuses.includes(idea.status) && can(actor, 'idea.edit', { ownerIds: confirmedOwners }) && isOwner,
      transitions: availableTransitions(actor, {
        status: idea.status,
        ownerIds: confirmedOwners,
        departmentIds: idea.departments.map((entry) => entry.departmentId),
      }).map((transition) => transition.name),
    },
    position: { ...lifecyclePosition(idea.status, lastOnPath, idea.hiddenFromStatus), heldBy: whoMovesOn(idea.status) },
    officialResponse,
    timeline,
    comments: threads,
  };
}

/** A decision explained to everyone (declined, discontinued…): its reason is public and may be pinned. */
function publicDecision(event: { type: IdeaEventType; fromStatus: IdeaStatus | null; toStatus: IdeaStatus | null }) {
  return event.type === 'STATUS_CHANGED' && reasonIsPublic(event);
}

function latestOfficialResponse(
  comment: CommentView | null,
  decision: { reason: string | null; actor: PersonRef; createdAt: Date; toStatus: IdeaStatus | null } | null,
): OfficialResponse | null {
  const fromComment: OfficialResponse | null =
    comment?.body != null
      ? {
          body: comment.body,
          author: comment.author,
          createdAt: comment.createdAt,
          commentId: comment.id,
          decidedStatus: null,
        }
      : null;
  const fromDecision: OfficialResponse | null = decision?.reason
    ? {
        body: decision.reason,
        author: decision.actor,
        createdAt: decision.createdAt,
        commentId: null,
        decidedStatus: decision.toStatus,
      }
    : null;
  if (!fromComment || !fromDecision) return fromComment ?? fromDecision;
  return fromDecision.createdAt > fromComment.createdAt ? fromDecision : fromComment;
}

export type IdeaPage = NonNullable<Awaited<ReturnType<typeof getIdeaPage>>>;

/** The fields an author's edit form starts from; null unless this person may edit the idea now. */
export async function getIdeaForEditing(db: Database, actor: Actor | null, ideaId: number) {
  if (!actor) return null;
  const idea = await db.idea.findUnique({
    where: { id: ideaId },
    select: {
      id: true,
      title: true,
      body: true,
      status: true,
      categoryId: true,
      anonymous: true,
      authorId: true,
      expectedSavingsEur: true,
      expectedHoursSaved: true,
      expectedBenefitNote: true,
      departments: { select: { departmentId: true } },
      coAuthors: { select: { userId: true, confirmedAt: true, user: { select: { name: true } } } },
    },
  });
  if (!idea || !editableStatuses.includes(idea.status)) return null;
  const owners = ownerIdsOf(idea);
  if (!owners.includes(actor.id) || !can(actor, 'idea.edit', { ownerIds: owners })) return null;
  // The owners continue from their edit that waits for a moderator, not from the shown text.
  const pending = await pendingRevision(db, ideaId);
  return {
    id: idea.id,
    title: pending?.title ?? idea.title,
    body: pending?.body ?? idea.body,
    status: idea.status,
    categoryId: idea.categoryId ?? '',
    anonymous: idea.anonymous,
    expectedSavingsEur: idea.expectedSavingsEur?.toString() ?? '',
    expectedHoursSaved: idea.expectedHoursSaved?.toString() ?? '',
    expectedBenefitNote: (pending ? pending.expectedBenefitNote : idea.expectedBenefitNote) ?? '',
    departmentIds: idea.departments.map((entry) => entry.departmentId),
    coAuthors: idea.coAuthors.map((coAuthor) => ({ id: coAuthor.userId, name: coAuthor.user.name })),
  };
}
