import type pg from 'pg';
import type { SharedPagePolicy } from '@/modules/platform/page-cache/policy';

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
    { path: /^\/ideas\/(?<id>\d+)-[^/]+$/, dependsOn: 'item', sharedParameters: [], signedIn: 'member', isPlainReader },
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

/**
 * Whether the holder of this session token sees an idea page exactly as the stored `member`
 * version shows it: an active employee with no other role, who is not the idea's author or an
 * (invited) co-author, has not commented on it and is not invited to evaluate it. Anyone else —
 * moderators, managers, HR, the idea's own people, its evaluators — gets the page rendered for them.
 *
 * The member version shows nothing a signed-out reader could not read, so this check decides only
 * whose page is right, never who may see what: a session that has lately expired at most gets forms
 * whose actions then ask them to sign in (every action authenticates for itself).
 */
export async function isPlainReader(pool: pg.Pool, sessionToken: string, ideaId: number): Promise<boolean> {
  const { rowCount } = await pool.query(
    `SELECT 1
       FROM sessions s
       JOIN users u ON u.id = s.user_id
      WHERE s.session_token = $1
        AND s.expires > now()
        AND u.active
        AND u.roles = ARRAY['employee']::role[]
        AND NOT EXISTS (SELECT 1 FROM ideas i WHERE i.id = $2 AND i.author_id = u.id)
        AND NOT EXISTS (SELECT 1 FROM idea_co_authors c WHERE c.idea_id = $2 AND c.user_id = u.id)
        AND NOT EXISTS (SELECT 1 FROM comments c WHERE c.idea_id = $2 AND c.author_id = u.id)
        AND NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.idea_id = $2 AND e.evaluator_id = u.id)`,
    [sessionToken, ideaId],
  );
  return rowCount === 1;
}
