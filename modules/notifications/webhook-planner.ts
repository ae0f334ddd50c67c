import type { Database } from '@/modules/platform/db/client';

// Turns what happened into webhook deliveries, one per event and endpoint (unique, so every
// instance may run this at once and nothing is told twice). Idea events are the lifecycle's own
// timeline rows (idea_events, written in the same transaction as the status change), read here
// rather than written by the ideas domain: nothing outside notifications knows webhooks exist.
//
// The moments, by the lifecycle's transitions (modules/ideas/lifecycle.ts):
//   idea published    SUBMITTED → PUBLISHED ('publish', or 'auto-publish' under post-moderation)
//   idea promoted     SHORTLISTED → EVALUATION ('promote': into the accelerator)
//   idea implemented  IMPLEMENTATION → IMPLEMENTED ('complete')
// A restore from hiding or a move back and forth does not tell again: one delivery per idea,
// event and endpoint. "A campaign opens" is a moment in time that nobody writes: a campaign whose
// opensAt has passed while it is still open is queued once per campaign and endpoint. An endpoint
// hears of what happened after it was registered, within the last `lookBackDays` (a longer
// downtime than that is not made up for).

const lookBackDays = 3;

/** Queues a delivery for each idea moment that an active endpoint wants and has not been given. */
export async function planIdeaWebhooks(db: Database): Promise<number> {
  return db.$executeRaw`
    WITH moments AS (
      SELECT e.idea_id, e.created_at,
             (CASE e.to_status WHEN 'published' THEN 'idea_published'
                               WHEN 'evaluation' THEN 'idea_promoted'
                               ELSE 'idea_implemented' END)::webhook_event AS event
        FROM idea_events e
       WHERE e.to_status IN ('published', 'evaluation', 'implemented')
         AND e.created_at > now() - ${lookBackDays} * interval '1 day'
         AND (e.to_status, e.from_status) IN (('published', 'submitted'), ('evaluation', 'shortlisted'),
                                              ('implemented', 'implementation')))
    INSERT INTO webhook_deliveries (endpoint_id, event, subject_id, occurred_at)
    SELECT DISTINCT ON (w.id, m.event, m.idea_id) w.id, m.event, m.idea_id::text, m.created_at
      FROM moments m
      JOIN webhook_endpoints w ON w.active AND m.event = ANY (w.events) AND m.created_at >= w.created_at
     WHERE NOT EXISTS (SELECT 1 FROM webhook_deliveries d
                        WHERE d.endpoint_id = w.id AND d.event = m.event AND d.subject_id = m.idea_id::text)
     ORDER BY w.id, m.event, m.idea_id, m.created_at
    ON CONFLICT DO NOTHING`;
}

/** Queues a delivery for each campaign that has opened, for every active endpoint that wants it. */
export async function planCampaignWebhooks(db: Database): Promise<number> {
  return db.$executeRaw`
    INSERT INTO webhook_deliveries (endpoint_id, event, subject_id, occurred_at)
    SELECT w.id, 'campaign_opened', c.id::text, c.opens_at
      FROM campaigns c
      JOIN webhook_endpoints w ON w.active AND 'campaign_opened' = ANY (w.events) AND c.opens_at >= w.created_at
     WHERE c.opens_at <= now() AND c.closes_at > now()
       AND c.opens_at > now() - ${lookBackDays} * interval '1 day'
       AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d
                        WHERE d.endpoint_id = w.id AND d.event = 'campaign_opened' AND d.subject_id = c.id::text)
    ON CONFLICT DO NOTHING`;
}

/** Both kinds of moments, as each instance's round runs them. */
export async function planWebhooks(db: Database): Promise<number> {
  return (await planIdeaWebhooks(db)) + (await planCampaignWebhooks(db));
}
