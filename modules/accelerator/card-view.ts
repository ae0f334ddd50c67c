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
  idea: {
    select: {
      departments: { select: { departmentId: true } },
      acceleratorTeam: { orderBy: { createdAt: 'asc' }, select: { user: { select: { id: true, name: true } } } },
      events: {
        where: { type: IdeaEventType.PROGRESS_NOTE },
        orderBy: { id: 'desc' },
        take: 1,
        select: { data: true, createdAt: true },
      },
    },
  },
} as const;

function noteOf(data: unknown): string | null {
  const note = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).note : null;
  return typeof note === 'string' ? note : null;
}

/**
 * The idea page's accelerator part, in one query (most ideas have no card); the caller has already
 * checked that the reader may see the idea.
 */
export async function getIdeaAccelerator(db: Database, actor: Actor | null, ideaId: number): Promise<IdeaAccelerator> {
  const row = await db.acceleratorCard.findUnique({ where: { ideaId }, select: cardSelect });
  if (!row) return { card: null, canManage: false };
  const { idea, ...card } = row;
  const latest = idea.events[0];
  const note = latest ? noteOf(latest.data) : null;
  return {
    card: {
      ...card,
      team: idea.acceleratorTeam.map((member) => member.user),
      latestNote: latest && note !== null ? { note, createdAt: latest.createdAt } : null,
    },
    canManage: can(actor, 'accelerator.manage', {
      ownerIds: [],
      departmentIds: idea.departments.map((entry) => entry.departmentId),
    }),
  };
}
