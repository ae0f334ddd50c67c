'use server';

import { getCurrentUser } from '@/modules/access/current-user';
import type { FormState } from '@/modules/access/mutation';
import { requestOrigin } from '@/modules/audit/request-origin';
import { db } from '@/modules/platform/db';
import { refresh } from 'next/cache';
import { decideOnIdeas, resolveManyFlags, type BulkState } from './bulk';
import { decideOnIdea } from './decisions';
import { setDiscussionLocked } from './discussion-lock';
import { flagContent, resolveFlags } from './flags';
import { mergeIdea } from './merge';
import { addModeratorNote } from './notes';
import { requestCommentReview } from './review-request';
import { decideOnRevision } from './revisions';
import { getNumberSetting } from '@/modules/settings/settings';

export async function decideOnIdeaAction(_previous: FormState, form: FormData): Promise<FormState> {
  const raw = { ideaId: form.get('ideaId'), decision: form.get('decision'), reason: form.get('reason') ?? '' };
  const state = await decideOnIdea(db, await getCurrentUser(), raw, await requestOrigin());
  if (!state.ok) return { ...state, values: { decision: String(raw.decision ?? ''), reason: String(raw.reason) } };
  // No refresh: the decided idea stays in place with its confirmation, so the queue does not jump
  // under the moderator's hand; the next visit shows the queue without it.
  return state;
}

export async function setDiscussionLockedAction(form: FormData): Promise<void> {
  await setDiscussionLocked(
    db,
    await getCurrentUser(),
    { ideaId: form.get('ideaId'), locked: form.get('locked') === 'on' },
    await requestOrigin(),
  );
  refresh();
}

export async function flagContentAction(_previous: FormState, form: FormData): Promise<FormState> {
  const raw = {
    target: form.get('target'),
    targetId: form.get('targetId'),
    reason: form.get('reason'),
    note: form.get('note') ?? '',
    duplicateOfId: form.get('duplicateOfId') ?? '',
  };
  const state = await flagContent(
    db,
    await getCurrentUser(),
    raw,
    // Read on each report, so a change on the settings page applies on every instance at once.
    await getNumberSetting(db, 'moderation.flag-threshold'),
    await requestOrigin(),
  );
  if (!state.ok)
    return {
      ...state,
      values: { reason: String(raw.reason ?? ''), note: String(raw.note), duplicateOfId: String(raw.duplicateOfId) },
    };
  refresh();
  return state;
}

export async function resolveFlagsAction(_previous: FormState, form: FormData): Promise<FormState> {
  const raw = {
    target: form.get('target'),
    targetId: form.get('targetId'),
    resolution: form.get('resolution'),
    reason: form.get('reason') ?? '',
    // Title and benefit note come only from an idea's form; absent (null) leaves them as they are.
    redactedText: form.get('redactedText') ?? '',
    redactedTitle: form.get('redactedTitle'),
    redactedBenefitNote: form.get('redactedBenefitNote'),
  };
  const state = await resolveFlags(db, await getCurrentUser(), raw, await requestOrigin());
  if (!state.ok) {
    const redactedFields = {
      redactedText: String(raw.redactedText),
      ...(raw.redactedTitle !== null ? { redactedTitle: String(raw.redactedTitle) } : {}),
      ...(raw.redactedBenefitNote !== null ? { redactedBenefitNote: String(raw.redactedBenefitNote) } : {}),
    };
    return {
      ...state,
      values: { resolution: String(raw.resolution ?? ''), reason: String(raw.reason), ...redactedFields },
    };
  }
  return state;
}

export async function mergeIdeaAction(_previous: FormState, form: FormData): Promise<FormState> {
  const raw = { ideaId: form.get('ideaId'), targetId: form.get('targetId'), reason: form.get('reason') ?? '' };
  const state = await mergeIdea(db, await getCurrentUser(), raw, await requestOrigin());
  if (!state.ok) return { ...state, values: { targetId: String(raw.targetId ?? ''), reason: String(raw.reason) } };
  refresh();
  return state;
}

export async function addModeratorNoteAction(_previous: FormState, form: FormData): Promise<FormState> {
  const raw = { subject: form.get('subject'), subjectId: form.get('subjectId'), body: form.get('body') ?? '' };
  const state = await addModeratorNote(db, await getCurrentUser(), raw);
  if (!state.ok) return { ...state, values: { body: String(raw.body) } };
  refresh();
  return state;
}

/** The queue's bulk forms post the picked items as repeated `ids` fields. */
export async function decideOnIdeasAction(_previous: BulkState, form: FormData): Promise<BulkState> {
  const raw = { ideaIds: form.getAll('ids'), decision: form.get('decision'), reason: form.get('reason') ?? '' };
  const state = await decideOnIdeas(db, await getCurrentUser(), raw, await requestOrigin());
  if (!state.ok) return { ...state, values: { decision: String(raw.decision ?? ''), reason: String(raw.reason) } };
  // Unlike single decisions, the settled items leave the list at once: the answer is one summary.
  refresh();
  return state;
}

export async function resolveManyFlagsAction(_previous: BulkState, form: FormData): Promise<BulkState> {
  const raw = { targets: form.getAll('ids'), resolution: form.get('decision'), reason: form.get('reason') ?? '' };
  const state = await resolveManyFlags(db, await getCurrentUser(), raw, await requestOrigin());
  if (!state.ok) return { ...state, values: { decision: String(raw.resolution ?? ''), reason: String(raw.reason) } };
  refresh();
  return state;
}

export async function requestCommentReviewAction(_previous: FormState, form: FormData): Promise<FormState> {
  const state = await requestCommentReview(
    db,
    await getCurrentUser(),
    { commentId: form.get('commentId') },
    await requestOrigin(),
  );
  if (state.ok) refresh();
  return state;
}

export async function decideOnRevisionAction(_previous: FormState, form: FormData): Promise<FormState> {
  const raw = { revisionId: form.get('revisionId'), decision: form.get('decision'), reason: form.get('reason') ?? '' };
  const state = await decideOnRevision(db, await getCurrentUser(), raw, await requestOrigin());
  if (!state.ok) return { ...state, values: { decision: String(raw.decision ?? ''), reason: String(raw.reason) } };
  // Like single decisions: the checked edit stays in place with its confirmation.
  return state;
}
