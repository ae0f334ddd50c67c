import pg from 'pg';

// The scale ideas' timelines: the status changes that brought each idea where it is (sent, published,
// a candidate, evaluation and on), as the lifecycle writes them, so management insight's funnel and
// time-in-stage views read 100,000 real timelines. Every seventh candidate went back to published
// once and was shortlisted again. Stages after publication are spread evenly up to the idea's
// current stage (at least a day apart). Marked in `data`, so a data set gets them once; written in
// one statement: a few seconds.

const marker = '{"scaleTimeline": true}';

export async function isScaleTimelinesLoaded(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ loaded: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM idea_events WHERE data @> '${marker}') AS loaded`,
    );
    return rows[0]?.loaded === true;
  } finally {
    await client.end();
  }
}

const timelines = `
  INSERT INTO idea_events (idea_id, type, from_status, to_status, data, created_at)
  SELECT p.id, 'status_changed', COALESCE(p.path[s.k - 1], 'draft')::idea_status, s.status::idea_status,
    '${marker}'::jsonb,
    CASE
      WHEN s.k = 1 THEN p.sent
      WHEN s.k = 2 THEN p.published_at
      ELSE LEAST(
        p.published_at + GREATEST(p.status_changed_at - p.published_at, interval '1 day' * (p.steps - 2))
          * ((s.k - 2)::float8 / (p.steps - 2)),
        now())
    END
  FROM (
    SELECT q.*, cardinality(q.path) AS steps
    FROM (
      SELECT i.id, COALESCE(i.submitted_at, i.created_at) AS sent, i.published_at, i.status_changed_at,
        CASE
          WHEN i.published_at IS NULL THEN ARRAY['submitted']
          WHEN i.status::text IN ('shortlisted', 'evaluation', 'experiment', 'implementation', 'implemented', 'discontinued')
            THEN ARRAY['submitted', 'published']
              || CASE WHEN i.id % 7 = 0 THEN ARRAY['shortlisted', 'published', 'shortlisted'] ELSE ARRAY['shortlisted'] END
              || CASE i.status::text
                   WHEN 'evaluation' THEN ARRAY['evaluation']
                   WHEN 'experiment' THEN ARRAY['evaluation', 'experiment']
                   WHEN 'implementation' THEN ARRAY['evaluation', 'implementation']
                   WHEN 'implemented' THEN ARRAY['evaluation', 'implementation', 'implemented']
                   WHEN 'discontinued' THEN ARRAY['evaluation', 'experiment', 'discontinued']
                   ELSE ARRAY[]::text[]
                 END
          ELSE ARRAY['submitted', 'published']
        END AS path
      FROM ideas i
    ) q
  ) p
  CROSS JOIN LATERAL unnest(p.path) WITH ORDINALITY AS s(status, k)`;

export async function loadScaleTimelines(url: string, log: (line: string) => void): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const { rowCount } = await client.query(timelines);
    await client.query('COMMIT');
    await client.query('ANALYZE idea_events');
    log(`  idea timelines: ${rowCount ?? 0} status changes`);
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
}
