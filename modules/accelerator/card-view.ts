import { can, type Actor } from '@/modules/access/permissions';
import type { Database } from '@/modules/platform/db/client';
import { IdeaEventType } from '@/modules/platform/db/generated/enums';

export interface PersonView {
  id: string;
  name: string;
}

/** What everyone reading the idea page sees of its card (nothing here is personal). */
export interface AcceleratorCardView {
  owner: PersonView | null;
  team: PersonView[];
  plan: string | null;
  evaluationDueOn: Date | null;
  dueOn: Date | null;
  progressPercent: number;
  lastActivityAt: Date;
  realisedSavingsCents: number | null;
  realisedHours: number | null;
  realisedBenefitNote: string | null;
  benefitCheckOn: Date | null;
  benefitConfirmedAt: Date | null;
  /** The newest progress note (all of them are on the timeline). */
  latestNote: { note: string; createdAt: Date } | null;
}

export interface IdeaAccelerator {
  card: AcceleratorCardView | null;
  /** May edit owner, team, plan, due date and progress, and record the benefit. */
  canManage: boolean;
}

const cardSelect = {
  plan: true,
  evaluationDueOn: true,
  dueOn: true,
  progressPercent: true,
  lastActivityAt: true,
  realisedSavingsCents: true,
  realisedHours: true,
  realisedBenefitNote: true,
  benefitCheckOn: true,
  benefitConfirmedAt: true,
  owner: { select: { id: true, name: true } },
} as const;

/** The idea page's accelerator part; the caller has already checked that the reader may see the idea. */
export async function getIdeaAccelerator(db: Database, actor: Actor | null, ideaId: number): Promise<IdeaAccelerator> {
  const [card, team, departments, latest] = await Promise.all([
    db.acceleratorCard.findUnique({ where: { ideaId }, select: cardSelect }),
    db.acceleratorTeamMember.findMany({
      where: { ideaId },
      orderBy: { createdAt: 'asc' },
      select: { user: { select: { id: true, name: true } } },
    }),
    db.ideaDepartment.findMany({ where: { ideaId }, select: { departmentId: true } }),
    db.ideaEvent.findFirst({
      where: { ideaId, type: IdeaEventType.PROGRESS_NOTE },
      orderBy: { id: 'desc' },
      select: { data: true, createdAt: true },
    }),
  ]);
  const note =
    latest && typeof latest.data === 'object' && latest.data !== null && 'note' in latest.data
      ? latest.data.note
      : null;
  const canManage =
    card !== null &&
    can(actor, 'accelerator.manage', { ownerIds: [], departmentIds: departments.map((entry) => entry.departmentId) });
  return {
    card: card && {
      ...card,
      team: team.map((member) => member.user),
      latestNote: latest && typeof note === 'string' ? { note, createdAt: latest.createdAt } : null,
    },
    canManage,
  };
}
