import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import type { Actor } from '@/modules/access/permissions';
import type { RequestOrigin } from '@/modules/audit/audit-log';
import type { Database } from '@/modules/platform/db/client';
import { decideOnIdea } from './decisions';
import { resolveFlags } from './flags';

/** How many of the picked items a bulk action settled, and how many were already settled by someone else. */
export interface BulkState extends FormState {
  done?: number;
  skipped?: number;
}

const reason = z.string().trim().max(2000, 'validation.reasonTooLong').default('');
const needsReason = (input: { reason: string }) => input.reason.length >= 5;
const picked = <Item extends z.ZodType>(item: Item) =>
  z.array(item).min(1, 'validation.pickAtLeastOne').max(100, 'validation.pickAtMost100');

export const bulkDecisionInput = z
  .object({
    ideaIds: picked(z.coerce.number().int().positive()),
    decision: z.enum(['publish', 'reject', 'approve'], 'validation.decisionRequired'),
    reason,
  })
  .refine((input) => input.decision !== 'reject' || needsReason(input), {
    path: ['reason'],
    message: 'validation.reasonRequired',
  });

export const bulkResolutionInput = z
  .object({
    /** "idea:12" or "comment:345". */
    targets: picked(z.string().regex(/^(idea|comment):\d+$/, 'validation.invalid')),
    resolution: z.enum(['keep', 'hide'], 'validation.decisionRequired'),
    reason,
  })
  .refine((input) => input.resolution !== 'hide' || needsReason(input), {
    path: ['reason'],
    message: 'validation.reasonRequired',
  });

/**
 * Each picked item goes through the same decision as one at a time — its own transaction, audit
 * entry and notice to its author — so a bulk action can never do what a single one could not. An
 * item another moderator settled meanwhile is counted as skipped, not as an error. Items go one
 * after another: the connection pool is shared with everyone else's requests.
 */
function summarise(results: FormState[], message: string): BulkState {
  const done = results.filter((result) => result.ok).length;
  return {
    ok: done > 0,
    message: done > 0 ? message : 'moderation.bulk.nothingDone',
    done,
    skipped: results.length - done,
  };
}

export async function decideOnIdeas(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<BulkState> {
  const start = await beginMutation(actor, bulkDecisionInput, raw, 'idea.moderate');
  if (!start.ok) return start.state;
  const { ideaIds, decision, reason } = start.input;
  const results: FormState[] = [];
  for (const ideaId of new Set(ideaIds))
    results.push(await decideOnIdea(db, start.actor, { ideaId, decision, reason }, origin));
  return summarise(results, `moderation.bulk.done.${decision}`);
}

export async function resolveManyFlags(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<BulkState> {
  const start = await beginMutation(actor, bulkResolutionInput, raw, 'comment.moderate');
  if (!start.ok) return start.state;
  const { targets, resolution, reason } = start.input;
  const results: FormState[] = [];
  for (const target of new Set(targets)) {
    const [kind, id] = target.split(':');
    results.push(await resolveFlags(db, start.actor, { target: kind, targetId: id, resolution, reason }, origin));
  }
  return summarise(results, `moderation.bulk.done.${resolution}`);
}
