import pg from 'pg';

// The scale data's campaigns: ten closed ones of 60 days, one every 100 days back from today (their
// ideas went through every stage, so each has results), and one open now, aimed at the first
// department. Every fourth idea created inside a window was posted into it (for the open one, only
// ideas of that department's people). Added once to a data set: a few seconds.

const slugPrefix = 'scale-campaign-';

export async function isScaleCampaignsLoaded(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ loaded: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM campaigns WHERE slug LIKE '${slugPrefix}%') AS loaded`,
    );
    return rows[0]?.loaded === true;
  } finally {
    await client.end();
  }
}

const statements = [
  `INSERT INTO campaigns (id, slug, title_fi, title_sv, title_en, description_fi, description_sv, description_en,
                          opens_at, closes_at, updated_at)
   SELECT gen_random_uuid(), '${slugPrefix}' || n, 'Ideahaku ' || n, 'Idéinsamling ' || n, 'Campaign ' || n,
          'Kerro ideasi teemaan ' || n || '.', 'Berätta din idé om tema ' || n || '.', 'Tell us your idea on theme ' || n || '.',
          now() - interval '1 day' * (n * 100 + 60), now() - interval '1 day' * (n * 100), now()
     FROM generate_series(1, 10) AS n`,
  `INSERT INTO campaigns (id, slug, title_fi, title_sv, title_en, description_fi, description_sv, description_en,
                          opens_at, closes_at, updated_at)
   VALUES (gen_random_uuid(), '${slugPrefix}open', 'Vähemmän paperitöitä', 'Mindre pappersarbete', 'Less paperwork',
           'Mistä paperityöstä voisimme luopua?', 'Vilket pappersarbete kunde vi slopa?', 'Which paperwork could we drop?',
           now() - interval '20 days', now() + interval '40 days', now())`,
  `INSERT INTO campaign_departments (campaign_id, department_id)
   SELECT c.id, (SELECT id FROM departments ORDER BY sort_order, id LIMIT 1)
     FROM campaigns c WHERE c.slug = '${slugPrefix}open'`,
  `UPDATE ideas i SET campaign_id = c.id
     FROM campaigns c
    WHERE c.slug LIKE '${slugPrefix}%' AND i.id % 4 = 0 AND i.campaign_id IS NULL
      AND i.created_at >= c.opens_at AND i.created_at < c.closes_at
      AND (NOT EXISTS (SELECT 1 FROM campaign_departments cd WHERE cd.campaign_id = c.id)
           OR EXISTS (SELECT 1 FROM campaign_departments cd JOIN users u ON u.department_id = cd.department_id
                       WHERE cd.campaign_id = c.id AND u.id = i.author_id))`,
];

export async function loadScaleCampaigns(url: string, log: (line: string) => void): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    for (const statement of statements) await client.query(statement);
    const { rows } = await client.query<{ campaigns: number; ideas: number }>(
      `SELECT (SELECT count(*)::int FROM campaigns WHERE slug LIKE '${slugPrefix}%') AS campaigns,
              (SELECT count(*)::int FROM ideas WHERE campaign_id IS NOT NULL) AS ideas`,
    );
    await client.query('COMMIT');
    log(`  campaigns: ${rows[0]?.campaigns}, their ideas: ${rows[0]?.ideas}`);
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
}
