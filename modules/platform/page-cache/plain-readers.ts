import type pg from 'pg';

/**
 * Whether the holder of this session token sees an idea page exactly as the stored `member`
 * version shows it: an active employee with no other role, who is not the idea's author or an
 * (invited) co-author and has not commented on it. Anyone else — moderators, managers, HR, the
 * idea's own people — gets the page rendered for them.
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
        AND NOT EXISTS (SELECT 1 FROM comments c WHERE c.idea_id = $2 AND c.author_id = u.id)`,
    [sessionToken, ideaId],
  );
  return rowCount === 1;
}
