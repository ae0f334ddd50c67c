import type { Metadata } from 'next';
import { connection } from 'next/server';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { Board, type BoardColumnItem } from '@/components/accelerator/board';
import { BoardMoveForm } from '@/components/accelerator/board-move-form';
import { getCurrentUser } from '@/modules/access/current-user';
import {
  boardParams,
  columnPageSize,
  loadBoard,
  showParam,
  stalledAfterDays,
  type BoardCard,
  type BoardColumnView,
  type BoardFilters,
} from '@/modules/accelerator/board';
import { moveNeedsReason, moveTargets } from '@/modules/accelerator/moves';
import { clientMessages } from '@/modules/i18n/client-messages';
import { getFormat } from '@/modules/i18n/get-format';
import { Link, redirect } from '@/modules/i18n/navigation';
import { checkedParams } from '@/modules/i18n/page-params';
import { ideaPath } from '@/modules/ideas/slug';
import { statusFromSql } from '@/modules/ideas/status';
import { db } from '@/modules/platform/db';
import { IdeaStatus } from '@/modules/platform/db/generated/enums';
import { firstValue, type SearchParams } from '@/modules/platform/search-params';
import { listDepartments } from '@/modules/users/queries';

interface BoardPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: BoardPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'accelerator.board' });
  return { title: t('title'), robots: { index: false } };
}

const field = 'mt-1 min-h-11 w-full rounded border border-line bg-white px-3';
const needsReason = moveTargets.filter(moveNeedsReason);

/** The board's address with these parameters (empty ones dropped). */
function boardHref(query: Record<string, string | number | undefined>) {
  const kept = Object.fromEntries(
    Object.entries(query).filter(
      (entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '',
    ),
  );
  return { pathname: '/accelerator', query: kept };
}

/** The filters as URL parameters, without the defaults. */
function filterQuery(filters: BoardFilters): Record<string, string | undefined> {
  const query: Record<string, string | undefined> = {
    view: filters.view === 'all' ? undefined : filters.view,
    department: filters.department,
    owner: filters.owner,
    overdue: filters.overdue ? '1' : undefined,
    stalled: filters.stalled ? '1' : undefined,
    mine: filters.mine ? '1' : undefined,
  };
  for (const column of [
    IdeaStatus.EVALUATION,
    IdeaStatus.EXPERIMENT,
    IdeaStatus.IMPLEMENTATION,
    IdeaStatus.IMPLEMENTED,
    IdeaStatus.DISCONTINUED,
  ] as const) {
    const limit = filters[showParam(column)];
    if (limit !== undefined && limit !== columnPageSize) query[showParam(column)] = String(limit);
  }
  return query;
}

export default async function AcceleratorBoardPage({ params, searchParams }: BoardPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  await connection();
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  const raw = await searchParams;
  const filters = boardParams.parse(Object.fromEntries(Object.keys(raw).map((name) => [name, firstValue(raw, name)])));
  const [board, departments, t, statuses, format, messages] = await Promise.all([
    loadBoard(db, actor, filters, locale),
    listDepartments(db, locale),
    getTranslations('accelerator.board'),
    getTranslations('status'),
    getFormat(),
    getMessages(),
  ]);
  const query = filterQuery(filters);
  const back = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ).toString();
  const activeFilters = [filters.department, filters.owner, filters.overdue, filters.stalled, filters.mine].filter(
    Boolean,
  ).length;
  const notice = moveNotice(raw);

  const cardContent = (card: BoardCard) => (
    <>
      <p className="text-sm text-muted">{t('card.number', { id: card.id })}</p>
      <h3 id={`card-${card.id}`} className="font-bold">
        <Link href={ideaPath(card)} className="underline-offset-4 hover:underline">
          {card.title}
        </Link>
      </h3>
      <ul className="mt-1 grid gap-0.5 text-sm">
        <li>
          {card.owner ? (
            <Link
              href={boardHref({ ...query, owner: card.owner.id })}
              className="text-brand underline underline-offset-4"
            >
              <span aria-hidden="true">{t('card.owner', { name: card.owner.name })}</span>
              <span className="sr-only">{t('card.ownerFilter', { name: card.owner.name })}</span>
            </Link>
          ) : (
            t('card.noOwner')
          )}
        </li>
        {card.overdue && card.dueOn ? (
          <li className="font-bold text-red-800">⚠ {t('card.overdue', { date: format.date(card.dueOn) })}</li>
        ) : (
          card.dueOn && (
            <li>
              {card.status === IdeaStatus.EVALUATION
                ? t('card.evaluationDue', { date: format.date(card.dueOn) })
                : t('card.due', { date: format.date(card.dueOn) })}
            </li>
          )
        )}
        {card.stalled && <li className="font-bold text-amber-900">{t('card.stalled', { days: stalledAfterDays })}</li>}
        <li>{t('card.progress', { percent: card.progressPercent })}</li>
        <li>
          {card.score && card.score.total !== null
            ? t('card.score', {
                score: format.number(Math.round(card.score.total * 10) / 10),
                scored: card.score.criteriaScored,
                count: card.score.criteriaCount,
              })
            : t('card.noScore')}
        </li>
        {card.departments.length > 0 && <li>{t('card.departments', { names: card.departments.join(', ') })}</li>}
        {card.expectedSavingsEur !== null && card.expectedSavingsEur > 0 && (
          <li>{t('card.savings', { euros: format.euros(card.expectedSavingsEur) })}</li>
        )}
        {card.expectedHoursSaved !== null && card.expectedHoursSaved > 0 && (
          <li>{t('card.hours', { hours: format.number(card.expectedHoursSaved) })}</li>
        )}
        <li className="text-muted">{t('card.daysInStage', { days: card.daysInStage })}</li>
      </ul>
      {card.moves.length > 0 && (
        <BoardMoveForm
          ideaId={card.id}
          title={card.title}
          from={card.status}
          moves={card.moves}
          needsReason={needsReason}
          back={back}
        />
      )}
    </>
  );

  const columnItem = (column: BoardColumnView): BoardColumnItem => ({
    status: column.status,
    heading: (
      <>
        {statuses(column.status)}{' '}
        <span className="text-base font-normal text-muted">({t('column.count', { total: column.total })})</span>
      </>
    ),
    cards: column.cards.map((card) => ({
      id: card.id,
      title: card.title,
      status: card.status,
      moves: card.moves,
      content: cardContent(card),
    })),
    footer:
      column.total === 0 ? (
        <p className="mt-2 text-sm text-muted">{t('column.empty')}</p>
      ) : column.total > column.cards.length ? (
        <p className="mt-3 text-sm">
          {t('column.showing', { shown: column.cards.length, total: column.total })}{' '}
          <Link
            href={boardHref({ ...query, [showParam(column.status)]: column.limit + columnPageSize })}
            scroll={false}
            className="font-semibold text-brand underline underline-offset-4"
          >
            {t('column.showMore', { column: statuses(column.status) })}
          </Link>
        </p>
      ) : null,
  });
  const shown = board.columns.filter((column) => column.status !== IdeaStatus.DISCONTINUED);
  const discontinued = board.columns.find((column) => column.status === IdeaStatus.DISCONTINUED);

  return (
    <div>
      <h1 className="text-3xl font-extrabold text-brand">{t('title')}</h1>
      <p className="mt-1">{t('intro')}</p>
      {!board.canManage && <p className="mt-1 text-muted">{t('readOnly')}</p>}

      <nav aria-label={t('viewsLabel')} className="mt-4">
        <ul className="flex flex-wrap gap-2">
          {(['all', 'now', 'implemented'] as const).map((view) => (
            <li key={view}>
              <Link
                href={boardHref({ ...query, view: view === 'all' ? undefined : view })}
                aria-current={filters.view === view ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center rounded px-3 font-semibold ${filters.view === view ? 'bg-brand text-white' : 'border border-line bg-white text-brand'}`}
              >
                {t(`views.${view}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <form method="get" aria-labelledby="board-filters" className="mt-4 rounded-lg bg-surface p-4">
        {filters.view !== 'all' && <input type="hidden" name="view" value={filters.view} />}
        <details open={activeFilters > 0}>
          <summary id="board-filters" className="min-h-11 cursor-pointer py-2 font-semibold text-brand">
            {t('filters.heading')}
            {activeFilters > 0 && ` (${t('filters.active', { count: activeFilters })})`}
          </summary>
          <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            <div>
              <label htmlFor="board-department" className="font-semibold">
                {t('filters.department')}
              </label>
              <select id="board-department" name="department" defaultValue={filters.department ?? ''} className={field}>
                <option value="">{t('filters.allDepartments')}</option>
                {departments.map((department) => (
                  <option key={department.id} value={department.id}>
                    {department.name}
                  </option>
                ))}
              </select>
            </div>
            {(
              [
                ['mine', t('filters.mine')],
                ['overdue', t('filters.overdue')],
                ['stalled', t('filters.stalled', { days: stalledAfterDays })],
              ] as const
            ).map(([name, label]) => (
              <label key={name} className="flex min-h-11 items-center gap-2 self-end">
                <input type="checkbox" name={name} value="1" defaultChecked={filters[name]} className="size-5" />
                {label}
              </label>
            ))}
          </div>
          {filters.owner && (
            <p className="mt-3 flex flex-wrap items-center gap-3">
              <input type="hidden" name="owner" value={filters.owner} />
              <span>{t('filters.owner', { name: board.ownerName ?? '' })}</span>
              <Link
                href={boardHref({ ...query, owner: undefined })}
                className="text-brand underline underline-offset-4"
              >
                {t('filters.removeOwner')}
              </Link>
            </p>
          )}
          <div className="mt-3 flex flex-wrap items-center gap-4">
            <button type="submit" className="min-h-11 rounded bg-brand px-4 font-semibold text-white">
              {t('filters.apply')}
            </button>
            {activeFilters > 0 && (
              <Link href={boardHref({ view: query.view })} className="text-brand underline underline-offset-4">
                {t('filters.clear')}
              </Link>
            )}
          </div>
        </details>
      </form>

      <p role="status" className={notice ? 'mt-4 rounded bg-sky-50 px-3 py-2 font-semibold' : 'sr-only'}>
        {notice &&
          (notice.outcome === 'done'
            ? t('move.done', { column: statuses(notice.stage) })
            : t('move.conflict', { column: statuses(notice.stage) }))}
      </p>

      <NextIntlClientProvider
        messages={clientMessages(messages, [
          'accelerator.board',
          'accelerator.evaluation.blockers',
          'status',
          'errors',
          'validation',
          'forms',
        ])}
      >
        <Board columns={shown.map(columnItem)} back={back} />
        {discontinued && (
          <details className="mt-6" open={discontinued.cards.length > 0}>
            <summary className="min-h-11 cursor-pointer py-2 text-lg font-bold">
              {t('discontinued', { count: discontinued.total })}
            </summary>
            <ol className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
              {discontinued.cards.map((card) => (
                <li key={card.id}>
                  <article aria-labelledby={`card-${card.id}`} className="rounded-lg border border-line bg-white p-3">
                    {cardContent(card)}
                  </article>
                </li>
              ))}
            </ol>
            {columnItem(discontinued).footer}
          </details>
        )}
      </NextIntlClientProvider>
    </div>
  );
}

/** The answer to a move, read from the URL the move returned to (moveCardAction). */
function moveNotice(raw: SearchParams): { outcome: 'done' | 'conflict'; stage: IdeaStatus } | null {
  const outcome = firstValue(raw, 'outcome');
  const stage = firstValue(raw, 'stage');
  if ((outcome !== 'done' && outcome !== 'conflict') || !stage) return null;
  const status = statusFromSql(stage.toLowerCase());
  return Object.values(IdeaStatus).includes(status) ? { outcome, stage: status } : null;
}
