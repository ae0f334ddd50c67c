/**
 * What the app maintains as people act, derived from the rows for data loaded in bulk: authors and
 * commenters follow their ideas; follower counts; the recency-weighted trending score (the same
 * trending_weight() the vote statement uses). Only for ideas in the given id range.
 */
export const deriveFollowsAndScoresSql = (fromId: number, toId: number) => [
  `INSERT INTO idea_follows (idea_id, user_id, created_at)
   SELECT id, author_id, created_at FROM ideas WHERE id BETWEEN ${fromId} AND ${toId}
   UNION
   SELECT idea_id, author_id, min(created_at) FROM comments WHERE idea_id BETWEEN ${fromId} AND ${toId} GROUP BY idea_id, author_id
   ON CONFLICT DO NOTHING`,
  `UPDATE ideas SET follower_count = f.n FROM (SELECT idea_id, count(*)::int AS n FROM idea_follows WHERE idea_id BETWEEN ${fromId} AND ${toId} GROUP BY idea_id) f WHERE f.idea_id = ideas.id`,
  `UPDATE ideas SET trending_score = t.score FROM (SELECT idea_id, sum(trending_weight(created_at)) AS score FROM votes WHERE idea_id BETWEEN ${fromId} AND ${toId} GROUP BY idea_id) t WHERE t.idea_id = ideas.id`,
];
