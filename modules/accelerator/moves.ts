import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import type { Actor } from '@/modules/access/permissions';
import type { RequestOrigin } from '@/modules/audit/audit-log';
import { transitions, type TransitionName } from '@/modules/ideas/lifecycle';
import { loadPermissionFacts } from '@/modules/ideas/ownership';
import { applyTransition } from '@/modules/ideas/transition';
import type { Database } from '@/modules/platform/db/client';
import { IdeaStatus } from '@/modules/platform/db/generated/enums';
import { decisionBlockerMessage, decisionBlockers } from './decision-blockers';
import { aYearLater, dateColumn, helsinkiToday } from './working-days';

/** Where a card can be moved on the board, and the lifecycle transition that takes it there. */
export const boardMoves = {
  [IdeaStatus.EXPERIMENT]: 'experiment',
  [IdeaStatus.IMPLEMENTATION]: 'implement',
  [IdeaStatus.IMPLEMENTED]: 'complete',
  [IdeaStatus.DISCONTINUED]: 'discontinue',
  [IdeaStatus.DECLINED]: 'decline',
} as const satisfies Partial<Record<IdeaStatus, TransitionName>>;

export type MoveTarget = keyof typeof boardMoves;
export const moveTargets = Object.keys(boardMoves) as MoveTarget[];

/** The stages a card sits in on the board (where a move may start). */
export const boardStages = [
  IdeaStatus.EVALUATION,
  IdeaStatus.EXPERIMENT,
  IdeaStatus.IMPLEMENTATION,
  IdeaStatus.IMPLEMENTED,
  IdeaStatus.DISCONTINUED,
] as const;

/** Whether the lifecycle asks for a reason on this move (declining, discontinuing). */
export function moveNeedsReason(to: MoveTarget): boolean {
  return transitions.some((transition) => transition.name === boardMoves[to] && transition.reasonRequired);
}

export const moveInput = z
  .object({
    ideaId: z.coerce.number().int().positive(),
    /** The stage the mover saw the card in: if it has moved since, the mover is told, not surprised. */
    from: z.enum(boardStages, 'validation.invalid'),
    to: z.enum(moveTargets, 'accelerator.board.move.targetRequired'),
    reason: z.string().trim().max(2000, 'validation.reasonTooLong').default(''),
  })
  .refine((input) => !moveNeedsReason(input.to) || input.reason.length >= 5, {
    path: ['reason'],
    message: 'validation.reasonRequired',
  });

/** A refused or lost move says where the card really is now, so the board can show it there. */
export interface MoveState extends FormState {
  /** The card's stage now, when someone else moved it first. */
  current?: IdeaStatus;
}

/** Leaving evaluation for experiment or implementation rests on submitted scorecards. */
const decisions: readonly MoveTarget[] = [IdeaStatus.EXPERIMENT, IdeaStatus.IMPLEMENTATION];

/**
 * Moves a card on the board, only through the lifecycle: the mover must hold `accelerator.manage`
 * for the idea's departments, give a reason where the lifecycle asks for one, and may not take an
 * idea out of evaluation before its scorecards allow. When two people move the same card at once,
 * the conditional update in `applyTransition` lets one win; the other is told where the card is.
 * Completing sets the benefit check a year ahead; every move counts as activity on the card.
 */
export async function moveCard(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<MoveState> {
  const start = await beginMutation(actor, moveInput, raw, 'accelerator.manage', ({ ideaId }) =>
    loadPermissionFacts(db, ideaId),
  );
  if (!start.ok) return start.state;
  const { ideaId, from, to, reason } = start.input;
  const outcome = await db.$transaction(async (tx): Promise<MoveState> => {
    const idea = await tx.idea.findUnique({ where: { id: ideaId }, select: { status: true } });
    if (!idea) return { ok: false, message: 'errors.notFound' };
    if (idea.status !== from) return movedFirst(idea.status);
    if (from === IdeaStatus.EVALUATION && decisions.includes(to)) {
      const [blocker] = await decisionBlockers(tx, ideaId);
      if (blocker) return { ok: false, message: decisionBlockerMessage(blocker) };
    }
    const moved = await applyTransition(tx, { ideaId, name: boardMoves[to], actor: start.actor, reason, origin });
    if (!moved.ok) {
      if (moved.error === 'notFound') return { ok: false, message: 'errors.notFound' };
      if (moved.error === 'conflict') return { ok: false, message: 'accelerator.board.move.conflict' };
      return { ok: false, message: 'accelerator.board.move.notAllowed' };
    }
    const now = new Date();
    await tx.acceleratorCard.upsert({
      where: { ideaId },
      create: { ideaId, lastActivityAt: now, ...benefitCheck(to, now) },
      update: { lastActivityAt: now, ...benefitCheck(to, now) },
    });
    return { ok: true, message: 'accelerator.board.move.done', id: ideaId, current: moved.to };
  });
  if (outcome.message !== 'accelerator.board.move.conflict') return outcome;
  // The winner's change is committed by now (the loser waited for its row lock): read where it went.
  const now = await db.idea.findUnique({ where: { id: ideaId }, select: { status: true } });
  return now ? movedFirst(now.status) : { ok: false, message: 'errors.notFound' };
}

function movedFirst(current: IdeaStatus): MoveState {
  return { ok: false, message: 'accelerator.board.move.conflict', current };
}

/** A completed idea's realised savings are checked a year later (the card's owner may change the date). */
function benefitCheck(to: MoveTarget, now: Date): { benefitCheckOn?: Date } {
  if (to !== IdeaStatus.IMPLEMENTED) return {};
  return { benefitCheckOn: dateColumn(aYearLater(helsinkiToday(now))) };
}
