import { z } from 'zod';
import { can, type Actor } from '@/modules/access/permissions';
import { localizedName } from '@/modules/i18n/localized-name';
import type { AppLocale } from '@/modules/i18n/locales';
import { availableTransitions } from '@/modules/ideas/lifecycle';
import { sqlStatuses, statusFromSql } from '@/modules/ideas/status';
import { Prisma, type Database } from '@/modules/platform/db/client';
import { IdeaStatus } from '@/modules/platform/db/generated/enums';
import { boardMoves, moveTargets, type MoveTarget } from './moves';
import { scoreSummaries, type ScoreSummary } from './scorecard';
import { calendarDayOf, dateColumn, helsinkiToday } from './working-days';

/** The board's columns in order; Discontinued is folded away under them. */
export const boardColumns = [
  IdeaStatus.EVALUATION,
  IdeaStatus.EXPERIMENT,
  IdeaStatus.IMPLEMENTATION,
  IdeaStatus.IMPLEMENTED,
  IdeaStatus.DISCONTINUED,
] as const;
export type BoardColumn = (typeof boardColumns)[number];

/** Stages where work is under way: only these can be overdue or stalled. */
const activeColumns: readonly BoardColumn[] = [IdeaStatus.EVALUATION, IdeaStatus.EXPERIMENT, IdeaStatus.IMPLEMENTATION];

/** "In the accelerator now" and "Implemented": the read-only views everyone may open. */
export const boardViews = ['all', 'now', 'implemented'] as const;
export type BoardView = (typeof boardViews)[number];
const viewColumns: Record<BoardView, readonly BoardColumn[]> = {
  all: boardColumns,
  now: [...activeColumns, IdeaStatus.DISCONTINUED],
  implemented: [IdeaStatus.IMPLEMENTED],
};

/**
 * Cards shown per column at first and added by each "show more": what fits a phone screen or two,
 * and a board that renders quickly; never thousands.
 */
export const columnPageSize = 12;
const columnMax = 500;
/** A card nobody has touched for this long is stalled. */
export const stalledAfterDays = 30;

/** The URL parameter that widens one column ("show more"), e.g. `show-experiment=50`. */
export function showParam(column: BoardColumn): `show-${Lowercase<BoardColumn>}` {
  return `show-${column.toLowerCase() as Lowercase<BoardColumn>}`;
}

const flag = z
  .enum(['1', 'true', 'on'])
  .optional()
  .catch(undefined)
  .transform((value) => value !== undefined);
const columnLimit = z.coerce
  .number()
  .int()
  .min(columnPageSize)
  .max(columnMax)
  .optional()
  .catch(undefined)
  .transform((value) => value ?? columnPageSize);

/** The board's filters, read from the URL; anything malformed is ignored rather than refused. */
/** Discontinued cards are folded away: only counted until someone opens them (`show-discontinued`). */
const foldedLimit = z.coerce
  .number()
  .int()
  .min(0)
  .max(columnMax)
  .optional()
  .catch(undefined)
  .transform((value) => value ?? 0);

export const boardParams = z.object({
  view: z
    .enum(boardViews)
    .optional()
    .catch(undefined)
    .transform((value) => value ?? 'all'),
  department: z.uuid().optional().catch(undefined),
  owner: z.uuid().optional().catch(undefined),
  overdue: flag,
  stalled: flag,
  mine: flag,
  ...(Object.fromEntries(
    boardColumns.map((column) => [showParam(column), column === IdeaStatus.DISCONTINUED ? foldedLimit : columnLimit]),
  ) as Record<ReturnType<typeof showParam>, typeof columnLimit>),
});
export type BoardFilters = z.output<typeof boardParams>;

export interface BoardCard {
  id: number;
  title: string;
  status: BoardColumn;
  owner: { id: string; name: string } | null;
  /** The stage's due date: the evaluation's while in evaluation, else the card's. */
  dueOn: Date | null;
  overdue: boolean;
  stalled: boolean;
  progressPercent: number;
  /** Days since the idea entered this stage. */
  daysInStage: number;
  departments: string[];
  expectedSavingsEur: number | null;
  expectedHoursSaved: number | null;
  score: ScoreSummary | null;
  /** Where this reader may move the card (empty: read-only for them). */
  moves: MoveTarget[];
}

export interface BoardColumnView {
  status: BoardColumn;
  cards: BoardCard[];
  /** All cards in the column that match the filters. */
  total: number;
  limit: number;
}

export interface Board {
  columns: BoardColumnView[];
  /** The reader may move some card somewhere (then the board shows the move controls). */
  canManage: boolean;
  ownerName: string | null;
}

interface CardRow {
  id: number;
  title: string;
  status: string;
  ownerId: string | null;
  ownerName: string | null;
  dueOn: Date | null;
  progressPercent: number;
  lastActivityAt: Date;
  statusChangedAt: Date;
  expectedSavingsEur: Prisma.Decimal | null;
  expectedHoursSaved: number | null;
}

const day = 24 * 60 * 60 * 1000;

/**
 * The board for one reader: per column the first `limit` cards that match the filters (active
 * columns by due date, settled ones newest first) and how many match in all; then the
 * shown cards' departments and weighted scores in batch. Everyone sees every card (the accelerator
 * is public); moves are offered only where the lifecycle lets this reader make them.
 */
export async function loadBoard(
  db: Database,
  actor: Actor,
  filters: BoardFilters,
  locale: AppLocale,
  now = new Date(),
): Promise<Board> {
  const columns = viewColumns[filters.view];
  const today = helsinkiToday(now);
  const stalledBefore = new Date(now.getTime() - stalledAfterDays * day);
  const conditions: Prisma.Sql[] = [];
  if (filters.department) conditions.push(Prisma.sql`c.department_ids @> ARRAY[${filters.department}::uuid]`);
  if (filters.owner) conditions.push(Prisma.sql`c.owner_id = ${filters.owner}::uuid`);
  if (filters.mine)
    conditions.push(
      Prisma.sql`(c.owner_id = ${actor.id}::uuid OR EXISTS (SELECT 1 FROM accelerator_team_members m WHERE m.idea_id = c.idea_id AND m.user_id = ${actor.id}::uuid))`,
    );
  // Only work under way can be late or stalled: with either filter the settled columns are empty.
  const shown = columns.filter((column) => activeColumns.includes(column) || !(filters.overdue || filters.stalled));
  const dueOf = (column: BoardColumn) =>
    column === IdeaStatus.EVALUATION ? Prisma.sql`c.evaluation_due_on` : Prisma.sql`c.due_on`;
  const where = (column: BoardColumn, stage: Prisma.Sql) =>
    Prisma.join(
      [
        Prisma.sql`${stage} = ${sqlStatuses([column])[0]}::idea_status`,
        ...conditions,
        ...(filters.overdue ? [Prisma.sql`${dueOf(column)} < ${dateColumn(today)}::date`] : []),
        ...(filters.stalled ? [Prisma.sql`c.last_activity_at < ${stalledBefore}`] : []),
      ],
      ' AND ',
    );
  const fields = (column: BoardColumn) => Prisma.sql`
    i.id, i.title, i.status::text AS status, c.owner_id AS "ownerId", u.name AS "ownerName",
    ${dueOf(column)} AS "dueOn", c.progress_percent AS "progressPercent", c.last_activity_at AS "lastActivityAt",
    i.status_changed_at AS "statusChangedAt", i.expected_savings_eur AS "expectedSavingsEur",
    i.expected_hours_saved AS "expectedHoursSaved"`;
  // One query per column, each walking its own index (cards by stage and due date, settled ideas
  // by the time they arrived) and stopping at the column's limit; never the whole accelerator.
  const listed = shown.filter((column) => filters[showParam(column)] > 0);
  const columnQueries = listed.map((column) =>
    activeColumns.includes(column)
      ? Prisma.sql`(SELECT ${fields(column)} FROM accelerator_cards c JOIN ideas i ON i.id = c.idea_id
          LEFT JOIN users u ON u.id = c.owner_id WHERE ${where(column, Prisma.sql`c.stage`)}
          ORDER BY ${dueOf(column)} ASC NULLS LAST, c.idea_id ASC LIMIT ${filters[showParam(column)]})`
      : Prisma.sql`(SELECT ${fields(column)} FROM ideas i JOIN accelerator_cards c ON c.idea_id = i.id
          LEFT JOIN users u ON u.id = c.owner_id WHERE ${where(column, Prisma.sql`i.status`)}
          ORDER BY i.status_changed_at DESC, i.id DESC LIMIT ${filters[showParam(column)]})`,
  );
  const [rows, totals] =
    shown.length === 0
      ? [[], []]
      : await Promise.all([
          listed.length === 0 ? [] : db.$queryRaw<CardRow[]>`${Prisma.join(columnQueries, ' UNION ALL ')}`,
          db.$queryRaw<{ status: string; total: bigint }[]>`${Prisma.join(
            shown.map(
              (column) =>
                Prisma.sql`SELECT ${sqlStatuses([column])[0]} AS status, count(*) AS total FROM accelerator_cards c WHERE ${where(column, Prisma.sql`c.stage`)}`,
            ),
            ' UNION ALL ',
          )}`,
        ]);

  const ids = rows.map((row) => row.id);
  const [departmentRows, scores, owner] = await Promise.all([
    ids.length === 0
      ? []
      : db.ideaDepartment.findMany({
          where: { ideaId: { in: ids } },
          select: {
            ideaId: true,
            departmentId: true,
            department: { select: { nameFi: true, nameSv: true, nameEn: true } },
          },
        }),
    scoreSummaries(db, ids, { hiddenFrom: actor.id }),
    filters.owner ? db.user.findUnique({ where: { id: filters.owner }, select: { name: true } }) : null,
  ]);
  const departmentsOf = new Map<number, { ids: string[]; names: string[] }>();
  for (const row of departmentRows) {
    const entry = departmentsOf.get(row.ideaId) ?? { ids: [], names: [] };
    entry.ids.push(row.departmentId);
    entry.names.push(localizedName(row.department, locale));
    departmentsOf.set(row.ideaId, entry);
  }

  const cards = rows.map((row): BoardCard => {
    const status = statusFromSql(row.status) as BoardColumn;
    const departments = departmentsOf.get(row.id) ?? { ids: [], names: [] };
    const isActive = activeColumns.includes(status);
    return {
      id: row.id,
      title: row.title,
      status,
      owner: row.ownerId ? { id: row.ownerId, name: row.ownerName ?? '' } : null,
      dueOn: row.dueOn,
      overdue: isActive && row.dueOn !== null && calendarDayOf(row.dueOn) < today,
      stalled: isActive && row.lastActivityAt < stalledBefore,
      progressPercent: row.progressPercent,
      daysInStage: Math.max(0, Math.floor((now.getTime() - row.statusChangedAt.getTime()) / day)),
      departments: departments.names.sort((a, b) => a.localeCompare(b, locale)),
      expectedSavingsEur: row.expectedSavingsEur === null ? null : Number(row.expectedSavingsEur),
      expectedHoursSaved: row.expectedHoursSaved,
      score: scores.get(row.id) ?? null,
      moves: movesFor(actor, status, departments.ids),
    };
  });
  return {
    columns: columns.map((status) => {
      const inColumn = cards.filter((card) => card.status === status);
      const total = Number(totals.find((row) => statusFromSql(row.status) === status)?.total ?? 0);
      return { status, cards: inColumn, total, limit: filters[showParam(status)] ?? columnPageSize };
    }),
    canManage: cards.some((card) => card.moves.length > 0),
    ownerName: owner?.name ?? null,
  };
}

/** The moves the lifecycle offers this reader for a card in this stage (the UI's buttons). */
export function movesFor(actor: Actor, status: IdeaStatus, departmentIds: readonly string[]): MoveTarget[] {
  if (!can(actor, 'accelerator.manage', { ownerIds: [], departmentIds })) return [];
  const offered = availableTransitions(actor, { status, ownerIds: [], departmentIds }).map((t) => t.name);
  return moveTargets.filter((target) => offered.includes(boardMoves[target]));
}
