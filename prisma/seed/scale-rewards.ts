import pg from 'pg';

// The scale data set's rewards: exactly 100,000 reward shares (the HR ledger's rows) on the reward
// cases the rules would have proposed for the scale ideas: recognition for every idea that reached
// the accelerator, an implementation reward, and a thank-you or savings reward for implemented ones.
// Cases run the whole chain by age: the last month's are proposed or endorsed, the last three
// months' decided or in an unpaid payroll batch, older ones paid in monthly batches (with payroll
// lines); some rejected, some within the author's own duties (decided at 0 €). Staff get employee
// numbers and cost centres, departments yearly budgets, and one person is HR (the bench signs in as
// them). Written set-based in SQL inside one transaction: a few seconds.

export const SCALE_REWARD_SHARES = 100_000;
/** The scale data set's HR person (user3@scale.example). */
export const SCALE_HR_EMAIL = 'user3@scale.example';

export async function isScaleRewardsLoaded(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ shares: string }>('SELECT count(*) AS shares FROM reward_shares');
    return Number(rows[0]?.shares) >= SCALE_REWARD_SHARES;
  } finally {
    await client.end();
  }
}

const statements = [
  // Payroll's data for every member of staff; one HR person.
  `UPDATE users u SET employee_number = 'S' || lpad(p.n::text, 6, '0'), cost_centre = 'KP' || (1000 + p.n % 40)
     FROM (SELECT id, row_number() OVER (ORDER BY email) AS n FROM users WHERE email LIKE '%@scale.example') p
    WHERE u.id = p.id AND u.employee_number IS NULL`,
  `UPDATE users SET roles = '{employee,hr}' WHERE email = '${SCALE_HR_EMAIL}'`,
  `CREATE TEMP TABLE scale_people ON COMMIT DROP AS
     SELECT id, row_number() OVER (ORDER BY email) - 1 AS n FROM users WHERE email LIKE '%@scale.example'`,
  `CREATE UNIQUE INDEX ON scale_people (n)`,

  // One case per idea and kind the rules give; its status by its age and a stable hash.
  `INSERT INTO reward_cases (idea_id, kind, status, rule_version_id, computed_cents, amount_cents, within_own_duties,
       basis_savings_cents, endorsed_at, decided_at, decided_by_id, decision_number, decision_date, rejected_at,
       rejection_reason, created_at, updated_at)
   SELECT idea_id, kind::reward_kind, status::reward_status, (SELECT min(id) FROM reward_rule_versions),
       CASE WHEN own_duties THEN 0 ELSE amount END, CASE WHEN own_duties THEN 0 ELSE amount END, own_duties, basis,
       CASE WHEN status NOT IN ('proposed', 'rejected') AND kind <> 'recognition' THEN created_at + interval '3 days' END,
       CASE WHEN decided THEN created_at + interval '10 days' END,
       CASE WHEN decided THEN (SELECT id FROM users WHERE email = '${SCALE_HR_EMAIL}') END,
       CASE WHEN decided THEN 'HR ' || idea_id || '-' || ord || '/' || extract(year FROM created_at + interval '10 days') END,
       CASE WHEN decided THEN LEAST(((created_at + interval '10 days') AT TIME ZONE 'Europe/Helsinki')::date, current_date) END,
       CASE WHEN status = 'rejected' THEN created_at + interval '5 days' END,
       CASE WHEN status = 'rejected' THEN 'Ei palkitsemisperusteita.' END,
       created_at, created_at
   FROM (
     SELECT *, status IN ('decided', 'batched', 'paid') OR (status = 'recognised' AND kind <> 'recognition') AS decided,
       status = 'recognised' AND kind <> 'recognition' AS own_duties
     FROM (
       SELECT i.id AS idea_id, k.kind, k.ord, LEAST(i.status_changed_at + k.ord * interval '7 days', now() - interval '1 day') AS created_at,
         CASE k.kind
           WHEN 'recognition' THEN 0
           WHEN 'implementation' THEN 30000
           WHEN 'thank_you' THEN 10000
           ELSE LEAST(GREATEST(round(i.expected_savings_eur * 10)::int, 50000), 500000)
         END AS amount,
         CASE WHEN k.kind = 'savings' THEN round(i.expected_savings_eur * 100)::int END AS basis,
         CASE
           WHEN k.kind = 'recognition' THEN 'recognised'
           WHEN h.bucket < 5 THEN 'rejected'
           WHEN h.bucket < 10 THEN 'recognised'
           WHEN i.status_changed_at + k.ord * interval '7 days' > now() - interval '30 days' THEN
             CASE WHEN h.bucket < 55 THEN 'proposed' ELSE 'endorsed' END
           WHEN i.status_changed_at + k.ord * interval '7 days' > now() - interval '90 days' THEN
             CASE WHEN h.bucket < 40 THEN 'decided' ELSE 'batched' END
           ELSE 'paid'
         END AS status
       FROM ideas i
       CROSS JOIN (VALUES ('recognition', 0), ('implementation', 1), ('thank_you', 2), ('savings', 2)) AS k (kind, ord)
       CROSS JOIN LATERAL (SELECT abs(hashtext(i.id || k.kind)) % 100 AS bucket) h
       WHERE (k.kind = 'recognition' AND i.status IN ('evaluation', 'experiment', 'implementation', 'implemented', 'discontinued'))
          OR (k.kind = 'implementation' AND i.status IN ('implementation', 'implemented'))
          OR (k.kind = 'thank_you' AND i.status = 'implemented' AND i.expected_savings_eur IS NULL)
          OR (k.kind = 'savings' AND i.status = 'implemented' AND i.expected_savings_eur IS NOT NULL)
     ) proposed
   ) cases`,

  // Shares: the author, and a co-author on as many cases as it takes to make exactly 100,000 rows.
  `INSERT INTO reward_shares (case_id, user_id, share_basis_points, amount_cents)
   SELECT c.id, CASE WHEN g.k = 1 THEN i.author_id ELSE co.id END,
     CASE WHEN c.pair THEN 5000 ELSE 10000 END,
     CASE WHEN NOT c.pair THEN c.amount_cents WHEN g.k = 1 THEN c.amount_cents - c.amount_cents / 2 ELSE c.amount_cents / 2 END
   FROM (
     SELECT id, idea_id, amount_cents,
       row_number() OVER (ORDER BY id) <= ${SCALE_REWARD_SHARES} - count(*) OVER () AS pair
     FROM reward_cases
   ) c
   JOIN ideas i ON i.id = c.idea_id
   CROSS JOIN LATERAL generate_series(1, CASE WHEN c.pair THEN 2 ELSE 1 END) AS g (k)
   LEFT JOIN LATERAL (
     SELECT p.id FROM scale_people p
     WHERE p.n IN ((i.id * 7919) % (SELECT count(*) FROM scale_people), (i.id * 7919 + 1) % (SELECT count(*) FROM scale_people))
       AND p.id <> i.author_id
     ORDER BY p.n LIMIT 1
   ) co ON g.k = 2`,

  // Monthly payroll batches: paid ones for paid cases, an open one per month for batched cases.
  `INSERT INTO payroll_batches (payment_month, created_by_id, created_at, paid_by_id, paid_at, payment_date)
   SELECT month, hr.id, month - interval '10 days', CASE WHEN paid THEN hr.id END,
     CASE WHEN paid THEN month + interval '14 days' END, CASE WHEN paid THEN (month + interval '14 days')::date END
   FROM (
     SELECT DISTINCT (date_trunc('month', decision_date) + interval '1 month')::date AS month, status = 'paid' AS paid
     FROM reward_cases WHERE status IN ('batched', 'paid')
   ) months
   CROSS JOIN (SELECT id FROM users WHERE email = '${SCALE_HR_EMAIL}') hr`,
  `UPDATE reward_cases c SET batch_id = b.id, paid_at = b.paid_at
     FROM payroll_batches b
    WHERE c.status IN ('batched', 'paid')
      AND b.payment_month = (date_trunc('month', c.decision_date) + interval '1 month')::date
      AND (b.paid_at IS NOT NULL) = (c.status = 'paid')`,
  `INSERT INTO payroll_lines (batch_id, case_id, user_id, employee_number, name, pay_code, gross_cents,
       social_insurance_due, cost_centre, earning_period_start, earning_period_end, tax_year, decision_number, idea_id,
       share_basis_points)
   SELECT c.batch_id, c.id, s.user_id, u.employee_number, u.name, '202', s.amount_cents, c.within_own_duties,
     u.cost_centre, c.decision_date, c.decision_date, extract(year FROM b.payment_month)::int, c.decision_number,
     c.idea_id, s.share_basis_points
   FROM reward_cases c
   JOIN payroll_batches b ON b.id = c.batch_id
   JOIN reward_shares s ON s.case_id = c.id
   JOIN users u ON u.id = s.user_id`,

  // Each department's yearly reward budget, for the years the cases span.
  `INSERT INTO reward_budgets (department_id, year, amount_cents)
   SELECT d.id, y.year, 2500000 + (row_number() OVER (PARTITION BY y.year ORDER BY d.slug))::int * 100000
   FROM departments d
   CROSS JOIN (SELECT DISTINCT extract(year FROM created_at)::int AS year FROM reward_cases) y
   ON CONFLICT DO NOTHING`,
];

export async function loadScaleRewards(url: string, log: (line: string) => void): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const existing = await client.query('SELECT 1 FROM reward_cases LIMIT 1');
    if (existing.rowCount)
      throw new Error('The database already holds reward cases; load the scale rewards into one without.');
    for (const statement of statements) await client.query(statement);
    const { rows } = await client.query<{ cases: string; shares: string; batches: string; lines: string }>(
      `SELECT (SELECT count(*) FROM reward_cases) AS cases, (SELECT count(*) FROM reward_shares) AS shares,
        (SELECT count(*) FROM payroll_batches) AS batches, (SELECT count(*) FROM payroll_lines) AS lines`,
    );
    const counts = rows[0]!;
    if (Number(counts.shares) !== SCALE_REWARD_SHARES)
      throw new Error(`The scale rewards came to ${counts.shares} shares instead of ${SCALE_REWARD_SHARES}.`);
    await client.query('COMMIT');
    await client.query('ANALYZE reward_cases, reward_shares, payroll_batches, payroll_lines, users');
    log(
      `  rewards: ${counts.cases} cases, ${counts.shares} shares, ${counts.batches} payroll batches, ${counts.lines} payroll lines`,
    );
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
