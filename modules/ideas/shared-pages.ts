import type pg from 'pg';
import type { PlainReaderCheck, SharedPagePolicy } from '@/modules/platform/page-cache/policy';

/**
 * Who sees an idea page exactly as the stored `member` version shows it: an active employee with no
 * other role (`sessionHolder`) who is not among the idea's people (`ideaPeople`). Anyone else —
 * moderators, managers, HR, the idea's own people, its evaluators — gets the page rendered for them.
 *
 * The member version shows nothing a signed-out reader could not read, so this check decides only
 * whose page is right, never who may see what (decision 0008): the store may trust a holder answer
 * for a short while (a session that has lately ended or a role just changed at most gets forms whose
 * actions ask for themselves), and keeps an idea's people until a change notice names the idea.
 */
export const plainIdeaReader: PlainReaderCheck = { holderOf: sessionHolder, peopleOf: ideaPeople };

/**
 * Which ideas pages the page store may share between readers (docs/decisions/0008). Only what is
 * named here is ever stored: a new list parameter is rendered for each reader until it is added
 * to `sharedParameters`, so never add one that depends on who is reading (mine, voted, following).
 */
export const ideasSharedPages: SharedPagePolicy = {
  name: 'ideas',
  pages: [
    // The front page's trending and recently implemented ideas, and its count of this year's implemented ones.
    { path: /^\/$/, dependsOn: 'listing', sharedParameters: [], signedIn: 'same', changesAt: nextHelsinkiYear },
    // The list with its search, filters, sort and position; a search or a later page is often read once.
    {
      path: /^\/ideas$/,
      dependsOn: 'listing',
      sharedParameters: ['q', 'status', 'category', 'department', 'sort', 'after'],
      oneOffParameters: ['q', 'after'],
      signedIn: 'same',
    },
    // `saved` is the author's own "your idea was saved" message: never shared.
    {
      path: /^\/ideas\/(?<id>\d+)-[^/]+$/,
      dependsOn: 'item',
      sharedParameters: [],
      signedIn: 'member',
      plainReader: plainIdeaReader,
    },
  ],
};

/**
 * Midnight of the next 1 January in Helsinki, when "implemented this year" starts again from nought
 * (January is always winter time there, UTC+2). Dates on shared pages are days, never "3 minutes
 * ago", so this is the only moment the clock alone changes one.
 */
export function nextHelsinkiYear(now: Date): Date {
  const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Helsinki', year: 'numeric' }).format(now));
  return new Date(Date.UTC(year + 1, 0, 1) - 2 * 60 * 60 * 1000);
}

/** The holder of a valid session if they are an active employee with no other role; else null. */
export async function sessionHolder(pool: pg.Pool, sessionToken: string): Promise<string | null> {
  const { rows } = await pool.query<{ id: string }>(
    `SELECT u.id
       FROM sessions s
       JOIN users u ON u.id = s.user_id
      WHERE s.session_token = $1
        AND s.expires > now()
        AND u.active
        AND u.roles = ARRAY['employee']::role[]`,
    [sessionToken],
  );
  return rows[0]?.id ?? null;
}

/**
 * Everyone with a part in the idea: its author, (invited) co-authors, commenters and invited
 * evaluators (who find the link to their scorecard on the page). Each of these tables announces the
 * idea's id on every change (migrations page_change_notifications and accelerator; the ideas
 * trigger covers author_id), which is what lets the store keep this list until then.
 */
export async function ideaPeople(pool: pg.Pool, ideaId: number): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(
    `SELECT author_id AS id FROM ideas WHERE id = $1
     UNION SELECT user_id FROM idea_co_authors WHERE idea_id = $1
     UNION SELECT author_id FROM comments WHERE idea_id = $1
     UNION SELECT evaluator_id FROM evaluations WHERE idea_id = $1`,
    [ideaId],
  );
  return rows.map((row) => row.id);
}
