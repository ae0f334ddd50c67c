import { z } from 'zod';
import type { FormState } from '@/modules/access/mutation';
import type { Actor } from '@/modules/access/permissions';
import type { Database } from '@/modules/platform/db/client';
import { setHelpful } from './comments';
import { setFollowing, type FollowResult } from './follows';
import { setVote, type VoteResult } from './votes';

// A reader's vote, follow and helpful buttons send what their label said when pressed ("vote" or
// "unvote", never "the other one"): a repeated or late press is then a no-op, and a request that
// does not say what it wants is refused instead of being read as the opposite. On a stored idea
// page the reader's own state arrives after the page, and a toggle there once removed a vote that
// "Kannatan" was pressed to give (issue 10).

const positiveId = z.coerce.number().int().positive();
const voteRequest = z.object({ ideaId: positiveId, intent: z.enum(['vote', 'unvote']) });
const followRequest = z.object({ ideaId: positiveId, intent: z.enum(['follow', 'unfollow']) });
const helpfulRequest = z.object({ commentId: positiveId, intent: z.enum(['mark', 'unmark']) });

export type VoteIntent = z.infer<typeof voteRequest>['intent'];
export type FollowIntent = z.infer<typeof followRequest>['intent'];
export type HelpfulIntent = z.infer<typeof helpfulRequest>['intent'];

export type VoteRequestResult = VoteResult | { ok: false; message: 'errors.invalid' };

function fields(form: FormData, names: string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((name) => [name, form.get(name)]));
}

export async function voteFromForm(db: Database, actor: Actor | null, form: FormData): Promise<VoteRequestResult> {
  if (!actor?.active) return { ok: false, message: 'errors.signInRequired' };
  const request = voteRequest.safeParse(fields(form, ['ideaId', 'intent']));
  if (!request.success) return { ok: false, message: 'errors.invalid' };
  return setVote(db, actor, request.data.ideaId, request.data.intent === 'vote');
}

export async function followFromForm(db: Database, actor: Actor | null, form: FormData): Promise<FollowResult> {
  if (!actor?.active) return { ok: false, message: 'errors.signInRequired' };
  const request = followRequest.safeParse(fields(form, ['ideaId', 'intent']));
  if (!request.success) return { ok: false, message: 'errors.invalid' };
  return setFollowing(db, actor, request.data.ideaId, request.data.intent === 'follow');
}

export async function helpfulFromForm(db: Database, actor: Actor | null, form: FormData): Promise<FormState> {
  if (!actor?.active) return { ok: false, message: 'errors.signInRequired' };
  const request = helpfulRequest.safeParse(fields(form, ['commentId', 'intent']));
  if (!request.success) return { ok: false, message: 'errors.invalid' };
  return setHelpful(db, actor, request.data.commentId, request.data.intent === 'mark');
}
