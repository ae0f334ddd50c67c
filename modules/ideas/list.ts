import { z } from 'zod';
import type { Actor } from '@/modules/access/permissions';
import { isAppLocale, type AppLocale } from '@/modules/i18n/locales';
import { Prisma, type Database } from '@/modules/platform/db/client';
import { plainExcerpt } from './excerpt';
import { ownedBySql } from './ownership';
import type { IdeaSummary } from './queries';
import { buildTextQueries, highlightEnd, highlightStart, type TextQueries } from './search';
import { publicStatuses, sqlStatuses, statusFromSql } from './status';

export const PAGE_SIZE = 20;

/** Up to this many matches are ranked by relevance; beyond it, the list's own order applies. */
const CANDIDATE_CAP = 300;
/** Words estimated to match at least this share of ideas are shown in the list's order at once. */
const COMMON_SHARE = 0.02;
/** How far such a walk reads the list's order before it gives up and collects the matches instead. */
const WALK_ROWS = 3000;
/** Up to this many text matches are collected and put in the list's order; more are paged by walking it. */
const COLLECT_CAP = 3000;
/** How long the index statistics (refreshed by PostgreSQL's ANALYZE) are reused. */
const STATISTICS_MS = 10 * 60_000;

export const ideaSorts = ['trending', 'votes', 'newest', 'discussed'] as const;
export type IdeaSort = (typeof ideaSorts)[number];

/** The list's state, as it appears in the URL (`/ideas?q=…&status=…&sort=…`). */
export const ideaListParams = z
  .object({
    q: z.string().trim().max(200).optional().catch(undefined),
    status: z.enum(publicStatuses).optional().catch(undefined),
    category: z.uuid().optional().catch(undefined),
    department: z.uuid().optional().catch(undefined),
    mine: z.literal('1').optional().catch(undefined),
    voted: z.literal('1').optional().catch(undefined),
    following: z.literal('1').optional().catch(undefined),
    sort: z.enum(ideaSorts).optional().catch(undefined),
    after: z.string().max(200).optional().catch(undefined),
  })
  .transform((params) => ({ ...params, after: cursorFits(params) ? params.after : undefined }));
export type IdeaListParams = Omit<z.infer<typeof ideaListParams>, 'after'> & {
  after?: string;
  /** Only the ideas posted into this campaign (its id); anything but a campaign's id lists none. */
  campaign?: string;
};

const campaignId = z.uuid();

/** The column a keyset cursor continues: the chosen sort, else newest for "my ideas", else trending. */
function keysetSort(params: { sort?: IdeaSort; q?: string; mine?: '1' }): IdeaSort {
  return params.sort ?? (params.mine && !params.q ? 'newest' : 'trending');
}

/** A crafted `after=` (not one this list wrote, or not for this sort) is dropped: the first page is shown. */
function cursorFits(params: { sort?: IdeaSort; q?: string; mine?: '1'; after?: string }): boolean {
  const cursor = decodeCursor(params.after);
  return cursor !== null && ('offset' in cursor || sortKey(keysetSort(params), cursor.key) !== null);
}

/** A list row; the title carries highlight marks (search.ts) when the list is a search. */
export interface IdeaListItem extends IdeaSummary {
  titleHighlighted: string | null;
}

/** A page cursor as the list writes it: the last row's sort key and id, or a search's position. */
const cursorSchema = z.union([
  z.strictObject({
    /** A number, or an ISO time for "newest"; checked against the sort when used (keysetCondition). */
    key: z.union([z.number(), z.iso.datetime({ offset: true })]),
    id: z.int().min(0).max(2_147_483_647),
  }),
  /** Search results page by position: relevance is not a stable column. */
  z.strictObject({ offset: z.int().min(0).max(CANDIDATE_CAP) }),
]);
type Cursor = z.infer<typeof cursorSchema>;

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** The cursor in `after=`, or null for anything the list did not write (then the first page is shown). */
function decodeCursor(text: string | undefined): Cursor | null {
  if (!text || !/^[\w-]+$/.test(text)) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The three languages' columns together: the expression of the `*_search_all_idx` indexes (search migration). */
const ideaText = Prisma.sql`(i.search_fi || i.search_sv || i.search_en)`;
const commentText = Prisma.sql`(cm.search_fi || cm.search_sv || cm.search_en)`;

/**
 * Each language's search column and query as fixed SQL. The locale comes from the address, so it
 * only picks an entry here and is never part of SQL; anything unknown searches as Finnish.
 */
const searchLanguages: Record<
  AppLocale,
  { vector: Prisma.Sql; query: Prisma.Sql; config: 'finnish' | 'swedish' | 'english' }
> = {
  fi: { vector: Prisma.sql`i.search_fi`, query: Prisma.sql`q.fi`, config: 'finnish' },
  sv: { vector: Prisma.sql`i.search_sv`, query: Prisma.sql`q.sv`, config: 'swedish' },
  en: { vector: Prisma.sql`i.search_en`, query: Prisma.sql`q.en`, config: 'english' },
};

function searchLanguage(locale: string) {
  return isAppLocale(locale) ? searchLanguages[locale] : searchLanguages.fi;
}

let lexemeStatistics: { readAt: number; frequencies: Map<string, number> } | null = null;

/**
 * The share of ideas the words are estimated to match, from the all-language index's statistics
 * (the most common lexemes and their frequencies, as PostgreSQL's planner knows them): a word is
 * as common as its most common alternative, words are taken as independent. A word outside the
 * common lexemes makes the query rare (0).
 */
async function estimatedShare(db: Database, words: TextQueries['words']): Promise<number> {
  if (!lexemeStatistics || Date.now() - lexemeStatistics.readAt > STATISTICS_MS) {
    const rows = await db.$queryRaw<{ lexeme: string | null; frequency: number | null }[]>`
      SELECT m.lexeme, m.frequency FROM pg_stats s,
        unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS m(lexeme, frequency)
      WHERE s.schemaname = current_schema() AND s.tablename = 'ideas_search_all_idx'`;
    const frequencies = new Map(
      rows.flatMap((row) => (row.lexeme && row.frequency !== null ? [[row.lexeme, row.frequency] as const] : [])),
    );
    lexemeStatistics = { readAt: Date.now(), frequencies };
  }
  const common = [...lexemeStatistics.frequencies];
  return words.reduce((share, word) => {
    const frequencies = common.filter(
      ([lexeme]) => word.exact.includes(lexeme) || word.prefixes.some((prefix) => lexeme.startsWith(prefix)),
    );
    return share * Math.max(0, ...frequencies.map(([, frequency]) => frequency));
  }, 1);
}

/** A cursor's sort key as SQL, if it has the sort column's type (else the cursor is ignored). */
function sortKey(sort: IdeaSort, key: number | string): Prisma.Sql | null {
  if (sort === 'newest') {
    const time = typeof key === 'string' ? new Date(key) : null;
    return time && !Number.isNaN(time.getTime()) ? Prisma.sql`${time}::timestamptz` : null;
  }
  if (typeof key !== 'number' || !Number.isFinite(key)) return null;
  // Votes and comments are integer columns; trending is a double.
  if (sort !== 'trending' && !(Number.isInteger(key) && Math.abs(key) <= 2_147_483_647)) return null;
  return Prisma.sql`${key}`;
}

const publicSortColumn: Record<IdeaSort, Prisma.Sql> = {
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
  // "My ideas" is also where authors find their drafts and ideas in moderation: every state, newest first.
  const mine = Boolean(params.mine && actor);
  const sort = params.sort ?? (params.q ? undefined : mine ? 'newest' : 'trending');
  const sortColumn: Record<IdeaSort, Prisma.Sql> = {
    ...publicSortColumn,
    newest: mine ? Prisma.sql`i.created_at` : publicSortColumn.newest,
  };
  const conditions: Prisma.Sql[] = mine
    ? params.status
      ? [Prisma.sql`i.status::text = ANY(${sqlStatuses([params.status])})`]
      : []
    : [
        Prisma.sql`i.status::text = ANY(${sqlStatuses(params.status ? [params.status] : publicStatuses)})`,
        Prisma.sql`i.published_at IS NOT NULL`,
      ];
  if (params.campaign !== undefined) {
    // Fails closed: a campaign filter that names no campaign lists nothing, never every idea.
    if (!campaignId.safeParse(params.campaign).success) return { items: [], next: null };
    conditions.push(Prisma.sql`i.campaign_id = ${params.campaign}::uuid`);
  }
  if (params.category) conditions.push(Prisma.sql`i.category_id = ${params.category}::uuid`);
  if (params.department)
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM idea_departments d WHERE d.idea_id = i.id AND d.department_id = ${params.department}::uuid)`,
    );
  if (actor) {
    if (params.mine) conditions.push(ownedBySql(actor.id));
    if (params.voted)
      conditions.push(
        Prisma.sql`EXISTS (SELECT 1 FROM votes v WHERE v.idea_id = i.id AND v.user_id = ${actor.id}::uuid)`,
      );
    if (params.following)
      conditions.push(
        Prisma.sql`EXISTS (SELECT 1 FROM idea_follows f WHERE f.idea_id = i.id AND f.user_id = ${actor.id}::uuid)`,
      );
  } else if (params.mine || params.voted || params.following) {
    return { items: [], next: null };
  }

  const cursor = decodeCursor(params.after);
  const queries = params.q ? await buildTextQueries(db, params.q) : null;
  // No idea and no comment holds every word (search_lexemes): nothing to look for.
  if (params.q && !queries?.allIndexed) return { items: [], next: null };

  const select = Prisma.sql`
    i.id, i.title, i.body, i.status::text AS status, i.anonymous, i.author_id, u.name AS author_name,
    c.name_fi AS category_fi, c.name_sv AS category_sv, c.name_en AS category_en,
    i.published_at, i.vote_count, i.comment_count, i.expected_savings_eur`;
  const from = Prisma.sql`ideas i JOIN users u ON u.id = i.author_id LEFT JOIN categories c ON c.id = i.category_id`;
  /**
   * A page in the list's order after the cursor. `walk` walks the order's index testing each row
   * (for very many matches), `bounded` does so over the next WALK_ROWS ideas only.
   */
  const keysetPage = async (extra: Prisma.Sql[], plan: 'planner' | 'walk' | 'bounded') => {
    const column = sortColumn[sort ?? 'trending'];
    const key = cursor && 'key' in cursor ? sortKey(keysetSort(params), cursor.key) : null;
    const keyset = key && cursor && 'id' in cursor ? [Prisma.sql`(${column}, i.id) < (${key}, ${cursor.id})`] : [];
    const query =
      plan === 'bounded'
        ? db.$queryRaw<Row[]>`
          SELECT ${select}, ${column} AS sort_key
          FROM (SELECT i.* FROM ideas i WHERE ${Prisma.join([...conditions, ...keyset], ' AND ')} ORDER BY ${column} DESC, i.id DESC LIMIT ${WALK_ROWS}) i
            JOIN users u ON u.id = i.author_id LEFT JOIN categories c ON c.id = i.category_id
          WHERE ${Prisma.join(extra, ' AND ')}
          ORDER BY ${column} DESC, i.id DESC
          LIMIT ${PAGE_SIZE + 1}`
        : db.$queryRaw<Row[]>`
          SELECT ${select}, ${column} AS sort_key
          FROM ${from}
          WHERE ${Prisma.join([...conditions, ...extra, ...keyset], ' AND ')}
          ORDER BY ${column} DESC, i.id DESC
          LIMIT ${PAGE_SIZE + 1}`;
    // Matches are so many that walking the sort order's index and testing each row finds a page
    // at once; the planner, misjudging prefix matches, would otherwise fetch and sort them all.
    const found =
      plan !== 'planner'
        ? (
            await db.$transaction([
              db.$executeRaw`SET LOCAL enable_bitmapscan = off`,
              db.$executeRaw`SET LOCAL enable_seqscan = off`,
              db.$executeRaw`SET LOCAL enable_sort = off`,
              query,
            ])
          )[3]
        : await query;
    const last = found[PAGE_SIZE - 1];
    const next =
      found.length > PAGE_SIZE && last
        ? encodeCursor({
            key: last.sort_key instanceof Date ? last.sort_key.toISOString() : Number(last.sort_key),
            id: last.id,
          })
        : null;
    return { rows: found, next };
  };

  let rows: Row[];
  let next: string | null = null;
  if (queries?.allIndexed) {
    const own = searchLanguage(locale);
    // Materialized: the planner then cannot see how common the words are and always reads the text
    // indexes, which bound the work by the matches; a guess of "very common" would read the whole
    // table hoping to find enough rows early, and take seconds when the words never meet.
    const q = Prisma.sql`q AS MATERIALIZED (SELECT to_tsquery('simple', ${queries.fi}) AS fi, to_tsquery('simple', ${queries.sv}) AS sv,
      to_tsquery('simple', ${queries.en}) AS en, to_tsquery('simple', ${queries.all}) AS every_language,
      ${queries.allIndexed}::tsquery AS every_language_indexed, ${queries.allExact}::tsquery AS every_language_exact)`;
    // Ideas the reader may see with a visible comment that has the words (their forms, no prefixes),
    // at most CANDIDATE_CAP: a hidden comment must not reveal which idea it is on.
    const where = Prisma.join(conditions, ' AND ');
    const commentMatches = !queries.allExact
      ? []
      : // Through the comments' index first (materialized, so the planner cannot start from the ideas).
        (
          await db.$queryRaw<{ id: number }[]>`
        WITH ${q}, matching AS MATERIALIZED (
          SELECT cm.idea_id FROM comments cm, q
          WHERE ${commentText} @@ q.every_language_exact AND cm.deleted_at IS NULL AND cm.hidden_at IS NULL
          LIMIT ${CANDIDATE_CAP * 2})
        SELECT i.id FROM matching m JOIN ideas i ON i.id = m.idea_id WHERE ${where} LIMIT ${CANDIDATE_CAP}`
        ).map((row) => row.id);
    const matches = Prisma.sql`(${ideaText} @@ ${queries.allIndexed}::tsquery OR i.id = ANY(${commentMatches}))`;

    let page: Row[] | null = null;
    // Words common enough (by PostgreSQL's statistics) are shown in the list's order: the first
    // ideas of that order hold a page of them, found without collecting every match.
    if (!(cursor && 'offset' in cursor) && (await estimatedShare(db, queries.words)) >= COMMON_SHARE) {
      const walked = await keysetPage([matches], 'bounded');
      if (walked.rows.length > PAGE_SIZE) ({ rows: page, next } = walked);
    }
    if (!page) {
      // The ideas the reader may see whose text matches, at most COLLECT_CAP + 1: one scan of the
      // all-language index for exact lexemes and a bounded number of rows, however common the words are.
      const textMatches = (
        await db.$queryRaw<{ id: number }[]>`
          WITH ${q} SELECT i.id FROM ideas i, q WHERE ${ideaText} @@ q.every_language_indexed AND ${where} LIMIT ${COLLECT_CAP + 1}`
      ).map((row) => row.id);
      const ids = [...new Set([...textMatches, ...commentMatches])];
      if (ids.length === 0) return { items: [], next: null };
      const textMatchesCapped = textMatches.length >= CANDIDATE_CAP;
      const commentMatchesCapped = commentMatches.length >= CANDIDATE_CAP;
      if (!textMatchesCapped && !commentMatchesCapped && !(cursor && 'key' in cursor)) {
        // Few enough to rank them all: a match in the reader's language counts extra.
        const offset = cursor && 'offset' in cursor ? cursor.offset : 0;
        const order = sort
          ? Prisma.sql`${sortColumn[sort]} DESC NULLS LAST, i.id DESC`
          : Prisma.sql`rank DESC, i.vote_count DESC, i.id DESC`;
        page = await db.$queryRaw<Row[]>`
          WITH ${q}
          SELECT ${select}, NULL AS sort_key, ts_rank(${own.vector}, ${own.query}) + ts_rank(${ideaText}, q.every_language) AS rank
          FROM ${from}, q
          WHERE i.id = ANY(${ids}) AND ${where}
          ORDER BY ${order}
          LIMIT ${PAGE_SIZE + 1} OFFSET ${offset}`;
        if (page.length > PAGE_SIZE) next = encodeCursor({ offset: offset + PAGE_SIZE });
      } else if (textMatches.length > COLLECT_CAP) {
        // Too many to rank: the list's own order (trending unless chosen), filtered by the words.
        // More than COLLECT_CAP visible ideas match, so walking the order's index finds a page soon.
        ({ rows: page, next } = await keysetPage([matches], 'walk'));
      } else {
        // Too many to rank but all of them found (or many comments match, or a later page): the
        // list's own order among the ideas found (walking the index for them would read far).
        // The same ideas as walking the order with `matches`: the text matches here are all of them.
        ({ rows: page, next } = await keysetPage([Prisma.sql`i.id = ANY(${ids})`], 'planner'));
      }
    }
    const shown = page.slice(0, PAGE_SIZE);
    const highlights = shown.length
      ? await db.$queryRaw<{ id: number; title_highlighted: string; body_highlighted: string }[]>`
          WITH ${q}
          SELECT i.id,
            ts_headline(${own.config}::regconfig, i.title, ${own.query}, ${`StartSel=${highlightStart}, StopSel=${highlightEnd}, HighlightAll=true`}) AS title_highlighted,
            ts_headline(${own.config}::regconfig, i.body, ${own.query}, ${`StartSel=${highlightStart}, StopSel=${highlightEnd}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`}) AS body_highlighted
          FROM ideas i, q WHERE i.id = ANY(${shown.map((row) => row.id)})`
      : [];
    const byId = new Map(highlights.map((highlight) => [highlight.id, highlight]));
    rows = shown.map((row) => ({
      ...row,
      title_highlighted: byId.get(row.id)?.title_highlighted ?? null,
      body_highlighted: byId.get(row.id)?.body_highlighted ?? null,
    }));
  } else {
    ({ rows, next } = await keysetPage([], 'planner'));
  }

  // A list is the same page for every reader unless it is personal (mine, voted, following), so
  // that it can be served from the page store (decision 0008): hidden names stay hidden in it even
  // for moderators and HR, who see them on the idea page. One's own list names oneself.
  const personal = mine || Boolean(params.voted && actor) || Boolean(params.following && actor);
  const items: IdeaListItem[] = rows.slice(0, PAGE_SIZE).map((row) => ({
    id: row.id,
    title: row.title,
    titleHighlighted: row.title_highlighted ?? null,
    excerpt: row.body_highlighted ? plainExcerpt(row.body_highlighted, 260) : plainExcerpt(row.body),
    status: statusFromSql(row.status),
    authorName: row.anonymous && !(personal && row.author_id === actor?.id) ? null : row.author_name,
    categoryName:
      row.category_fi === null
        ? null
        : { fi: row.category_fi, sv: row.category_sv!, en: row.category_en! }[isAppLocale(locale) ? locale : 'fi'],
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
    WITH q AS (SELECT to_tsquery('simple', ${queries.all}) AS every_language, ${queries.allIndexed}::tsquery AS indexed)
    SELECT i.id, i.title, i.vote_count, i.status::text AS status
    FROM ideas i, q
    WHERE i.status::text = ANY(${sqlStatuses(publicStatuses)}) AND i.id <> ${excludeId ?? 0}
      AND (${ideaText} @@ q.indexed OR i.title % ${title})
    ORDER BY ts_rank(${ideaText}, q.every_language) + similarity(i.title, ${title}) DESC, i.vote_count DESC
    LIMIT 5`;
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    voteCount: row.vote_count,
    status: statusFromSql(row.status),
  }));
}
