import { z } from 'zod';
import { can, type Actor } from '@/modules/access/permissions';
import type { AppLocale } from '@/modules/i18n/locales';
import { Prisma, type Database } from '@/modules/platform/db/client';
import { plainExcerpt } from './excerpt';
import { buildTextQueries, highlightEnd, highlightStart, searchConfig } from './search';
import { publicStatuses, sqlStatuses, statusFromSql, type PublicStatus } from './status';

export const PAGE_SIZE = 20;

export const ideaSorts = ['trending', 'votes', 'newest', 'discussed'] as const;
export type IdeaSort = (typeof ideaSorts)[number];

/** The list's state, as it appears in the URL (`/ideas?q=…&status=…&sort=…`). */
export const ideaListParams = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  status: z.enum(publicStatuses).optional().catch(undefined),
  category: z.uuid().optional().catch(undefined),
  department: z.uuid().optional().catch(undefined),
  mine: z.literal('1').optional().catch(undefined),
  voted: z.literal('1').optional().catch(undefined),
  following: z.literal('1').optional().catch(undefined),
  sort: z.enum(ideaSorts).optional().catch(undefined),
  after: z.string().max(200).optional().catch(undefined),
});
export type IdeaListParams = z.infer<typeof ideaListParams>;

export interface IdeaListItem {
  id: number;
  title: string;
  /** With highlight marks (search.ts) when the list is a search. */
  titleHighlighted: string | null;
  excerpt: string;
  status: PublicStatus;
  authorName: string | null;
  categoryName: string | null;
  publishedAt: Date | null;
  voteCount: number;
  commentCount: number;
  expectedSavingsEur: number | null;
}

interface Cursor {
  /** The sort key of the last row shown (a number, or an ISO time for "newest"). */
  key?: number | string;
  id?: number;
  /** Search results page by position: relevance is not a stable column. */
  offset?: number;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(text: string | undefined): Cursor | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null ? (value as Cursor) : null;
  } catch {
    return null;
  }
}

const sortColumn: Record<IdeaSort, Prisma.Sql> = {
  trending: Prisma.sql`i.trending_score`,
  votes: Prisma.sql`i.vote_count`,
  newest: Prisma.sql`i.published_at`,
  discussed: Prisma.sql`i.comment_count`,
};

interface Row {
  id: number;
  title: string;
  body: string;
  status: string;
  anonymous: boolean;
  author_id: string;
  author_name: string;
  category_fi: string | null;
  category_sv: string | null;
  category_en: string | null;
  published_at: Date | null;
  vote_count: number;
  comment_count: number;
  expected_savings_eur: Prisma.Decimal | null;
  sort_key: number | Date | null;
  title_highlighted?: string | null;
  body_highlighted?: string | null;
}

/**
 * Published ideas with filters, a sort and keyset ("after this row") pagination, or a full-text
 * search ranked by relevance in the reader's language with the other two as fallback, across
 * titles, descriptions and comments.
 */
export async function listIdeas(db: Database, actor: Actor | null, params: IdeaListParams, locale: AppLocale) {
  const sort = params.sort ?? (params.q ? undefined : 'trending');
  const conditions: Prisma.Sql[] = [Prisma.sql`i.status::text = ANY(${sqlStatuses(params.status ? [params.status] : publicStatuses)})`, Prisma.sql`i.published_at IS NOT NULL`];
  if (params.category) conditions.push(Prisma.sql`i.category_id = ${params.category}::uuid`);
  if (params.department) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM idea_departments d WHERE d.idea_id = i.id AND d.department_id = ${params.department}::uuid)`);
  if (actor) {
    if (params.mine) conditions.push(Prisma.sql`(i.author_id = ${actor.id}::uuid OR EXISTS (SELECT 1 FROM idea_co_authors c WHERE c.idea_id = i.id AND c.user_id = ${actor.id}::uuid AND c.confirmed_at IS NOT NULL))`);
    if (params.voted) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM votes v WHERE v.idea_id = i.id AND v.user_id = ${actor.id}::uuid)`);
    if (params.following) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM idea_follows f WHERE f.idea_id = i.id AND f.user_id = ${actor.id}::uuid)`);
  } else if (params.mine || params.voted || params.following) {
    return { items: [], next: null };
  }

  const cursor = decodeCursor(params.after);
  const queries = params.q ? await buildTextQueries(db, params.q) : null;
  if (params.q && !queries) return { items: [], next: null };

  let rows: Row[];
  let next: string | null = null;
  const select = Prisma.sql`
    i.id, i.title, i.body, i.status::text AS status, i.anonymous, i.author_id, u.name AS author_name,
    c.name_fi AS category_fi, c.name_sv AS category_sv, c.name_en AS category_en,
    i.published_at, i.vote_count, i.comment_count, i.expected_savings_eur`;
  const from = Prisma.sql`ideas i JOIN users u ON u.id = i.author_id LEFT JOIN categories c ON c.id = i.category_id`;

  if (queries) {
    const own = locale;
    const config = searchConfig[own];
    const offset = Math.max(0, Math.min(Number(cursor?.offset ?? 0) || 0, 2000));
    const order = sort ? Prisma.sql`${sortColumn[sort]} DESC NULLS LAST, i.id DESC` : Prisma.sql`rank DESC, i.id DESC`;
    const matches = Prisma.sql`(i.search_fi @@ q.fi OR i.search_sv @@ q.sv OR i.search_en @@ q.en
      OR i.id IN (SELECT cm.idea_id FROM comments cm WHERE cm.deleted_at IS NULL AND (cm.search_fi @@ q.fi OR cm.search_sv @@ q.sv OR cm.search_en @@ q.en)))`;
    rows = await db.$queryRaw<Row[]>`
      WITH q AS (SELECT to_tsquery('simple', ${queries.fi}) AS fi, to_tsquery('simple', ${queries.sv}) AS sv, to_tsquery('simple', ${queries.en}) AS en),
      page AS (
        SELECT ${select}, ${sort ? sortColumn[sort] : Prisma.sql`NULL::double precision`} AS sort_key,
          ts_rank(${Prisma.raw(`i.search_${own}`)}, ${Prisma.raw(`q.${own}`)}) * 2 + ts_rank(i.search_fi, q.fi) + ts_rank(i.search_sv, q.sv) + ts_rank(i.search_en, q.en) AS rank
        FROM ${from}, q
        WHERE ${Prisma.join(conditions, ' AND ')} AND ${matches}
        ORDER BY ${order}
        LIMIT ${PAGE_SIZE + 1} OFFSET ${offset}
      )
      SELECT page.*,
        ts_headline(${config}::regconfig, page.title, ${Prisma.raw(`q.${own}`)}, ${`StartSel=${highlightStart}, StopSel=${highlightEnd}, HighlightAll=true`}) AS title_highlighted,
        ts_headline(${config}::regconfig, page.body, ${Prisma.raw(`q.${own}`)}, ${`StartSel=${highlightStart}, StopSel=${highlightEnd}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`}) AS body_highlighted
      FROM page, q
      ORDER BY ${sort ? Prisma.sql`page.sort_key DESC NULLS LAST, page.id DESC` : Prisma.sql`page.rank DESC, page.id DESC`}`;
    if (rows.length > PAGE_SIZE) next = encodeCursor({ offset: offset + PAGE_SIZE });
  } else {
    const column = sortColumn[sort ?? 'trending'];
    const keyset: Prisma.Sql[] = [];
    if (cursor?.id !== undefined && cursor.key !== undefined) {
      const key = sort === 'newest' ? Prisma.sql`${new Date(String(cursor.key))}::timestamptz` : Prisma.sql`${Number(cursor.key)}`;
      keyset.push(Prisma.sql`(${column}, i.id) < (${key}, ${Number(cursor.id)})`);
    }
    rows = await db.$queryRaw<Row[]>`
      SELECT ${select}, ${column} AS sort_key
      FROM ${from}
      WHERE ${Prisma.join([...conditions, ...keyset], ' AND ')}
      ORDER BY ${column} DESC, i.id DESC
      LIMIT ${PAGE_SIZE + 1}`;
    const last = rows[PAGE_SIZE - 1];
    if (rows.length > PAGE_SIZE && last) {
      next = encodeCursor({ key: last.sort_key instanceof Date ? last.sort_key.toISOString() : Number(last.sort_key), id: last.id });
    }
  }

  const seesHiddenAuthors = can(actor, 'idea.see-anonymous-author');
  const items: IdeaListItem[] = rows.slice(0, PAGE_SIZE).map((row) => ({
    id: row.id,
    title: row.title,
    titleHighlighted: row.title_highlighted ?? null,
    excerpt: row.body_highlighted ? plainExcerpt(row.body_highlighted, 260) : plainExcerpt(row.body),
    status: statusFromSql(row.status) as PublicStatus,
    authorName: row.anonymous && !seesHiddenAuthors && row.author_id !== actor?.id ? null : row.author_name,
    categoryName: row.category_fi === null ? null : { fi: row.category_fi, sv: row.category_sv!, en: row.category_en! }[locale],
    publishedAt: row.published_at,
    voteCount: row.vote_count,
    commentCount: row.comment_count,
    expectedSavingsEur: row.expected_savings_eur === null ? null : Number(row.expected_savings_eur),
  }));
  return { items, next };
}

/**
 * Up to five published ideas like the title being typed: words in any language (any of them,
 * prefix-matched on stems) or a similar-looking title (trigrams), best first.
 */
export async function similarIdeas(db: Database, title: string, excludeId?: number) {
  const queries = await buildTextQueries(db, title, false);
  if (!queries) return [];
  const rows = await db.$queryRaw<{ id: number; title: string; vote_count: number; status: string }[]>`
    WITH q AS (SELECT to_tsquery('simple', ${queries.fi}) AS fi, to_tsquery('simple', ${queries.sv}) AS sv, to_tsquery('simple', ${queries.en}) AS en)
    SELECT i.id, i.title, i.vote_count, i.status::text AS status
    FROM ideas i, q
    WHERE i.status::text = ANY(${sqlStatuses(publicStatuses)}) AND i.id <> ${excludeId ?? 0}
      AND (i.search_fi @@ q.fi OR i.search_sv @@ q.sv OR i.search_en @@ q.en OR i.title % ${title})
    ORDER BY ts_rank(i.search_fi, q.fi) + ts_rank(i.search_sv, q.sv) + ts_rank(i.search_en, q.en) + similarity(i.title, ${title}) DESC, i.vote_count DESC
    LIMIT 5`;
  return rows.map((row) => ({ id: row.id, title: row.title, voteCount: row.vote_count, status: statusFromSql(row.status) }));
}
