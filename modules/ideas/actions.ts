'use server';

import { getLocale } from 'next-intl/server';
import { refresh } from 'next/cache';
import { getCurrentUser } from '@/modules/access/current-user';
import type { FormState } from '@/modules/access/mutation';
import { requestOrigin } from '@/modules/audit/request-origin';
import { redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import { addComment, deleteComment, editComment } from './comments';
import { answerCoAuthorInvite, saveIdea, withdrawIdea } from './mutations';
import { markIdeaNotificationsRead } from './notifications';
import { followFromForm, helpfulFromForm, voteFromForm, type VoteRequestResult } from './reader-requests';
import { ideaPath } from './slug';

// Thin adapters from forms to the domain functions, which authenticate, validate and authorise.
// Every action refreshes the page the person is on, so counts and lists show the change.

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

function ids(form: FormData, name: string): string[] {
  return form.getAll(name).filter((value): value is string => typeof value === 'string' && value !== '');
}

export async function saveIdeaAction(_previous: FormState, form: FormData): Promise<FormState> {
  const raw = {
    ideaId: text(form, 'ideaId') || undefined,
    title: text(form, 'title'),
    body: text(form, 'body'),
    categoryId: text(form, 'categoryId'),
    departmentIds: ids(form, 'departmentIds'),
    expectedSavingsEur: text(form, 'expectedSavingsEur'),
    expectedHoursSaved: text(form, 'expectedHoursSaved'),
    expectedBenefitNote: text(form, 'expectedBenefitNote'),
    coAuthorIds: ids(form, 'coAuthorIds'),
    anonymous: form.get('anonymous') === 'on',
    campaignId: text(form, 'campaignId'),
    intent: text(form, 'intent') === 'submit' ? 'submit' : 'draft',
  };
  const state = await saveIdea(db, await getCurrentUser(), raw, await requestOrigin());
  if (!state.ok || !state.id) {
    // A refused form shows again exactly as typed (React resets forms after an action).
    const values = {
      title: raw.title,
      body: raw.body,
      categoryId: raw.categoryId,
      expectedSavingsEur: raw.expectedSavingsEur,
      expectedHoursSaved: raw.expectedHoursSaved,
      expectedBenefitNote: raw.expectedBenefitNote,
      departmentIds: raw.departmentIds.join(','),
      coAuthorIds: raw.coAuthorIds.join(','),
      anonymous: raw.anonymous ? 'on' : '',
      campaignId: raw.campaignId,
    };
    return { ...state, values };
  }
  const locale = await getLocale();
  return redirect({
    href: { pathname: ideaPath({ id: state.id, title: raw.title }), query: { saved: state.message ?? '' } },
    locale,
  });
}

export async function withdrawIdeaAction(form: FormData): Promise<void> {
  await withdrawIdea(db, await getCurrentUser(), { ideaId: text(form, 'ideaId') }, await requestOrigin());
  refresh();
}

export async function answerCoAuthorInviteAction(form: FormData): Promise<void> {
  await answerCoAuthorInvite(db, await getCurrentUser(), {
    ideaId: text(form, 'ideaId'),
    accept: text(form, 'answer') === 'accept',
  });
  refresh();
}

export async function voteAction(_previous: VoteRequestResult | null, form: FormData): Promise<VoteRequestResult> {
  const result = await voteFromForm(db, await getCurrentUser(), form);
  refresh();
  return result;
}

export async function followAction(form: FormData): Promise<void> {
  await followFromForm(db, await getCurrentUser(), form);
  refresh();
}

export async function addCommentAction(_previous: FormState, form: FormData): Promise<FormState> {
  const raw = {
    ideaId: text(form, 'ideaId'),
    parentId: text(form, 'parentId'),
    body: text(form, 'body'),
    official: form.get('official') === 'on',
  };
  const state = await addComment(db, await getCurrentUser(), raw, await requestOrigin());
  if (!state.ok) return { ...state, values: { body: raw.body, official: raw.official ? 'on' : '' } };
  refresh();
  return state;
}

export async function editCommentAction(_previous: FormState, form: FormData): Promise<FormState> {
  const raw = { commentId: text(form, 'commentId'), body: text(form, 'body') };
  const state = await editComment(db, await getCurrentUser(), raw);
  if (!state.ok) return { ...state, values: { body: raw.body } };
  refresh();
  return state;
}

/** The answer goes back to the confirmation dialog, which says a refusal there instead of closing. */
export async function deleteCommentAction(form: FormData): Promise<FormState> {
  const state = await deleteComment(db, await getCurrentUser(), { commentId: text(form, 'commentId') });
  if (state.ok) refresh();
  return state;
}

export async function helpfulAction(form: FormData): Promise<void> {
  await helpfulFromForm(db, await getCurrentUser(), form);
  refresh();
}

/** Opening an idea marks its activity as seen for the header's unread count; true if any was new. */
export async function markIdeaSeenAction(ideaId: number): Promise<boolean> {
  const actor = await getCurrentUser();
  if (!actor || !Number.isInteger(ideaId)) return false;
  return (await markIdeaNotificationsRead(db, actor.id, ideaId)) > 0;
}
