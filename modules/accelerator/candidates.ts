import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import { can, holdsSomewhere, type Actor, type DepartmentScopedAction } from '@/modules/access/permissions';
import type { RequestOrigin } from '@/modules/audit/audit-log';
import { localizedName, localizedNameSelect } from '@/modules/i18n/localized-name';
import type { AppLocale } from '@/modules/i18n/locales';
import { makeCandidate } from '@/modules/ideas/candidacy';
import { loadPermissionFacts } from '@/modules/ideas/ownership';
import { lineBreaksAsLf } from '@/modules/ideas/schemas';
import { applyTransition, type TransitionOutcome } from '@/modules/ideas/transition';
import type { Database, Prisma } from '@/modules/platform/db/client';
import { IdeaStatus } from '@/modules/platform/db/generated/enums';
import { getNumberSetting } from '@/modules/settings/settings';
import { addWorkingDays, dateColumn, helsinkiToday } from './working-days';

// Candidates for the accelerator (SHORTLISTED ideas): nominating one, the list routed to a manager
// ("Minulle ohjatut"), and the manager's call — promote into evaluation, or decline with a reason
// the author reads. Nomination by votes happens in ideas/candidacy.ts, after the vote.

export const candidateLimits = { note: 2000, reasonMin: 5, reason: 2000 } as const;

const ideaId = z.coerce.number().int().positive();

export const nominateInput = z.object({
  ideaId,
  note: z
    .string()
    .overwrite(lineBreaksAsLf)
    .trim()
    .max(candidateLimits.note, 'accelerator.candidates.errors.noteTooLong')
    .default(''),
});

export const promoteInput = z.object({ ideaId });

export const declineInput = z.object({
  ideaId,
  reason: z
    .string('accelerator.candidates.errors.reasonRequired')
    .overwrite(lineBreaksAsLf)
    .trim()
    .min(candidateLimits.reasonMin, 'accelerator.candidates.errors.reasonRequired')
    .max(candidateLimits.reason, 'accelerator.candidates.errors.reasonTooLong'),
});

/** Why a lifecycle move did not happen, as the form's message. */
function refusal(outcome: Extract<TransitionOutcome, { ok: false }>): FormState {
  const message = {
    notFound: 'errors.notFound',
    notAllowed: 'accelerator.candidates.errors.notAvailable',
    conflict: 'accelerator.candidates.errors.conflict',
  }[outcome.error];
  return { ok: false, message };
}

/**
 * A moderator, a manager of one of the idea's departments or the coordinator nominates a published
 * idea as a candidate, optionally with a note that the timeline shows to everyone.
 */
export async function nominateIdea(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, nominateInput, raw, 'idea.nominate', (input) =>
    loadPermissionFacts(db, input.ideaId),
  );
  if (!start.ok) return start.state;
  const { ideaId: id, note } = start.input;
  const moved = await db.$transaction((tx) => makeCandidate(tx, { ideaId: id, actor: start.actor, note, origin }));
  return moved.ok ? { ok: true, message: 'accelerator.candidates.done.nominated', id } : refusal(moved);
}

/**
 * Promotes a candidate into the accelerator: the idea enters evaluation and gets its card, with
 * the evaluation due the configured number of Finnish working days from today.
 */
export async function promoteCandidate(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, promoteInput, raw, 'idea.promote', (input) =>
    loadPermissionFacts(db, input.ideaId),
  );
  if (!start.ok) return start.state;
  const { ideaId: id } = start.input;
  const days = await getNumberSetting(db, 'accelerator.evaluation-days');
  const evaluationDueOn = dateColumn(addWorkingDays(helsinkiToday(), days));
  return db.$transaction(async (tx) => {
    const moved = await applyTransition(tx, {
      ideaId: id,
      name: 'promote',
      actor: start.actor,
      origin,
      auditDetails: { evaluationDueOn: evaluationDueOn.toISOString().slice(0, 10) },
    });
    if (!moved.ok) return refusal(moved);
    // A card left from an earlier round (an idea hidden and restored) starts its evaluation anew.
    await tx.acceleratorCard.upsert({
      where: { ideaId: id },
      create: { ideaId: id, evaluationDueOn },
      update: { evaluationDueOn, lastActivityAt: new Date() },
    });
    return { ok: true, message: 'accelerator.candidates.done.promoted', id };
  });
}

/** Declines a candidate (or a published idea) with a reason the author and followers read. */
export async function declineCandidate(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, declineInput, raw, 'idea.promote', (input) =>
    loadPermissionFacts(db, input.ideaId),
  );
  if (!start.ok) return start.state;
  const { ideaId: id, reason } = start.input;
  const moved = await db.$transaction(async (tx) => {
    const status = await tx.idea.findUnique({ where: { id }, select: { status: true } });
    // Declining after the scorecard is the accelerator's decision, made on the board.
    if (status && status.status !== IdeaStatus.SHORTLISTED && status.status !== IdeaStatus.PUBLISHED)
      return { ok: false as const, error: 'notAllowed' as const };
    return applyTransition(tx, { ideaId: id, name: 'decline', actor: start.actor, reason, origin });
  });
  return moved.ok ? { ok: true, message: 'accelerator.candidates.done.declined', id } : refusal(moved);
}

/** Does the actor hold this department-scoped action for every idea (coordinator, admin)? */
function reachesEveryIdea(actor: Actor, action: DepartmentScopedAction): boolean {
  return can(actor, action, { ownerIds: [], departmentIds: [] });
}

/** The candidates this actor decides on: all of them for the coordinator, their departments' for a manager. */
function routedWhere(actor: Actor): Prisma.IdeaWhereInput | null {
  if (!holdsSomewhere(actor, 'idea.promote')) return null;
  const candidates = { status: IdeaStatus.SHORTLISTED };
  if (reachesEveryIdea(actor, 'idea.promote')) return candidates;
  return { ...candidates, departments: { some: { departmentId: { in: [...(actor.departmentIds ?? [])] } } } };
}

export async function routedCandidateCount(db: Database, actor: Actor): Promise<number> {
  const where = routedWhere(actor);
  return where ? db.idea.count({ where }) : 0;
}

export const CANDIDATES_PER_PAGE = 25;

export interface RoutedCandidate {
  id: number;
  title: string;
  voteCount: number;
  /** When it became a candidate. */
  since: Date;
  /** How: VAU on votes, or a person (with the note they left, public on the timeline). */
  origin: { kind: 'votes' } | { kind: 'nominated'; by: string | null; note: string | null };
  departments: string[];
}

export interface RoutedCandidatePage {
  candidates: RoutedCandidate[];
  total: number;
  page: number;
  pages: number;
}

/**
 * The candidates waiting for this actor's decision, the longest-waiting first. Null when the actor
 * decides on no candidates at all (the page then refuses).
 */
export async function listRoutedCandidates(
  db: Database,
  actor: Actor,
  locale: AppLocale,
  requestedPage = 1,
): Promise<RoutedCandidatePage | null> {
  const where = routedWhere(actor);
  if (!where) return null;
  const total = await db.idea.count({ where });
  const pages = Math.max(1, Math.ceil(total / CANDIDATES_PER_PAGE));
  const page = Math.min(Math.max(1, Math.trunc(requestedPage) || 1), pages);
  const ideas = await db.idea.findMany({
    where,
    orderBy: [{ statusChangedAt: 'asc' }, { id: 'asc' }],
    skip: (page - 1) * CANDIDATES_PER_PAGE,
    take: CANDIDATES_PER_PAGE,
    select: {
      id: true,
      title: true,
      voteCount: true,
      statusChangedAt: true,
      departments: { select: { department: { select: localizedNameSelect } } },
    },
  });
  const events = await db.ideaEvent.findMany({
    where: { ideaId: { in: ideas.map((idea) => idea.id) }, toStatus: IdeaStatus.SHORTLISTED },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { ideaId: true, actorId: true, reason: true, actor: { select: { name: true } } },
  });
  const latest = new Map<number, (typeof events)[number]>();
  for (const event of events) if (!latest.has(event.ideaId)) latest.set(event.ideaId, event);
  return {
    total,
    page,
    pages,
    candidates: ideas.map((idea) => {
      const event = latest.get(idea.id);
      return {
        id: idea.id,
        title: idea.title,
        voteCount: idea.voteCount,
        since: idea.statusChangedAt,
        origin:
          event && event.actorId === null
            ? { kind: 'votes' }
            : { kind: 'nominated', by: event?.actor?.name ?? null, note: event?.reason ?? null },
        departments: idea.departments.map((row) => localizedName(row.department, locale)),
      };
    }),
  };
}
