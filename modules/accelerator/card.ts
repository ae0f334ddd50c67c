import type { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import { can, type Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import { notifyFollowers } from '@/modules/ideas/notifications';
import { ownerIdsOf, permissionFactsOf, permissionSelect } from '@/modules/ideas/ownership';
import type { Database, Prisma } from '@/modules/platform/db/client';
import { IdeaEventType, IdeaStatus, NotificationType } from '@/modules/platform/db/generated/enums';
import { benefitInput, confirmBenefitInput, progressNoteInput, saveCardInput } from './card-schemas';
import { aYearLater, calendarDayOf, dateColumn, helsinkiToday } from './working-days';

type Tx = Prisma.TransactionClient;

/** The stages in which the people running a card plan it and report progress. */
export const activeStages: readonly IdeaStatus[] = [
  IdeaStatus.EVALUATION,
  IdeaStatus.EXPERIMENT,
  IdeaStatus.IMPLEMENTATION,
];

const ideaFacts = (tx: Tx | Database, ideaId: number) =>
  tx.idea.findUnique({
    where: { id: ideaId },
    select: {
      status: true,
      ...permissionSelect,
      acceleratorCard: {
        select: {
          ownerId: true,
          plan: true,
          dueOn: true,
          realisedSavingsCents: true,
          realisedHours: true,
          realisedBenefitNote: true,
          benefitCheckOn: true,
          benefitConfirmedAt: true,
        },
      },
      acceleratorTeam: { select: { userId: true } },
    },
  });

type IdeaFacts = NonNullable<Awaited<ReturnType<typeof ideaFacts>>>;

const resourceOf = (db: Database) => async (input: { ideaId: number }) => {
  const idea = await ideaFacts(db, input.ideaId);
  return idea ? permissionFactsOf(idea) : undefined;
};

type Card = NonNullable<IdeaFacts['acceleratorCard']>;

/**
 * Starts a card change: authenticate → validate → authorise, then, in the transaction, the idea
 * read again (it may have moved meanwhile) and checked for the stages the change belongs to.
 */
async function changeCard<Schema extends z.ZodType<{ ideaId: number }>>(
  db: Database,
  actor: Actor | null,
  schema: Schema,
  raw: unknown,
  stages: readonly IdeaStatus[],
  change: (tx: Tx, input: z.infer<Schema>, actor: Actor, idea: IdeaFacts, card: Card) => Promise<FormState>,
): Promise<FormState> {
  const start = await beginMutation(actor, schema, raw, 'accelerator.manage', resourceOf(db));
  if (!start.ok) return start.state;
  return db.$transaction(async (tx) => {
    const idea = await ideaFacts(tx, start.input.ideaId);
    if (!idea || !can(start.actor, 'accelerator.manage', permissionFactsOf(idea)))
      return { ok: false, message: 'errors.forbidden' };
    if (!idea.acceleratorCard || !stages.includes(idea.status))
      return {
        ok: false,
        message:
          stages === activeStages ? 'accelerator.card.errors.notActive' : 'accelerator.card.errors.notImplemented',
      };
    return change(tx, start.input, start.actor, idea, idea.acceleratorCard);
  });
}

function refusal(field: string, message: string): FormState {
  return { ok: false, message: 'errors.invalid', fieldErrors: { [field]: [message] } };
}

/** Owner, team, plan and due date. Naming a new owner is on the public timeline (without the name). */
export async function saveCard(db: Database, actor: Actor | null, raw: unknown, origin: RequestOrigin) {
  return changeCard(db, actor, saveCardInput, raw, activeStages, async (tx, input, by, idea, card) => {
    const ideaId = input.ideaId;
    const teamIds = [...new Set(input.teamIds)];
    const people = [...new Set([...teamIds, ...(input.ownerId ? [input.ownerId] : [])])];
    const active = await tx.user.findMany({ where: { id: { in: people }, active: true }, select: { id: true } });
    const activeIds = new Set(active.map((user) => user.id));
    if (input.ownerId && !activeIds.has(input.ownerId))
      return refusal('ownerId', 'accelerator.card.errors.personUnknown');
    if (teamIds.some((id) => !activeIds.has(id))) return refusal('teamIds', 'accelerator.card.errors.personUnknown');

    const ownerId = input.ownerId ?? null;
    const after = { plan: input.plan ?? null, dueOn: input.dueOn ?? null, teamIds };
    const before = {
      plan: card.plan,
      dueOn: card.dueOn && calendarDayOf(card.dueOn),
      teamIds: idea.acceleratorTeam.map((member) => member.userId),
    };
    await tx.acceleratorCard.update({
      where: { ideaId },
      data: { ownerId, plan: after.plan, dueOn: after.dueOn && dateColumn(after.dueOn), lastActivityAt: new Date() },
    });
    await tx.acceleratorTeamMember.deleteMany({ where: { ideaId, userId: { notIn: teamIds } } });
    await tx.acceleratorTeamMember.createMany({
      data: teamIds.map((userId) => ({ ideaId, userId })),
      skipDuplicates: true,
    });
    const target = { actorId: by.id, targetType: 'idea', targetId: String(ideaId) };
    if (ownerId !== card.ownerId) {
      if (ownerId) await tx.ideaEvent.create({ data: { ideaId, actorId: by.id, type: IdeaEventType.OWNER_ASSIGNED } });
      await recordAudit(
        tx,
        { ...target, action: 'accelerator.owner.set', before: { ownerId: card.ownerId }, after: { ownerId } },
        origin,
      );
    }
    const teamChanged = [...before.teamIds].sort().join() !== [...teamIds].sort().join();
    if (before.plan !== after.plan || before.dueOn !== after.dueOn || teamChanged)
      await recordAudit(tx, { ...target, action: 'accelerator.card.update', before, after }, origin);
    return { ok: true, message: 'accelerator.card.saved', id: ideaId };
  });
}

/**
 * A progress note: public on the timeline, with the new progress, and told to the idea's authors,
 * the card's owner and team, and the idea's followers.
 */
export async function addProgressNote(db: Database, actor: Actor | null, raw: unknown, origin: RequestOrigin) {
  return changeCard(db, actor, progressNoteInput, raw, activeStages, async (tx, input, by, idea, card) => {
    const { ideaId, note, progressPercent } = input;
    await tx.acceleratorCard.update({ where: { ideaId }, data: { progressPercent, lastActivityAt: new Date() } });
    await tx.ideaEvent.create({
      data: { ideaId, actorId: by.id, type: IdeaEventType.PROGRESS_NOTE, data: { note, progressPercent } },
    });
    await recordAudit(
      tx,
      {
        actorId: by.id,
        action: 'accelerator.progress.note',
        targetType: 'idea',
        targetId: String(ideaId),
        after: { progressPercent },
      },
      origin,
    );
    const runners = [...(card.ownerId ? [card.ownerId] : []), ...idea.acceleratorTeam.map((member) => member.userId)];
    await notifyFollowers(tx, { type: NotificationType.PROGRESS_NOTE, actorId: by.id, ideaId }, [
      ...ownerIdsOf(idea),
      ...runners,
    ]);
    return { ok: true, message: 'accelerator.card.noteAdded', id: ideaId };
  });
}

/** The realised benefit of an implemented idea and when it is checked; fixed once confirmed. */
export async function recordBenefit(db: Database, actor: Actor | null, raw: unknown, origin: RequestOrigin) {
  return changeCard(db, actor, benefitInput, raw, [IdeaStatus.IMPLEMENTED], async (tx, input, by, _idea, card) => {
    if (card.benefitConfirmedAt) return { ok: false, message: 'accelerator.card.errors.benefitConfirmed' };
    const ideaId = input.ideaId;
    const benefitCheckOn =
      input.benefitCheckOn ?? (card.benefitCheckOn ? calendarDayOf(card.benefitCheckOn) : aYearLater(helsinkiToday()));
    const after = {
      realisedSavingsCents: input.realisedSavingsEur === undefined ? null : Math.round(input.realisedSavingsEur * 100),
      realisedHours: input.realisedHours ?? null,
      realisedBenefitNote: input.realisedBenefitNote ?? null,
    };
    if (after.realisedSavingsCents === null && after.realisedHours === null && !after.realisedBenefitNote)
      return refusal('realisedSavingsEur', 'accelerator.card.errors.benefitMissing');
    await tx.acceleratorCard.update({
      where: { ideaId },
      data: { ...after, benefitCheckOn: dateColumn(benefitCheckOn), lastActivityAt: new Date() },
    });
    await tx.ideaEvent.create({ data: { ideaId, actorId: by.id, type: IdeaEventType.BENEFIT_RECORDED } });
    await recordAudit(
      tx,
      {
        actorId: by.id,
        action: 'accelerator.benefit.record',
        targetType: 'idea',
        targetId: String(ideaId),
        before: {
          realisedSavingsCents: card.realisedSavingsCents,
          realisedHours: card.realisedHours,
          realisedBenefitNote: card.realisedBenefitNote,
        },
        after: { ...after, benefitCheckOn },
      },
      origin,
    );
    return { ok: true, message: 'accelerator.card.benefitSaved', id: ideaId };
  });
}

/** The benefit check: the recorded benefit is confirmed as realised (rewards later rely on it). */
export async function confirmBenefit(db: Database, actor: Actor | null, raw: unknown, origin: RequestOrigin) {
  return changeCard(
    db,
    actor,
    confirmBenefitInput,
    raw,
    [IdeaStatus.IMPLEMENTED],
    async (tx, input, by, _idea, card) => {
      if (card.benefitConfirmedAt)
        return { ok: true, message: 'accelerator.card.benefitConfirmedNow', id: input.ideaId };
      if (card.realisedSavingsCents === null && card.realisedHours === null && !card.realisedBenefitNote)
        return { ok: false, message: 'accelerator.card.errors.benefitMissing' };
      await tx.acceleratorCard.update({ where: { ideaId: input.ideaId }, data: { benefitConfirmedAt: new Date() } });
      await recordAudit(
        tx,
        { actorId: by.id, action: 'accelerator.benefit.confirm', targetType: 'idea', targetId: String(input.ideaId) },
        origin,
      );
      return { ok: true, message: 'accelerator.card.benefitConfirmedNow', id: input.ideaId };
    },
  );
}
